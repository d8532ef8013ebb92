package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;

/**
 * The engine's expression manager, restricted to what {@link ExpressionSandbox} allows: process
 * variables (never the engine's own objects), the allowed delegate beans by name, read-only map,
 * list and array access, the documented functions and the listed value methods. Everything else
 * (bean properties and methods, {@code getClass()}, Spin's {@code S()}/{@code XML()}, reflection)
 * fails with an error that names the sandbox. Installed in the application's engine and in the
 * dry-run engine by {@link EngineSandbox}, so it holds for every deployment path.
 */
public class SandboxedExpressionManager extends JuelExpressionManager {

    private final Set<String> delegateNames;
    private final Function<String, Object> delegates;

    /**
     * @param delegateNames the beans a model may name in a delegate expression
     * @param delegates     looks a bean up by name, when an expression first needs it
     */
    public SandboxedExpressionManager(Set<String> delegateNames, Function<String, Object> delegates) {
        this.delegateNames = Set.copyOf(delegateNames);
        this.delegates = delegates;
    }

    /** Only the documented functions; plugins that add others (Spin's S, XML, JSON) are ignored. */
    @Override
    public void addFunction(String name, Method function) {
        if (ExpressionSandbox.FUNCTIONS.contains(name)) {
            super.addFunction(name, function);
        }
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ProcessVariables());
        resolver.add(new VariableContextElResolver());
        resolver.add(new AllowedDelegates());
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new AllowedMethods());
        resolver.add(new DenyEverythingElse());
        return resolver;
    }

    /** Process variables and the signed-in user's id, but not {@code execution}, {@code task}, ... */
    static final class ProcessVariables extends VariableScopeElResolver {
        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && ExpressionSandbox.ENGINE_OBJECTS.contains(String.valueOf(property))) {
                return null;
            }
            return super.getValue(context, base, property);
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            throw new PropertyNotWritableException("Bizİzmir: expressions in process models cannot set values");
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }
    }

    /** Top-level names of the allowed delegate beans, for {@code camunda:delegateExpression="${name}"}. */
    final class AllowedDelegates extends ReadOnlyResolver {
        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && delegateNames.contains(name)) {
                Object bean = delegates.apply(name);
                if (bean != null) {
                    context.setPropertyResolved(true);
                    return bean;
                }
            }
            return null;
        }
    }

    /** Calls a listed method on a listed value type (see {@link ExpressionSandbox#METHODS}). */
    static final class AllowedMethods extends ReadOnlyResolver {
        private final BeanELResolver beans = new BeanELResolver(true);

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            if (method instanceof String name && ExpressionSandbox.mayInvoke(base, name)) {
                return beans.invoke(context, base, method, paramTypes, params);
            }
            return null;
        }
    }

    /** Last in the chain: whatever nobody above resolved is refused with a clear reason. */
    static final class DenyEverythingElse extends ReadOnlyResolver {
        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null) {
                throw new PropertyNotFoundException("Bizİzmir: '" + property + "' is not a process variable"
                        + " (expressions in process models can read process variables only)");
            }
            throw new PropertyNotFoundException("Bizİzmir: expressions in process models cannot read '" + property
                    + "' of " + base.getClass().getSimpleName() + " (only process variables, maps, lists and arrays)");
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            throw new MethodNotFoundException("Bizİzmir: expressions in process models cannot call " + method + "() on "
                    + (base == null ? "null" : base.getClass().getSimpleName()) + " (see ExpressionSandbox.METHODS)");
        }
    }

    /** A resolver that resolves nothing unless it says so, and never writes. */
    abstract static class ReadOnlyResolver extends ELResolver {
        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
