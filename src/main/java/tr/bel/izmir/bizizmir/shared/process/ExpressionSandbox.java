package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an expression in a process model may do (DD012). Process owners change flows; they do not
 * run code. An expression ({@code ${...}} in conditions, timers, listeners, input/output
 * mappings, assignments) may read process variables, index maps and lists, use operators and
 * literals, call the documented functions {@link #FUNCTIONS} and a short list of methods on
 * values ({@link #METHODS}: dates, strings, collections). It may not name the engine's objects
 * ({@code execution}, {@code task}, ...), reach a Spring bean other than an allowed delegate, read
 * a property of anything but a map, list or array, or call any other method: no bean method
 * calls, no {@code getClass()}, no reflection.
 * <p>
 * The same policy is applied twice: statically by {@link #check(String)} when a model is validated
 * (so the process owner sees the element and the reason), and at run time by
 * {@link SandboxedExpressionManager}, which holds for every deployment path (modelling UI, REST
 * API, the {@code processes/} folder) even if validation was bypassed.
 */
public final class ExpressionSandbox {

    /** Functions an expression may call: Camunda's built-in date and user functions. */
    public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

    /** Names the engine would resolve to its own objects; never available to a model. */
    public static final Set<String> ENGINE_OBJECTS = Set.of(
            "execution", "task", "caseExecution", "externalTask", "variableScope", "processEngine",
            "processEngineServices", "processEngineConfiguration");

    /** Methods that may be called, per type of the value they are called on. */
    public static final Map<Class<?>, Set<String>> METHODS;

    static {
        Set<String> arithmetic = Set.of(
                "plusYears", "plusMonths", "plusWeeks", "plusDays", "plusHours", "plusMinutes", "plusSeconds",
                "minusYears", "minusMonths", "minusWeeks", "minusDays", "minusHours", "minusMinutes", "minusSeconds",
                "isBefore", "isAfter", "isEqual", "compareTo", "equals");
        Map<Class<?>, Set<String>> methods = new LinkedHashMap<>();
        methods.put(org.joda.time.base.AbstractInstant.class, union(arithmetic,
                Set.of("toDate", "isBeforeNow", "isAfterNow", "withTimeAtStartOfDay")));
        methods.put(Temporal.class, union(arithmetic, Set.of("toLocalDate")));
        methods.put(Date.class, Set.of("before", "after", "getTime", "compareTo", "equals"));
        methods.put(String.class, Set.of("equals", "equalsIgnoreCase", "isEmpty", "isBlank", "length",
                "contains", "startsWith", "endsWith", "trim", "compareTo"));
        methods.put(Number.class, Set.of("equals", "compareTo", "intValue", "longValue", "doubleValue"));
        methods.put(Boolean.class, Set.of("equals", "booleanValue"));
        methods.put(Collection.class, Set.of("size", "isEmpty", "contains"));
        methods.put(Map.class, Set.of("size", "isEmpty", "containsKey", "get"));
        METHODS = Map.copyOf(methods);
    }

    /** Every method name allowed on some type: what the static check can know without types. */
    static final Set<String> METHOD_NAMES = METHODS.values().stream()
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ExpressionSandbox() {
    }

    /** @return whether calling {@code method} on {@code base} is allowed */
    public static boolean mayInvoke(Object base, String method) {
        if (base == null || method == null) {
            return false;
        }
        for (var entry : METHODS.entrySet()) {
            if (entry.getKey().isInstance(base) && entry.getValue().contains(method)) {
                return true;
            }
        }
        return false;
    }

    /** Why an expression is refused: the offending part and a reason in English for logs. */
    public record Violation(Kind kind, String part) {
        public enum Kind { SYNTAX, FUNCTION, METHOD, ENGINE_OBJECT, BEAN, CLASS_ACCESS, DYNAMIC_METHOD }

        /** The offending part as written in the model: {@code getClass()}, {@code S()}, {@code execution}, ... */
        @Override
        public String toString() {
            return switch (kind) {
                case SYNTAX -> part;
                case FUNCTION, METHOD -> part + "()";
                case ENGINE_OBJECT, BEAN, DYNAMIC_METHOD -> part;
                case CLASS_ACCESS -> "." + part;
            };
        }
    }

    /**
     * Checks the text of one attribute or element, which may hold several {@code ${...}} /
     * {@code #{...}} parts between literal text.
     *
     * @param isBean whether a top-level name is an application bean that is not an allowed delegate
     */
    public static List<Violation> check(String text, Predicate<String> isBean) {
        List<Violation> violations = new ArrayList<>();
        if (text == null || (!text.contains("${") && !text.contains("#{"))) {
            return violations;
        }
        Node root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(text).getRoot();
        } catch (TreeBuilderException e) {
            violations.add(new Violation(Violation.Kind.SYNTAX, String.valueOf(e.getMessage())));
            return violations;
        }
        walk(root, isBean, violations);
        return violations;
    }

    /** {@link #check(String, Predicate)} without knowledge of the application's beans. */
    public static List<Violation> check(String text) {
        return check(text, name -> false);
    }

    /** Depth first, each node after its children: the offending parts in the order they are written. */
    private static void walk(Node node, Predicate<String> isBean, List<Violation> violations) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Node child = node.getChild(i);
            if (child != null) {
                walk(child, isBean, violations);
            }
        }
        if (node instanceof AstFunction f) {
            String name = f.getName();
            if (name.contains(":") || !FUNCTIONS.contains(name)) {
                violations.add(new Violation(Violation.Kind.FUNCTION, name));
            }
        } else if (node instanceof AstIdentifier id) {
            if (ENGINE_OBJECTS.contains(id.getName())) {
                violations.add(new Violation(Violation.Kind.ENGINE_OBJECT, id.getName()));
            } else if (isBean.test(id.getName())) {
                violations.add(new Violation(Violation.Kind.BEAN, id.getName()));
            }
        } else if (node instanceof AstMethod m) {
            Node property = m.getChild(0);
            String name = propertyName(property);
            if (name == null) {
                violations.add(new Violation(Violation.Kind.DYNAMIC_METHOD, String.valueOf(property)));
            } else if (!METHOD_NAMES.contains(name)) {
                violations.add(new Violation(Violation.Kind.METHOD, name));
            }
        } else if (node instanceof AstDot || node instanceof AstBracket) {
            String name = propertyName(node);
            if ("class".equals(name) || "classLoader".equals(name)) {
                violations.add(new Violation(Violation.Kind.CLASS_ACCESS, name));
            }
        }
    }

    /** The name of a {@code .name} or {@code ['name']} property; null when computed at run time. */
    private static String propertyName(Node property) {
        if (property instanceof AstDot dot) {
            // AstDot prints ". name"; the field itself is not public
            String s = dot.toString();
            return s.startsWith(". ") ? s.substring(2) : s;
        }
        if (property instanceof AstBracket bracket && bracket.getChild(1) instanceof AstString literal) {
            return String.valueOf(literal.eval(null, null));
        }
        return null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
