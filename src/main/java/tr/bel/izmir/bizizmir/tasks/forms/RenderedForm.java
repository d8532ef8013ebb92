package tr.bel.izmir.bizizmir.tasks.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Field;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.function.Consumer;
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
    record Binding(Field field, Component component, HasValidation validation,
                   Supplier<Object> componentValue, Supplier<Optional<String>> inputCheck,
                   Supplier<Object> variableValue) {

        /** The label the user sees now (FEEL labels change with the data). */
        String label() {
            return component instanceof HasLabel l && l.getLabel() != null ? l.getLabel() : field.key();
        }

        /** Neither hidden (by its own condition or its group's) nor read-only by a FEEL condition right now. */
        boolean active(Component root) {
            return shown(component, root) && !(component instanceof HasValue<?, ?> v && v.isReadOnly());
        }
    }

    private final FormDefinition definition;
    private final Component root;
    private final List<Binding> bindings;
    private final Map<String, Component> byKey;
    private final BiFunction<String, Object[], String> translator;
    private final Locale locale;
    private final Supplier<LocalDate> today;
    private final List<Consumer<Map<String, Object>>> steps;
    private final Map<String, Object> variables;

    RenderedForm(FormDefinition definition, Component root, List<Binding> bindings, Map<String, Component> byKey,
                 List<Consumer<Map<String, Object>>> steps, Map<String, Object> variables,
                 BiFunction<String, Object[], String> translator, Locale locale, Supplier<LocalDate> today) {
        this.definition = definition;
        this.root = root;
        this.bindings = List.copyOf(bindings);
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        this.steps = List.copyOf(steps);
        this.variables = variables;
        this.translator = translator;
        this.locale = locale;
        this.today = today;
        for (Binding b : this.bindings) {
            if (b.component() instanceof HasValue<?, ?> input) {
                input.addValueChangeListener(e -> {
                    // FEEL first (a field may appear, or a limit change), then the field's own check.
                    refresh();
                    // Once a field was marked wrong, re-check it as the user corrects it, so the
                    // red message goes away as soon as it is fixed rather than on the next submit.
                    if (b.validation().isInvalid()) {
                        check(b, this.today.get());
                    }
                });
            }
        }
        refresh();
    }

    /**
     * Re-evaluates every FEEL condition, label and read-only state against the process variables
     * and the current values, as form-js does on every change.
     *
     * @return the context the expressions saw: values of hidden fields are null in it
     */
    private Map<String, Object> refresh() {
        Map<String, Object> context = baseContext();
        for (Consumer<Map<String, Object>> step : steps) {
            step.accept(context);
        }
        for (Binding b : bindings) {
            if (!b.active(root) && b.validation().isInvalid()) {
                // A field that went away takes its error with it.
                b.validation().setInvalid(false);
                b.validation().setErrorMessage("");
            }
        }
        return context;
    }

    private Map<String, Object> baseContext() {
        Map<String, Object> context = new HashMap<>(variables);
        for (Binding b : bindings) {
            context.put(b.field().key(), b.variableValue().get());
        }
        return context;
    }

    /**
     * Whether a component and every container around it up to the form's root are visible (a
     * hidden group hides its fields). What happens outside the form (a closed tab) does not count.
     */
    static boolean shown(Component component, Component root) {
        for (Component c = component; c != null && c != root; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
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

    /**
     * Variables to complete the task with: editable fields only, in form order, types as documented
     * above. A field hidden by a condition, or read-only by one, is not written (as in form-js).
     */
    public Map<String, Object> values() {
        refresh();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Binding b : bindings) {
            if (b.active(root)) {
                values.put(b.field().key(), b.variableValue().get());
            }
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
        refresh();
        List<FieldError> errors = new ArrayList<>();
        LocalDate now = today.get();
        for (Binding b : bindings) {
            check(b, now).ifPresent(errors::add);
        }
        return errors;
    }

    private Optional<FieldError> check(Binding b, LocalDate now) {
        if (!b.active(root)) {
            // Hidden or read-only now: not validated, as form-js does.
            b.validation().setInvalid(false);
            b.validation().setErrorMessage("");
            return Optional.empty();
        }
        Field field = withLimits(b.field());
        // Unparsable input first: to our rules it looks like an empty field.
        Optional<String> message = b.inputCheck().get().filter(m -> !m.isBlank())
                .or(() -> FieldRules.check(field, b.componentValue().get(), now, locale).map(this::message));
        if (message.isPresent()) {
            b.validation().setErrorMessage(message.get());
            b.validation().setInvalid(true);
            return Optional.of(new FieldError(b.field().key(), b.label(), message.get()));
        }
        b.validation().setInvalid(false);
        b.validation().setErrorMessage("");
        return Optional.empty();
    }

    /** The field with its FEEL limits evaluated now; a limit whose expression fails counts as no limit. */
    private Field withLimits(Field f) {
        Map<String, String> e = f.expressions();
        if (!e.containsKey(FormComponent.MIN) && !e.containsKey(FormComponent.MAX)
                && !e.containsKey(FormComponent.MIN_LENGTH) && !e.containsKey(FormComponent.MAX_LENGTH)) {
            return f;
        }
        Map<String, Object> context = baseContext();
        Validation v = f.validate();
        return f.withValidate(new Validation(v.required(),
                limit(e.get(FormComponent.MIN), context, v.min()),
                limit(e.get(FormComponent.MAX), context, v.max()),
                length(e.get(FormComponent.MIN_LENGTH), context, v.minLength()),
                length(e.get(FormComponent.MAX_LENGTH), context, v.maxLength()),
                v.pattern(), v.patternMessage(), v.validationType()));
    }

    private static BigDecimal limit(String expression, Map<String, Object> context, BigDecimal fallback) {
        return expression == null ? fallback : FormFeel.number(expression, context).orElse(null);
    }

    private static Integer length(String expression, Map<String, Object> context, Integer fallback) {
        BigDecimal limit = limit(expression, context, fallback == null ? null : BigDecimal.valueOf(fallback));
        return limit == null ? null : limit.intValue();
    }

    private String message(FieldRules.Violation v) {
        return v.ownText() != null ? v.ownText() : translator.apply(v.messageKey(), v.args());
    }
}
