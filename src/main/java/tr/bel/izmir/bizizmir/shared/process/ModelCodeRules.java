package tr.bel.izmir.bizizmir.shared.process;

import java.util.Optional;

/**
 * The constructs of BPMN that run code of the model author's choosing, and are therefore refused
 * in every model (DD012): script tasks, scripts in listeners and input/output mappings, script
 * resources, script conditions, Java classes named by the model and connectors. Used on the
 * validator's DOM ({@code modeling}) and by the engine's own parser ({@link EngineSandbox}), so
 * the same list holds for every deployment path.
 */
public final class ModelCodeRules {

    public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** The camunda namespace's old name, which the engine still reads. */
    public static final String ACTIVITI_NS = "http://activiti.org/bpmn";

    public enum Reason {
        SCRIPT, JAVA_CLASS, CONNECTOR
    }

    /**
     * Attributes that name code, refused whatever their value: on any element in the camunda
     * namespace ({@code camunda:class}) and unqualified on camunda's own elements
     * ({@code <camunda:executionListener class="...">}, {@code <camunda:script resource="...">}).
     */
    public static final java.util.Map<String, Reason> CAMUNDA_ATTRIBUTES = java.util.Map.of(
            "class", Reason.JAVA_CLASS,
            "variableMappingClass", Reason.JAVA_CLASS,
            "resource", Reason.SCRIPT);

    /** Unqualified attributes on any element that make it a script ({@code <conditionExpression language="groovy">}). */
    public static final java.util.Map<String, Reason> PLAIN_ATTRIBUTES = java.util.Map.of(
            "scriptFormat", Reason.SCRIPT,
            "language", Reason.SCRIPT);

    /**
     * Whether an attribute is forbidden.
     *
     * @param elementNamespace   the namespace of the element that carries it
     * @param attributeNamespace its own namespace, {@code null} or empty when unqualified
     */
    public static Optional<Reason> attribute(String elementNamespace, String attributeNamespace, String name) {
        boolean unqualified = attributeNamespace == null || attributeNamespace.isEmpty();
        if (isCamunda(attributeNamespace) || (unqualified && isCamunda(elementNamespace))) {
            Reason reason = CAMUNDA_ATTRIBUTES.get(name);
            if (reason != null) {
                return Optional.of(reason);
            }
        }
        return unqualified ? Optional.ofNullable(PLAIN_ATTRIBUTES.get(name)) : Optional.empty();
    }

    private ModelCodeRules() {
    }

    /** Whether an element is forbidden as a whole. */
    public static Optional<Reason> element(String namespace, String localName) {
        if (isBpmn(namespace) && "scriptTask".equals(localName)) {
            return Optional.of(Reason.SCRIPT);
        }
        if (isCamunda(namespace)) {
            if ("script".equals(localName)) {
                return Optional.of(Reason.SCRIPT);
            }
            if ("connector".equals(localName)) {
                return Optional.of(Reason.CONNECTOR);
            }
        }
        return Optional.empty();
    }

    public static boolean isCamunda(String namespace) {
        return CAMUNDA_NS.equals(namespace) || ACTIVITI_NS.equals(namespace);
    }

    public static boolean isBpmn(String namespace) {
        return BPMN_NS.equals(namespace);
    }
}
