package tr.bel.izmir.bizizmir.tasks.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * One Camunda Form (form-js schema) as the inbox understands it.
 *
 * @param id            the form's {@code id}, the value a user task's {@code camunda:formRef} names
 * @param schemaVersion form-js schema version, kept for diagnostics only
 * @param components    top-level components in document order
 */
public record FormDefinition(String id, Integer schemaVersion, List<FormComponent> components) {

    public FormDefinition {
        components = List.copyOf(components);
    }

    /** Every input field, groups flattened, in document order. */
    public List<FormComponent.Field> fields() {
        List<FormComponent.Field> fields = new ArrayList<>();
        collect(components, fields);
        return fields;
    }

    /** Components the inbox cannot render, groups flattened; shown as notices, listed here for checks. */
    public List<FormComponent.Unsupported> unsupported() {
        List<FormComponent.Unsupported> result = new ArrayList<>();
        collectUnsupported(components, result);
        return result;
    }

    private static void collect(List<FormComponent> components, List<FormComponent.Field> into) {
        for (FormComponent c : components) {
            if (c instanceof FormComponent.Field f) {
                into.add(f);
            } else if (c instanceof FormComponent.Group g) {
                collect(g.components(), into);
            }
        }
    }

    private static void collectUnsupported(List<FormComponent> components, List<FormComponent.Unsupported> into) {
        for (FormComponent c : components) {
            if (c instanceof FormComponent.Unsupported u) {
                into.add(u);
            } else if (c instanceof FormComponent.Group g) {
                collectUnsupported(g.components(), into);
            }
        }
    }
}
