package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * Marks the required fields a person left empty when they submit a form: each gets Vaadin's
 * invalid state and the translated "this field is required" message (which Vaadin links to the
 * input for screen readers), and the first is focused — instead of one toast that names none.
 * A field marked this way is cleared again once it has a value. The server still checks
 * everything; this only says where to look before asking it.
 */
public final class RequiredFields {

    static final String MESSAGE_KEY = "form.validation.required";

    private RequiredFields() {
    }

    /** @return true when every given field has a value; otherwise the empty ones are marked */
    public static boolean filled(Component view, HasValue<?, ?>... fields) {
        String message = view.getTranslation(MESSAGE_KEY);
        Focusable<?> first = null;
        for (HasValue<?, ?> field : fields) {
            boolean empty = field.isEmpty() || (field.getValue() instanceof String s && s.isBlank());
            if (!(field instanceof HasValidation validation)) {
                continue;
            }
            if (empty) {
                validation.setErrorMessage(message);
                validation.setInvalid(true);
                if (first == null && field instanceof Focusable<?> focusable) {
                    first = focusable;
                }
                field.addValueChangeListener(e -> {
                    if (!e.getHasValue().isEmpty() && message.equals(validation.getErrorMessage())) {
                        validation.setInvalid(false);
                        validation.setErrorMessage(null);
                    }
                });
            } else if (message.equals(validation.getErrorMessage())) {
                validation.setInvalid(false);
                validation.setErrorMessage(null);
            }
        }
        if (first != null) {
            first.focus();
            return false;
        }
        return true;
    }
}
