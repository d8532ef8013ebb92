package tr.bel.izmir.bizizmir.budgeting;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The cycle's public vote as citizens follow it: when it runs and, once it opened, which
     * proposals are on its ballot; empty while no vote is scheduled.
     *
     * @param closedAt  when it really closed (early, by staff, or at its closing time); null while it runs
     * @param cancelled it never took place (nothing feasible to vote on)
     * @param proposals the proposals on the ballot; empty until the vote opens and draws up its ballot
     */
    record CycleVote(long voteId, Instant opensAt, Instant closesAt, Instant closedAt, boolean cancelled,
                     Set<Long> proposals) {
    }

    Optional<CycleVote> vote(long cycleId);
}
