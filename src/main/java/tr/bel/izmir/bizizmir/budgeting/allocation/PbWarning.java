package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.util.List;

/**
 * Something odd in a {@code .pb} file that the reader accepted, as the reference tools do,
 * and the replay page shows: a voter listing a project twice (counted once), a META section
 * without its {@code key;value} header, a quote in the middle of a field, META counts that
 * differ from the file's sections, a budget of 0, a project dearer than the whole budget, a
 * selected column that spends more than the budget. Like {@link PabulibFormatException}: a 1-based line, a
 * message key of the {@code i18n/messages} bundle and its arguments (the line first).
 */
public record PbWarning(int line, String messageKey, List<Object> detailArgs) {

    public static final String DUPLICATE_VOTE = "pb.warning.duplicate-vote";
    public static final String META_HEADER = "pb.warning.meta-header";
    public static final String STRAY_QUOTE = "pb.warning.stray-quote";
    public static final String META_COUNT = "pb.warning.meta-count";
    public static final String DUPLICATE_META = "pb.warning.duplicate-meta";
    /** A budget of 0: read, but no rule can fund anything. */
    public static final String ZERO_BUDGET = "pb.warning.zero-budget";
    /** A project that costs more than the whole budget: in the election, never funded. */
    public static final String OVER_BUDGET = "pb.warning.over-budget";
    /** The file's own selected projects cost more than its budget (e.g. topped up from elsewhere). */
    public static final String SELECTED_OVER_BUDGET = "pb.warning.selected-over-budget";
    /** The last warning when there are more than {@link #MAX}: how many were left out. */
    public static final String MORE = "pb.warning.more";
    /** Warnings kept per file: enough to see the pattern, bounded for a file full of them. */
    public static final int MAX = 100;

    public PbWarning {
        detailArgs = List.copyOf(detailArgs);
    }

    /**
     * The message arguments, the line first. Whole numbers (lines, counts) as plain text, so no
     * "1.234" for a line; amounts of money ({@code BigDecimal}) stay numbers, which the message
     * writes grouped as the reader's language does (640.000 in Turkish, 640,000 in English).
     */
    public Object[] args() {
        Object[] all = new Object[detailArgs.size() + 1];
        all[0] = Integer.toString(line);
        for (int i = 0; i < detailArgs.size(); i++) {
            Object a = detailArgs.get(i);
            all[i + 1] = a instanceof Number && !(a instanceof java.math.BigDecimal) ? a.toString() : a;
        }
        return all;
    }
}
