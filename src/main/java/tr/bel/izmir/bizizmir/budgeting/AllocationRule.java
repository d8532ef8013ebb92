package tr.bel.izmir.bizizmir.budgeting;

/** How the envelope is allocated after the vote. */
public enum AllocationRule {
    GREEDY, EQUAL_SHARES
}
