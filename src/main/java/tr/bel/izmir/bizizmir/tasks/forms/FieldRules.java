package tr.bel.izmir.bizizmir.tasks.forms;

import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Field;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.FieldType;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.Validation;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent.ValidationType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form-js validation rules, applied to a field's value as the Vaadin component holds it
 * (String, BigDecimal, Boolean, a collection, LocalDate/LocalTime/LocalDateTime). Pure
 * functions, so each rule is testable without components. Only the first failing rule is
 * reported: one clear message under a field helps more than a list.
 */
final class FieldRules {

    /** Deliberately simple: the inbox checks shape, the mail server checks existence. */
    static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    /** International (+ or 00, country code, 8-15 digits) after removing spaces, dashes, dots, parentheses. */
    static final Pattern PHONE_INTERNATIONAL = Pattern.compile("^(\\+|00)[1-9]\\d{7,14}$");
    /** Turkish national format, e.g. 0232 293 12 00 or 0532 123 45 67: staff type numbers this way. */
    static final Pattern PHONE_TURKISH = Pattern.compile("^0[1-9]\\d{9}$");

    /** Either a message key with arguments, or the owner's own text (pattern message). */
    record Violation(String messageKey, Object[] args, String ownText) {
        static Violation of(String key, Object... args) {
            return new Violation(key, args, null);
        }
    }

    private FieldRules() {
    }

    static Optional<Violation> check(Field field, Object value, LocalDate today, Locale locale) {
        Validation v = field.validate();
        if (isEmpty(field, value)) {
            return v.required() ? Optional.of(Violation.of("form.validation.required")) : Optional.empty();
        }
        if (field.fieldType() == FieldType.TEXTFIELD || field.fieldType() == FieldType.TEXTAREA) {
            return checkText(field, value.toString(), locale);
        }
        if (field.fieldType() == FieldType.NUMBER && value instanceof BigDecimal number) {
            return checkNumber(field, number);
        }
        if (field.fieldType() == FieldType.DATETIME && field.disallowPassedDates() && today != null) {
            LocalDate date = value instanceof LocalDate d ? d
                    : value instanceof LocalDateTime dt ? dt.toLocalDate() : null;
            if (date != null && date.isBefore(today)) {
                return Optional.of(Violation.of("form.validation.date-in-past"));
            }
        }
        return Optional.empty();
    }

    /** Empty as a user means it: blank text, no choice, an unticked box, nothing ticked. */
    static boolean isEmpty(Field field, Object value) {
        if (value == null) {
            return true;
        }
        if (field.fieldType() == FieldType.CHECKBOX) {
            return !Boolean.TRUE.equals(value);
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        return false;
    }

    private static Optional<Violation> checkText(Field field, String text, Locale locale) {
        Validation v = field.validate();
        int length = text.codePointCount(0, text.length());
        if (v.minLength() != null && length < v.minLength()) {
            return Optional.of(Violation.of("form.validation.min-length", v.minLength(), length));
        }
        if (v.maxLength() != null && length > v.maxLength()) {
            return Optional.of(Violation.of("form.validation.max-length", v.maxLength(), length));
        }
        // find(), not matches(): form-js tests with JavaScript's RegExp.test, so an
        // unanchored pattern means "contains"; owners anchor with ^...$ when they mean "is".
        if (v.pattern() != null && !Pattern.compile(v.pattern()).matcher(text).find()) {
            String own = field.localized(v.patternMessage(), FormComponent.PATTERN_MESSAGE_EN, locale);
            return Optional.of(own == null || own.isBlank()
                    ? Violation.of("form.validation.pattern")
                    : new Violation(null, new Object[0], own));
        }
        if (v.validationType() == ValidationType.EMAIL && !EMAIL.matcher(text.trim()).matches()) {
            return Optional.of(Violation.of("form.validation.email"));
        }
        if (v.validationType() == ValidationType.PHONE) {
            String digits = text.replaceAll("[\\s().-]", "");
            if (!PHONE_INTERNATIONAL.matcher(digits).matches() && !PHONE_TURKISH.matcher(digits).matches()) {
                return Optional.of(Violation.of("form.validation.phone"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> checkNumber(Field field, BigDecimal number) {
        Validation v = field.validate();
        if (v.min() != null && number.compareTo(v.min()) < 0) {
            return Optional.of(Violation.of("form.validation.min", v.min()));
        }
        if (v.max() != null && number.compareTo(v.max()) > 0) {
            return Optional.of(Violation.of("form.validation.max", v.max()));
        }
        if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
            return Optional.of(Violation.of("form.validation.decimal-digits", field.decimalDigits()));
        }
        BigDecimal step = field.increment();
        if (step != null && step.signum() > 0) {
            // Steps count from the minimum when there is one, as a spinner starting there would.
            BigDecimal base = v.min() != null ? v.min() : BigDecimal.ZERO;
            BigDecimal offset = number.subtract(base);
            if (offset.remainder(step).signum() != 0) {
                BigDecimal lower = base.add(offset.divide(step, 0, RoundingMode.FLOOR).multiply(step));
                return Optional.of(Violation.of("form.validation.increment", step, lower, lower.add(step)));
            }
        }
        return Optional.empty();
    }
}
