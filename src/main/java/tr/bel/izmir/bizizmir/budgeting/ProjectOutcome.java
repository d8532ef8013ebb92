package tr.bel.izmir.bizizmir.budgeting;

/**
 * What the allocation decided for one project on the ballot, and for the others why not;
 * the message key {@code budget.outcome.<NAME>} explains it to the public.
 */
public enum ProjectOutcome {
    /** Funded. */
    SELECTED,
    /** Enough votes to be considered, but when its turn came the money left was less than its cost. */
    DID_NOT_FIT,
    /** No votes, or (Equal Shares) its supporters' equal shares could not pay for it. */
    NOT_ENOUGH_SUPPORT
}
