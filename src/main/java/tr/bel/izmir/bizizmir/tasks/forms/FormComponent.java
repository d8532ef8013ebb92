package tr.bel.izmir.bizizmir.tasks.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A component of a form-js schema. Sealed so the renderer must decide, at compile time,
 * what to do with every kind; anything the parser does not know becomes {@link Unsupported}
 * and is shown as a notice rather than silently dropped.
 */
public sealed interface FormComponent
        permits FormComponent.Field, FormComponent.Text, FormComponent.Group, FormComponent.Layout,
        FormComponent.Unsupported {

    /** The custom property that carries the English label. */
    String LABEL_EN = "label.en";
    /** The custom property that carries the English description. */
    String DESCRIPTION_EN = "description.en";
    /** The custom property that carries the English text of a text component. */
    String TEXT_EN = "text.en";
    /** The custom property that carries the English message of a pattern rule. */
    String PATTERN_MESSAGE_EN = "patternMessage.en";

    /** The custom property that carries the English label of the static option with this value. */
    static String optionLabelEn(String value) {
        return "option." + value + ".en";
    }

    String id();

    /** The form-js {@code type} exactly as written in the file. */
    String type();

    /** The form-js custom properties ({@code properties}), string to string. */
    Map<String, String> properties();

    /**
     * form-js {@code conditional.hide}: a FEEL condition that hides the component while it is true;
     * null when the component is always shown.
     */
    default String hideIf() {
        return null;
    }

    /**
     * The owner's text, or its English variant from {@code properties} when the user reads
     * English and the owner provided one. Turkish is the default because owners write Turkish.
     */
    default String localized(String text, String englishProperty, Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            String english = properties().get(englishProperty);
            if (english != null && !english.isBlank()) {
                return english;
            }
        }
        return text;
    }

    /** A static option's label in the reader's language ({@link #optionLabelEn}). */
    default Option localized(Option option, Locale locale) {
        return new Option(localized(option.label(), optionLabelEn(option.value()), locale), option.value());
    }

    /** Input field kinds the inbox renders. */
    enum FieldType {
        TEXTFIELD, TEXTAREA, NUMBER, SELECT, RADIO, CHECKBOX, CHECKLIST, DATETIME;

        static FieldType of(String formJsType) {
            for (FieldType t : values()) {
                if (t.name().equalsIgnoreCase(formJsType)) {
                    return t;
                }
            }
            return null;
        }

        /** Types whose choices come from {@code values} or {@code valuesKey}. */
        public boolean hasOptions() {
            return this == SELECT || this == RADIO || this == CHECKLIST;
        }
    }

    /** The {@code subtype} of a datetime field. */
    enum DateSubtype { DATE, TIME, DATETIME }

    /** form-js {@code validate.validationType}; {@code CUSTOM} only says "the pattern applies". */
    enum ValidationType { NONE, EMAIL, PHONE, CUSTOM }

    /** One choice of a select, radio or checklist. */
    record Option(String label, String value) {
    }

    /** form-js {@code validate}; absent limits are {@code null}. */
    record Validation(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
                      String pattern, String patternMessage, ValidationType validationType) {

        public static final Validation NONE =
                new Validation(false, null, null, null, null, null, null, ValidationType.NONE);
    }

    /** Keys of {@link Field#expressions()}: properties of a field whose value is a FEEL expression. */
    String READONLY = "readonly";
    String DISABLED = "disabled";
    String MIN = "validate.min";
    String MAX = "validate.max";
    String MIN_LENGTH = "validate.minLength";
    String MAX_LENGTH = "validate.maxLength";

    /**
     * An input field bound to the process variable {@link #key()}.
     *
     * @param defaultValue JSON scalar as String, BigDecimal or Boolean, or a List of them; null if absent.
     *                     A String starting with {@code =} is a FEEL expression.
     * @param label        as written; a FEEL expression ({@code =...}) or a {@code {{ }}} template is
     *                     evaluated by the renderer, as are description, dateLabel and timeLabel
     * @param valuesExpression FEEL expression whose value is the list of options, or null
     * @param expressions  FEEL expressions of properties whose static value is a flag or limit
     *                     ({@link #READONLY}, {@link #DISABLED}, {@link #MIN}, ...); the static
     *                     {@code readonly}, {@code disabled} and {@code validate} hold false/null for them
     */
    record Field(String id, String type, FieldType fieldType, String key, String label, String description,
                 Validation validate, List<Option> values, String valuesKey, Object defaultValue,
                 boolean readonly, boolean disabled, Map<String, String> properties,
                 DateSubtype subtype, String dateLabel, String timeLabel, boolean disallowPassedDates,
                 Integer timeInterval,
                 BigDecimal increment, Integer decimalDigits, boolean searchable,
                 String prefixAdorner, String suffixAdorner,
                 String hideIf, String valuesExpression, Map<String, String> expressions) implements FormComponent {

        public Field {
            values = values == null ? List.of() : List.copyOf(values);
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            validate = validate == null ? Validation.NONE : validate;
            expressions = expressions == null ? Map.of() : Map.copyOf(expressions);
        }

        /**
         * Read-only and disabled fields show process data; they are never submitted. A field whose
         * read-only or disabled state is a FEEL expression is editable until the expression says otherwise.
         */
        public boolean editable() {
            return !readonly && !disabled;
        }

        /** Whether read-only or disabled depends on a FEEL expression, re-evaluated as values change. */
        public boolean dynamicallyReadOnly() {
            return expressions.containsKey(READONLY) || expressions.containsKey(DISABLED);
        }

        /** The same field with other validation limits (FEEL limits evaluated). */
        public Field withValidate(Validation other) {
            return new Field(id, type, fieldType, key, label, description, other, values, valuesKey, defaultValue,
                    readonly, disabled, properties, subtype, dateLabel, timeLabel, disallowPassedDates, timeInterval,
                    increment, decimalDigits, searchable, prefixAdorner, suffixAdorner, hideIf, valuesExpression,
                    expressions);
        }
    }

    /** Static text (form-js {@code text}, markdown with {@code {{ variable }}} templates). */
    record Text(String id, String type, String text, Map<String, String> properties, String hideIf)
            implements FormComponent {
        public Text {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /** A titled group of components, rendered as a fieldset with a legend. */
    record Group(String id, String type, String label, List<FormComponent> components,
                 Map<String, String> properties, String hideIf) implements FormComponent {
        public Group {
            components = List.copyOf(components);
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /**
     * Layout-only form-js components: {@code separator} and {@code spacer} are drawn;
     * {@code button} is not, because the inbox has its own complete and save actions
     * and a second submit button inside the form would confuse staff.
     */
    record Layout(String id, String type, Map<String, String> properties, String hideIf) implements FormComponent {
        public Layout {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /**
     * Something the inbox cannot render (an unknown component type).
     * Kept, so the renderer can say so on screen.
     *
     * @param reasonKey message key explaining why, e.g. {@code form.unsupported.type}
     */
    record Unsupported(String id, String type, String key, String label, String reasonKey,
                       Map<String, String> properties) implements FormComponent {
        public Unsupported {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }
}
