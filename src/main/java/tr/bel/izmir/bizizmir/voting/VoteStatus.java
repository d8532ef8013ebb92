package tr.bel.izmir.bizizmir.voting;

/** Where a vote stands; {@code vote.status.<NAME>} names it for people. */
public enum VoteStatus {
    /** Waiting for its opening time. */
    SCHEDULED,
    /** Ballots are accepted until the closing time. */
    OPEN,
    /** Final: ballots unlinked from voters, receipts and aggregates public. */
    CLOSED,
    /** Nothing to vote on when it should have opened (no feasible proposal). */
    CANCELLED
}
