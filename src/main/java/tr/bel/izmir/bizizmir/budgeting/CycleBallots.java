package tr.bel.izmir.bizizmir.budgeting;

import java.util.Optional;

/**
 * Where budgeting reads the outcome of a cycle's public vote. The voting feature implements it
 * (voting depends on budgeting, never the other way round); budgeting uses it to tally and
 * allocate once {@link CycleVoteClosed} has been published.
 */
public interface CycleBallots {

    /** The closed vote of a cycle, or empty while voting has not closed (or never took place). */
    Optional<CycleVoteResult> closedVote(long cycleId);

    /** Whether the cycle's public vote has been scheduled: it took over the envelope, rule and dates (DD017). */
    boolean voteScheduled(long cycleId);
}
