package tr.bel.izmir.bizizmir.budgeting.allocation;

import tr.bel.izmir.bizizmir.shared.DomainException;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code .pb} file that cannot be read. Carries the 1-based line number, a message
 * key of the {@code i18n/messages} bundle and its arguments so the UI and the API can
 * say it in Turkish or English. {@link #args()} starts with the line number, so a
 * translation reads e.g. {@code Satır {0}: ...}; {@link #detailArgs()} has the rest.
 * {@link #getMessage()} is plain English for logs.
 */
public class PabulibFormatException extends DomainException {

    public static final String MISSING_SECTION = "pb.error.missing-section";
    public static final String DUPLICATE_SECTION = "pb.error.duplicate-section";
    public static final String OUTSIDE_SECTION = "pb.error.outside-section";
    public static final String COLUMNS = "pb.error.columns";
    public static final String MISSING_COLUMN = "pb.error.missing-column";
    public static final String MISSING_VALUE = "pb.error.missing-value";
    public static final String BAD_NUMBER = "pb.error.bad-number";
    public static final String NEGATIVE_NUMBER = "pb.error.negative-number";
    public static final String MISSING_BUDGET = "pb.error.missing-budget";
    public static final String VOTE_TYPE = "pb.error.vote-type";
    public static final String UNKNOWN_PROJECT = "pb.error.unknown-project";
    public static final String DUPLICATE_PROJECT = "pb.error.duplicate-project";
    public static final String DUPLICATE_VOTER = "pb.error.duplicate-voter";
    public static final String POINTS_LENGTH = "pb.error.points-length";
    public static final String UNTERMINATED_QUOTE = "pb.error.unterminated-quote";
    public static final String NUMBER_EXPONENT = "pb.error.number-exponent";
    public static final String NUMBER_TOO_LONG = "pb.error.number-too-long";

    /** English text of each key; {0} is the line number, the details follow. */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry(MISSING_SECTION, "line {0}: the file has no {1} section"),
            Map.entry(DUPLICATE_SECTION, "line {0}: section {1} appears a second time"),
            Map.entry(OUTSIDE_SECTION, "line {0}: data before the first section (META, PROJECTS or VOTES)"),
            Map.entry(COLUMNS, "line {0}: {1} fields where the header of {3} has {2}"),
            Map.entry(MISSING_COLUMN, "line {0}: section {1} has no column \"{2}\""),
            Map.entry(MISSING_VALUE, "line {0}: column \"{1}\" is empty"),
            Map.entry(BAD_NUMBER, "line {0}: \"{2}\" in column \"{1}\" is not a valid number"),
            Map.entry(NEGATIVE_NUMBER, "line {0}: \"{2}\" in column \"{1}\" is negative; it must be zero or more"),
            Map.entry(MISSING_BUDGET, "line {0}: META has no budget"),
            Map.entry(VOTE_TYPE, "line {0}: unknown vote_type \"{1}\""),
            Map.entry(UNKNOWN_PROJECT, "line {0}: voter {1} votes for project {2}, which is not in PROJECTS"),
            Map.entry(DUPLICATE_PROJECT, "line {0}: project {1} is listed twice"),
            Map.entry(DUPLICATE_VOTER, "line {0}: voter {1} has a second ballot"),
            Map.entry(POINTS_LENGTH, "line {0}: voter {1} lists {2} projects but {3} points"),
            Map.entry(UNTERMINATED_QUOTE, "line {0}: a quoted field is never closed"),
            Map.entry(NUMBER_EXPONENT, "line {0}: \"{2}\" in column \"{1}\" is written with an exponent"),
            Map.entry(NUMBER_TOO_LONG, "line {0}: \"{2}\" in column \"{1}\" has more than {3} digits"
                    + " before or {4} after the decimal point"));

    /** At most this many further problems are kept besides the first; the rest are counted. */
    public static final int MAX_FURTHER = 20;

    private final int line;
    private final transient Object[] detailArgs;
    private transient List<PabulibFormatException> further = List.of();
    private int notListed;

    public PabulibFormatException(int line, String messageKey, Object... detailArgs) {
        super(messageKey, prepend(line, detailArgs));
        this.line = line;
        this.detailArgs = detailArgs.clone();
    }

    /** 1-based line of the input where the problem was found. */
    public int line() {
        return line;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    /**
     * Other rows of the file that cannot be read either, after this one (the first), in the
     * order of the file: at most {@link #MAX_FURTHER}, so a file wrong on every line is told in
     * one go without a list of a million. Problems with the file's structure (a section or a
     * required column missing) come alone: every row after them would repeat them.
     */
    public List<PabulibFormatException> further() {
        return further;
    }

    /** How many further problems there are beyond {@link #further()}. */
    public int notListed() {
        return notListed;
    }

    /** This problem as the first of several; called once, by the parser. */
    PabulibFormatException withFurther(List<PabulibFormatException> others, int beyond) {
        this.further = List.copyOf(others);
        this.notListed = beyond;
        return this;
    }

    @Override
    public String getMessage() {
        String pattern = ENGLISH.get(messageKey());
        if (pattern == null) {
            return "line " + line + ": " + messageKey() + " " + Arrays.toString(detailArgs);
        }
        // Quotes in MessageFormat are escape characters; double them so the text survives.
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"), Locale.ENGLISH);
        Object[] args = Arrays.stream(args()).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return format.format(args);
    }

    private static Object[] prepend(int line, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = line;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
