package tr.bel.izmir.bizizmir.tasks.forms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.shared.HasPrefix;
import com.vaadin.flow.component.shared.HasSuffix;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.DateSubtype;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Field;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Option;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds Vaadin components for a {@link FormDefinition}. Takes its translator and locale
 * explicitly (not from the current UI) so it works, and is tested, outside a running Vaadin
 * session. Each {@link #render} returns a fresh component tree; the renderer itself is reusable.
 *
 * <p>Accessibility: every field has a visible label (the variable name when the owner gave none),
 * required fields show Vaadin's required indicator, errors go into the field's own error message
 * (announced by screen readers), groups are fieldsets with a legend. Read-only process data uses
 * read-only fields rather than disabled ones, because disabled fields are skipped by keyboard and
 * screen-reader users.
 */
public final class FormRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BiFunction<String, Object[], String> translator;
    private final Locale locale;
    private final Clock clock;

    public FormRenderer(BiFunction<String, Object[], String> translator, Locale locale, Clock clock) {
        this.translator = Objects.requireNonNull(translator);
        this.locale = Messages.supported(locale);
        this.clock = Objects.requireNonNull(clock);
    }

    public FormRenderer(BiFunction<String, Object[], String> translator, Locale locale) {
        this(translator, locale, Clock.system(IzmirTime.ZONE));
    }

    /** The usual way from a view: {@code FormRenderer.of(messages, getLocale())}. */
    public static FormRenderer of(Messages messages, Locale locale) {
        Locale supported = Messages.supported(locale);
        return new FormRenderer((key, args) -> messages.get(key, supported, args), supported);
    }

    /**
     * @param variables current process variables: prefill values, read-only data, {@code valuesKey}
     *                  options, {@code {{ }}} templates and the context of FEEL expressions; may be null
     */
    public RenderedForm render(FormDefinition form, Map<String, Object> variables) {
        Map<String, Object> vars = variables == null ? Map.of() : variables;
        Div root = new Div();
        Build build = new Build(root, vars, new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>());
        root.addClassName("bizizmir-form");
        root.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (FormComponent c : form.components()) {
            add(root, c, build);
        }
        return new RenderedForm(form, root, build.bindings(), build.byKey(), build.steps(), vars, translator, locale,
                this::today);
    }

    /**
     * What one render collects.
     *
     * @param steps what to re-evaluate when a value changes, in document order: hide conditions,
     *              FEEL labels and texts, FEEL read-only states. Each reads the context (process
     *              variables plus the current values) and may remove a hidden field's value from it,
     *              so a condition never sees data of a field the user cannot see (as in form-js).
     */
    private record Build(Component root, Map<String, Object> vars, List<RenderedForm.Binding> bindings,
                         Map<String, Component> byKey, List<Consumer<Map<String, Object>>> steps) {
    }

    private void add(com.vaadin.flow.component.HasComponents parent, FormComponent c, Build build) {
        Map<String, Object> vars = build.vars();
        Component added = null;
        if (c instanceof Field f) {
            RenderedForm.Binding b = field(f, vars);
            added = b.component();
            parent.add(added);
            build.byKey().put(f.key(), added);
            if (f.editable()) {
                build.bindings().add(b);
            }
            dynamics(f, b, build);
        } else if (c instanceof FormComponent.Text t) {
            String text = t.localized(t.text(), FormComponent.TEXT_EN, locale);
            Html html = new Html(FormText.toHtml(text, vars, locale));
            added = html;
            parent.add(html);
            if (FormFeel.isDynamic(text)) {
                build.steps().add(ctx -> html.setHtmlContent(FormText.toHtml(text, ctx, locale)));
            }
        } else if (c instanceof FormComponent.Group g) {
            FieldSet fieldSet = new FieldSet();
            added = fieldSet;
            fieldSet.addClassName("bizizmir-form-group");
            String legend = g.localized(g.label(), FormComponent.LABEL_EN, locale);
            if (legend != null && !legend.isBlank()) {
                fieldSet.setLegendText(FormFeel.text(legend, vars));
                if (FormFeel.isDynamic(legend)) {
                    build.steps().add(ctx -> fieldSet.setLegendText(FormFeel.text(legend, ctx)));
                }
            }
            fieldSet.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
            // The group's own condition is evaluated before its children's, which read whether it hides them.
            hideIf(c, fieldSet, build);
            for (FormComponent child : g.components()) {
                add(fieldSet, child, build);
            }
            parent.add(fieldSet);
            return;
        } else if (c instanceof FormComponent.Layout l) {
            if ("separator".equals(l.type())) {
                added = new Hr();
            } else if ("spacer".equals(l.type())) {
                Div spacer = new Div();
                spacer.addClassName("bizizmir-form-spacer");
                spacer.setHeight("var(--lumo-space-l)");
                added = spacer;
            }
            // button: the inbox's own complete/save actions replace it (see FormComponent.Layout).
            if (added != null) {
                parent.add(added);
            }
        } else if (c instanceof FormComponent.Unsupported u) {
            added = notice(u);
            parent.add(added);
        }
        if (added != null && !(c instanceof Field)) {
            hideIf(c, added, build);
        }
    }

    private static void hideIf(FormComponent c, Component component, Build build) {
        String condition = c.hideIf();
        if (condition != null) {
            build.steps().add(ctx -> component.setVisible(!FormFeel.isTrue(condition, ctx)));
        }
    }

    /**
     * A field's FEEL: its hide condition, then its label, description and read-only state, and
     * last, if it ends up hidden (itself or by its group), its value leaves the context.
     */
    private void dynamics(Field f, RenderedForm.Binding b, Build build) {
        Component component = b.component();
        hideIf(f, component, build);
        String label = ownerLabel(f);
        if (FormFeel.isDynamic(label) && component instanceof HasValue<?, ?>) {
            build.steps().add(ctx ->
                    ((InputField<?, ?>) component).setLabel(firstNonBlank(FormFeel.text(label, ctx), f.key())));
        }
        String description = f.localized(f.description(), FormComponent.DESCRIPTION_EN, locale);
        if (FormFeel.isDynamic(description) && component instanceof HasHelper helper) {
            build.steps().add(ctx -> helper.setHelperText(FormFeel.text(description, ctx)));
        }
        if (f.dynamicallyReadOnly() && component instanceof HasValue<?, ?> input) {
            build.steps().add(ctx -> {
                boolean readOnly = !f.editable() || f.expressions().containsKey(FormComponent.READONLY)
                        && FormFeel.isTrue(f.expressions().get(FormComponent.READONLY), ctx)
                        || f.expressions().containsKey(FormComponent.DISABLED)
                        && FormFeel.isTrue(f.expressions().get(FormComponent.DISABLED), ctx);
                input.setReadOnly(readOnly);
                input.setRequiredIndicatorVisible(!readOnly && f.validate().required());
            });
        }
        build.steps().add(ctx -> {
            if (!RenderedForm.shown(component, build.root())) {
                ctx.put(f.key(), null);
            }
        });
    }

    private Component notice(FormComponent.Unsupported u) {
        String name = firstNonBlank(u.localized(u.label(), FormComponent.LABEL_EN, locale), u.key(), u.id());
        Div notice = new Div(new Span(t(u.reasonKey(), u.type(), name)));
        notice.addClassName("bizizmir-form-unsupported");
        notice.getElement().setAttribute("role", "note");
        notice.getStyle().set("border", "1px dashed var(--lumo-contrast-50pct)")
                .set("padding", "var(--lumo-space-s)").set("color", "var(--lumo-secondary-text-color)");
        return notice;
    }

    private RenderedForm.Binding field(Field f, Map<String, Object> vars) {
        RenderedForm.Binding b = input(f, vars);
        InputField<?, ?> input = (InputField<?, ?>) b.component();
        input.setLabel(label(f, vars));
        String description = FormFeel.text(f.localized(f.description(), FormComponent.DESCRIPTION_EN, locale), vars);
        if (description != null && !description.isBlank()) {
            input.setHelperText(description);
        }
        return b;
    }

    private RenderedForm.Binding input(Field f, Map<String, Object> vars) {
        Object initial = vars.get(f.key()) != null ? vars.get(f.key())
                : FormFeel.isExpression(f.defaultValue())
                ? FormFeel.evaluate((String) f.defaultValue(), vars).orElse(null)
                : f.defaultValue();
        return switch (f.fieldType()) {
            case TEXTFIELD -> textField(f, initial);
            case TEXTAREA -> textArea(f, initial);
            case NUMBER -> number(f, initial);
            case SELECT -> select(f, initial, vars);
            case RADIO -> radio(f, initial, vars);
            case CHECKBOX -> checkbox(f, initial);
            case CHECKLIST -> checklist(f, initial, vars);
            case DATETIME -> switch (f.subtype()) {
                case DATE -> date(f, initial);
                case TIME -> time(f, initial);
                case DATETIME -> dateTime(f, initial);
            };
        };
    }

    private RenderedForm.Binding textField(Field f, Object initial) {
        TextField field = new TextField();
        if (f.validate().maxLength() != null) {
            field.setMaxLength(f.validate().maxLength());
        }
        adorn(field, f);
        field.setValue(initial == null ? "" : display(initial));
        return bind(f, field, field::getValue, () -> blankToNull(field.getValue()));
    }

    private RenderedForm.Binding textArea(Field f, Object initial) {
        TextArea field = new TextArea();
        if (f.validate().maxLength() != null) {
            field.setMaxLength(f.validate().maxLength());
        }
        field.setValue(initial == null ? "" : display(initial));
        return bind(f, field, field::getValue, () -> blankToNull(field.getValue()));
    }

    private RenderedForm.Binding number(Field f, Object initial) {
        BigDecimalField field = new BigDecimalField();
        field.setLocale(locale);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(t("form.validation.bad-number"))
                .setRequiredErrorMessage(t("form.validation.required")));
        adorn(field, f);
        field.setValue(toDecimal(initial));
        boolean integral = f.decimalDigits() != null && f.decimalDigits() == 0;
        return bind(f, field, field::getValue, field, () -> {
            BigDecimal v = field.getValue();
            if (v == null) {
                return null;
            }
            return integral ? (Object) v.setScale(0, RoundingMode.HALF_UP).longValue() : (Object) v.doubleValue();
        });
    }

    private RenderedForm.Binding select(Field f, Object initial, Map<String, Object> vars) {
        List<Option> options = options(f, vars, initial);
        Map<String, String> labels = labels(options);
        String value = initial == null ? null : display(initial);
        if (f.searchable()) {
            ComboBox<String> field = new ComboBox<>();
            field.setItems(labels.keySet());
            field.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
            field.setClearButtonVisible(!f.validate().required());
            field.setValue(labels.containsKey(value) ? value : null);
            return bind(f, field, field::getValue, field::getValue);
        }
        Select<String> field = new Select<>();
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(v -> v == null ? "" : labels.getOrDefault(v, v));
        // An optional choice must be clearable again once picked.
        field.setEmptySelectionAllowed(!f.validate().required());
        field.setValue(labels.containsKey(value) ? value : null);
        return bind(f, field, field::getValue, field::getValue);
    }

    private RenderedForm.Binding radio(Field f, Object initial, Map<String, Object> vars) {
        List<Option> options = options(f, vars, initial);
        Map<String, String> labels = labels(options);
        RadioButtonGroup<String> field = new RadioButtonGroup<>();
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
        String value = initial == null ? null : display(initial);
        field.setValue(labels.containsKey(value) ? value : null);
        return bind(f, field, field::getValue, field::getValue);
    }

    private RenderedForm.Binding checkbox(Field f, Object initial) {
        Checkbox field = new Checkbox();
        field.setValue(Boolean.TRUE.equals(initial) || "true".equalsIgnoreCase(String.valueOf(initial)));
        return bind(f, field, field::getValue, () -> Boolean.TRUE.equals(field.getValue()));
    }

    private RenderedForm.Binding checklist(Field f, Object initial, Map<String, Object> vars) {
        List<Option> options = options(f, vars, initial);
        Map<String, String> labels = labels(options);
        CheckboxGroup<String> field = new CheckboxGroup<>();
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
        Set<String> selected = new LinkedHashSet<>();
        for (Object o : asCollection(initial)) {
            if (labels.containsKey(display(o))) {
                selected.add(display(o));
            }
        }
        field.setValue(selected);
        return bind(f, field, field::getValue, () -> {
            // Option order, not click order, so the variable reads the same however it was ticked.
            List<String> values = new ArrayList<>();
            for (String v : labels.keySet()) {
                if (field.getValue().contains(v)) {
                    values.add(v);
                }
            }
            return values;
        });
    }

    private RenderedForm.Binding date(Field f, Object initial) {
        DatePicker field = new DatePicker();
        field.setLocale(locale);
        field.setI18n(datePickerI18n());
        if (f.disallowPassedDates() && f.editable()) {
            field.setMin(today());
        }
        field.setValue(toDate(initial));
        return bind(f, field, field::getValue, field,
                () -> field.getValue() == null ? null : field.getValue().toString());
    }

    private RenderedForm.Binding time(Field f, Object initial) {
        TimePicker field = new TimePicker();
        field.setLocale(locale);
        field.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(t("form.validation.bad-time"))
                .setRequiredErrorMessage(t("form.validation.required")));
        field.setStep(timeStep(f));
        field.setValue(toTime(initial));
        return bind(f, field, field::getValue, field,
                () -> field.getValue() == null ? null : TIME.format(field.getValue()));
    }

    private RenderedForm.Binding dateTime(Field f, Object initial) {
        DateTimePicker field = new DateTimePicker();
        field.setLocale(locale);
        field.setDatePickerI18n(datePickerI18n());
        field.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage(t("form.validation.bad-date-time"))
                .setIncompleteInputErrorMessage(t("form.validation.incomplete-date-time"))
                .setRequiredErrorMessage(t("form.validation.required"))
                .setMinErrorMessage(t("form.validation.date-in-past")));
        if (f.timeLabel() != null && !f.timeLabel().isBlank()) {
            field.setTimeAriaLabel(f.timeLabel());
        }
        if (f.disallowPassedDates() && f.editable()) {
            field.setMin(today().atStartOfDay());
        }
        field.setStep(timeStep(f));
        field.setValue(toDateTime(initial));
        return bind(f, field, field::getValue, field,
                () -> field.getValue() == null ? null : DATE_TIME.format(field.getValue()));
    }

    private <C extends Component & InputField<?, ?> & HasValidation> RenderedForm.Binding bind(
            Field f, C component, Supplier<Object> componentValue, Supplier<Object> variableValue) {
        return bind(f, component, componentValue, null, variableValue);
    }

    /**
     * What every field gets: label, helper, required marker, read-only state, manual validation.
     *
     * @param parsing a field that parses what the user types (number, date, time), or null. Typed
     *                text it cannot parse leaves the value empty; only the component's own
     *                validator knows, so {@link RenderedForm#validate()} asks it before our rules,
     *                or "3,5,0" in a number field would pass as "no value".
     */
    private <C extends Component & InputField<?, ?> & HasValidation, V> RenderedForm.Binding bind(
            Field f, C component, Supplier<Object> componentValue, HasValidator<V> parsing,
            Supplier<Object> variableValue) {
        // Label and helper text: set by field(), which has the variables for FEEL in them.
        component.setId("form-field-" + f.key());
        component.setWidthFull();
        if (f.editable()) {
            component.setRequiredIndicatorVisible(f.validate().required());
        } else {
            component.setReadOnly(true);
        }
        // Our rules decide validity; Vaadin's built-in checks would otherwise overwrite the
        // invalid state and message on blur with their own, untranslated ones.
        component.setManualValidation(true);
        Supplier<Optional<String>> inputCheck = parsing == null ? Optional::empty : () -> {
            @SuppressWarnings("unchecked")
            V value = ((HasValue<?, V>) component).getValue();
            ValidationResult result = parsing.getDefaultValidator()
                    .apply(value, new ValueContext(component, (HasValue<?, ?>) component, locale));
            return result.isError() ? Optional.of(result.getErrorMessage()) : Optional.empty();
        };
        return new RenderedForm.Binding(f, component, component, componentValue, inputCheck, variableValue);
    }

    private String label(Field f, Map<String, Object> vars) {
        return firstNonBlank(FormFeel.text(ownerLabel(f), vars), f.key());
    }

    /** The label as the owner wrote it (possibly FEEL or a template), in the reader's language. */
    private String ownerLabel(Field f) {
        String owner = f.fieldType() == FormComponent.FieldType.DATETIME
                ? firstNonBlank(f.label(), f.subtype() == DateSubtype.TIME ? f.timeLabel() : f.dateLabel())
                : f.label();
        return f.localized(owner, FormComponent.LABEL_EN, locale);
    }

    private void adorn(Component field, Field f) {
        if (f.prefixAdorner() != null && !f.prefixAdorner().isBlank() && field instanceof HasPrefix p) {
            p.setPrefixComponent(new Span(f.prefixAdorner()));
        }
        if (f.suffixAdorner() != null && !f.suffixAdorner().isBlank() && field instanceof HasSuffix s) {
            s.setSuffixComponent(new Span(f.suffixAdorner()));
        }
    }

    /**
     * Static options, or those of the variable named by {@code valuesKey}. A read-only field
     * whose current value is not among the options still shows it, since it is process data.
     */
    private List<Option> options(Field f, Map<String, Object> vars, Object initial) {
        List<Option> options = new ArrayList<>(f.values().stream().map(o -> f.localized(o, locale)).toList());
        if (f.valuesKey() != null) {
            options.addAll(optionsFrom(vars.get(f.valuesKey())));
        }
        if (f.valuesExpression() != null) {
            // Evaluated once, from the process variables, when the form opens.
            options.addAll(optionsFrom(FormFeel.evaluate(f.valuesExpression(), vars).orElse(null)));
        }
        if (!f.editable() && initial != null) {
            for (Object v : asCollection(initial)) {
                String value = display(v);
                if (options.stream().noneMatch(o -> o.value().equals(value))) {
                    options.add(new Option(value, value));
                }
            }
        }
        return options;
    }

    /** A list of {label, value} maps or of strings; also the same as JSON text (how Spin JSON arrives). */
    static List<Option> optionsFrom(Object source) {
        Object list = source;
        if (source != null && !(source instanceof Collection<?>) && !source.getClass().isArray()) {
            String text = source.toString().trim();
            if (text.startsWith("[")) {
                try {
                    list = JSON.readValue(text, new TypeReference<List<Object>>() { });
                } catch (Exception e) {
                    return List.of();
                }
            } else {
                return List.of();
            }
        }
        List<Option> options = new ArrayList<>();
        for (Object item : asCollection(list)) {
            if (item instanceof Map<?, ?> map) {
                Object value = map.get("value");
                if (value != null) {
                    Object label = map.get("label");
                    options.add(new Option(label == null ? display(value) : display(label), display(value)));
                }
            } else if (item != null) {
                options.add(new Option(display(item), display(item)));
            }
        }
        return options;
    }

    private static Map<String, String> labels(List<Option> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.putIfAbsent(o.value(), o.label()));
        return labels;
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        return tr.bel.izmir.bizizmir.shared.ui.DatePickers.i18n(locale, this::t)
                .setRequiredErrorMessage(t("form.validation.required"))
                .setMinErrorMessage(t("form.validation.date-in-past"));
    }

    /** form-js {@code timeInterval} in minutes (its default is 15); the picker lists times at that step. */
    private static Duration timeStep(Field f) {
        Integer minutes = f.timeInterval();
        return Duration.ofMinutes(minutes == null || minutes <= 0 || minutes > 1440 ? 15 : minutes);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(IzmirTime.ZONE));
    }

    private String t(String key, Object... args) {
        return translator.apply(key, args);
    }

    // ---- conversions from whatever the process holds -------------------------------------

    private static String display(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static BigDecimal toDecimal(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof BigDecimal d ? d : new BigDecimal(display(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Collection<?> asCollection(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return List.of(value);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(IzmirTime.ZONE).toLocalDate();
        }
        String s = value == null ? "" : value.toString().trim();
        try {
            return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalTime toTime(Object value) {
        if (value instanceof LocalTime t) {
            return t.truncatedTo(ChronoUnit.MINUTES);
        }
        if (value instanceof TemporalAccessor ta && ta.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
            return LocalTime.from(ta).truncatedTo(ChronoUnit.MINUTES);
        }
        String s = value == null ? "" : value.toString().trim();
        try {
            // form-js may append an offset ("14:30+03:00"); the inbox works in Istanbul time.
            return s.length() >= 5 ? LocalTime.parse(s.substring(0, 5)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDateTime toDateTime(Object value) {
        if (value instanceof LocalDateTime dt) {
            return dt.truncatedTo(ChronoUnit.MINUTES);
        }
        if (value instanceof Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), IzmirTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        }
        String s = value == null ? "" : value.toString().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(IzmirTime.ZONE).toLocalDateTime()
                    .truncatedTo(ChronoUnit.MINUTES);
        } catch (RuntimeException notOffset) {
            try {
                return LocalDateTime.parse(s).truncatedTo(ChronoUnit.MINUTES);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
