package tr.bel.izmir.bizizmir.budgeting;

/** Where a cycle's allocation stands: computed and awaiting the budget office, or published. */
public enum AllocationStatus {
    UNDER_REVIEW, PUBLISHED
}
