package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.util.Locale;
import java.util.Optional;

/** The pabulib {@code vote_type} values. */
public enum VoteType {
    /** Each ballot lists the approved projects, unordered. */
    APPROVAL("approval"),
    /** Each ballot lists projects with the points the voter gave them ({@code points} column). */
    CUMULATIVE("cumulative"),
    /** Each ballot is a ranking, most preferred first. */
    ORDINAL("ordinal"),
    /** Each ballot lists projects with a score ({@code points} column). */
    SCORING("scoring");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    /** Whether ballots of this type must carry a {@code points} list. */
    public boolean needsPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    /**
     * Maps a file's {@code vote_type}. "choose-1" appears in some exports for approval
     * ballots limited to one project; it is approval with {@code max_length} 1.
     */
    public static Optional<VoteType> fromPabulib(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("choose-1") || v.equals("choose_1") || v.equals("choose1")) {
            return Optional.of(APPROVAL);
        }
        for (VoteType t : values()) {
            if (t.pabulibName.equals(v)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
