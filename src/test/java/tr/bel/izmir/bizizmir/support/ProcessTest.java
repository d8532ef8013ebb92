package tr.bel.izmir.bizizmir.support;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of one real BPMN model from {@code processes/} (with its tables and forms, named in the
 * class's {@code @Deployment}) on the in-memory process-test engine of {@code camunda.cfg.xml}:
 * the class fails unless its tests together pass every element and flow of what it deploys
 * (100 % class coverage), see {@link ProcessTestEngine}. Delegates are mocks the test registers
 * with {@code Mocks.register} in a {@code @BeforeEach}; they are reset after every test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ProcessTestEngine.class)
public @interface ProcessTest {
}
