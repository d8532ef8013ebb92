package tr.bel.izmir.bizizmir.tasks.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A form built by {@link FormRenderer}: the component tree to add to a view, the values to
 * complete the task with, and validation that marks the fields.
 *
 * <p>Variable types in {@link #values()} are ones Camunda stores natively and FEEL/JUEL compare
 * without surprises, and each field always yields the same type:
 * <ul>
 *   <li>textfield, textarea: {@code String} ({@code null} when blank)</li>
 *   <li>number: {@code Long} when the form fixes {@code decimalDigits: 0}, otherwise {@code Double}
 *       ({@code null} when empty). Per field, not per value, so a variable does not change type
 *       between process instances depending on what someone typed.</li>
 *   <li>select, radio: the option's {@code value} as {@code String} ({@code null} when none)</li>
 *   <li>checkbox: {@code Boolean} (never null)</li>
 *   <li>checklist: {@code List<String>} of option values in option order (empty when none)</li>
 *   <li>datetime: ISO-8601 {@code String}: {@code 2026-03-02}, {@code 14:30}, {@code 2026-03-02T14:30}
 *       (local Istanbul time, as form-js writes without a time zone)</li>
 * </ul>
 * Read-only and disabled fields are display only and never appear in {@link #values()}.
 */
public final class RenderedForm {

    /**
     * One editable field: its definition, component, and how to read it.
     *
     * @param inputCheck the component's own verdict on what was typed (unparsable number or date),
     *                   already translated; empty when the input parsed or the field cannot tell
     */
    record Binding(Field field, Component component, HasValidation validation, String label,
                   Supplier<Object> componentValue, Supplier<Optional<String>> inputCheck,
                   Supplier<Object> variableValue) {
    }

    private final FormDefinition definition;
    private final Component root;
    private final List<Binding> bindings;
    private final Map<String, Component> byKey;
    private final BiFunction<String, Object[], String> translator;
    private final Locale locale;
    private final Supplier<LocalDate> today;

    RenderedForm(FormDefinition definition, Component root, List<Binding> bindings, Map<String, Component> byKey,
                 BiFunction<String, Object[], String> translator, Locale locale, Supplier<LocalDate> today) {
        this.definition = definition;
        this.root = root;
        this.bindings = List.copyOf(bindings);
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        this.translator = translator;
        this.locale = locale;
        this.today = today;
        for (Binding b : this.bindings) {
            if (b.component() instanceof HasValue<?, ?> input) {
                // Once a field was marked wrong, re-check it as the user corrects it, so the
                // red message goes away as soon as it is fixed rather than on the next submit.
                input.addValueChangeListener(e -> {
                    if (b.validation().isInvalid()) {
                        check(b, this.today.get());
                    }
                });
            }
        }
    }

    public FormDefinition definition() {
        return definition;
    }

    /** The whole form, ready to add to a layout. */
    public Component root() {
        return root;
    }

    /** The component of a field (editable or read-only) by its variable name, e.g. to focus it. */
    public Optional<Component> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Variables to complete the task with: editable fields only, in form order, types as documented above. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Binding b : bindings) {
            values.put(b.field().key(), b.variableValue().get());
        }
        return values;
    }

    /**
     * Checks every editable field, marks the invalid ones (invalid state plus a translated error
     * message, which Vaadin links to the input for screen readers) and clears the rest.
     *
     * @return the errors in form order; empty when the task may be completed
     */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate now = today.get();
        for (Binding b : bindings) {
            check(b, now).ifPresent(errors::add);
        }
        return errors;
    }

    private Optional<FieldError> check(Binding b, LocalDate now) {
        // Unparsable input first: to our rules it looks like an empty field.
        Optional<String> message = b.inputCheck().get().filter(m -> !m.isBlank())
                .or(() -> FieldRules.check(b.field(), b.componentValue().get(), now, locale).map(this::message));
        if (message.isPresent()) {
            b.validation().setErrorMessage(message.get());
            b.validation().setInvalid(true);
            return Optional.of(new FieldError(b.field().key(), b.label(), message.get()));
        }
        b.validation().setInvalid(false);
        b.validation().setErrorMessage("");
        return Optional.empty();
    }

    private String message(FieldRules.Violation v) {
        return v.ownText() != null ? v.ownText() : translator.apply(v.messageKey(), v.args());
    }
}
