package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Number reading shared by the parser and the model.
 *
 * <p>Every number of a {@code .pb} file ends up in exact arithmetic ({@link Fraction}), where
 * the cost of each step grows with the number of digits: a budget written {@code 1e400000}
 * became a 400 000-digit integer and held a core for a minute. So numbers are read only
 * as real files write them: no exponent, at most {@link #MAX_INTEGER_DIGITS} digits before
 * and {@link #MAX_FRACTION_DIGITS} after the decimal point (trailing zeros aside), which
 * covers any budget in any currency with room to spare.
 */
final class Numbers {

    /** A quadrillion minus one: far above any budget, far below anything costly to compute with. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 6;
    /** Longer text is refused before any pattern looks at it (separators and spaces included). */
    static final int MAX_LENGTH = 64;

    /** Why a text is not read as a number. */
    enum Refusal {
        NOT_A_NUMBER,
        EXPONENT,
        TOO_MANY_DIGITS
    }

    /** A number, or the reason the text is not one; exactly one of the two is set. */
    record Reading(BigDecimal value, Refusal refusal) {
        Optional<BigDecimal> number() {
            return Optional.ofNullable(value);
        }
    }

    private static final Pattern GROUPED_BY_COMMA = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern GROUPED_BY_DOT = Pattern.compile("-?\\d{1,3}(\\.\\d{3}){2,}(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)[eE][-+]?\\d+");
    private static final Pattern NUMBER_CHARACTERS = Pattern.compile("[-+0-9.,eE]+");

    private Numbers() {
    }

    /** So that equal amounts written differently ("155000", "155000.0") compare equal. */
    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Reads an amount as real files write it: "155000", "155000.0", "155 000",
     * "155,000" (comma groups of three), "1.394.695" (dot groups, at least two) and
     * "1,5" (a lone comma not followed by exactly three digits is a decimal comma).
     * Empty means the text is not a number, or one this reader refuses (see {@link #read}).
     */
    static Optional<BigDecimal> parse(String text) {
        return read(text).number();
    }

    /** Like {@link #parse}, saying why a text is refused. */
    static Reading read(String text) {
        String s = text.trim().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "");
        if (s.isEmpty()) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        if (s.length() > MAX_LENGTH) {
            // Only the kind of refusal depends on the content; no pattern runs on a long text.
            if (!NUMBER_CHARACTERS.matcher(s.substring(0, MAX_LENGTH)).matches()) {
                return refused(Refusal.NOT_A_NUMBER);
            }
            return refused(s.indexOf('e') >= 0 || s.indexOf('E') >= 0 ? Refusal.EXPONENT : Refusal.TOO_MANY_DIGITS);
        }
        if (EXPONENT.matcher(s).matches()) {
            return refused(Refusal.EXPONENT);
        }
        if (GROUPED_BY_COMMA.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (GROUPED_BY_DOT.matcher(s).matches()) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.indexOf(',') >= 0 && s.indexOf(',') == s.lastIndexOf(',') && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        if (!PLAIN.matcher(s).matches()) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        BigDecimal value;
        try {
            value = normalise(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        int fractionDigits = value.scale();
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
            return refused(Refusal.TOO_MANY_DIGITS);
        }
        return new Reading(value, null);
    }

    private static Reading refused(Refusal refusal) {
        return new Reading(null, refusal);
    }
}
