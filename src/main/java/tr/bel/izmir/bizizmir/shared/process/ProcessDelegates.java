package tr.bel.izmir.bizizmir.shared.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tr.bel.izmir.bizizmir.shared.process.ProcessDelegates;

/**
 * Marks a configuration class whose {@code @Bean} methods define the delegates that process
 * models may name in {@code camunda:delegateExpression="${name}"}: the explicit allow-list of
 * DD012. No other bean is reachable from a model, whatever its expressions say.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessDelegates {
}
