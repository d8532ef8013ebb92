package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Number reading shared by the parser and the model. */
final class Numbers {

    private static final Pattern GROUPED_BY_COMMA = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern GROUPED_BY_DOT = Pattern.compile("-?\\d{1,3}(\\.\\d{3}){2,}(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

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
     * Empty means the text is not a number.
     */
    static Optional<BigDecimal> parse(String text) {
        String s = text.trim().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (GROUPED_BY_COMMA.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (GROUPED_BY_DOT.matcher(s).matches()) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.indexOf(',') >= 0 && s.indexOf(',') == s.lastIndexOf(',') && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(normalise(new BigDecimal(s)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
