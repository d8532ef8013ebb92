package tr.bel.izmir.bizizmir.proposal;

/** Where a proposal stands; {@code proposal.status.<NAME>} names it for people. */
public enum ProposalStatus {
    SUBMITTED, INELIGIBLE, SCREENING, REJECTED, MERGED, COLLECTING_SUPPORT, WITHDRAWN, NOT_ENOUGH_SUPPORT,
    QUALIFIED, IN_FEASIBILITY, FEASIBLE, NOT_FEASIBLE;

    public boolean isWithdrawable() {
        return this == SCREENING || this == COLLECTING_SUPPORT;
    }

    /** Statuses that count against the per-person limit of a cycle. */
    public boolean countsTowardsLimit() {
        return this != INELIGIBLE && this != WITHDRAWN;
    }
}
