package tr.bel.izmir.bizizmir.budgeting;

/** How a PB ballot may be filled in: within the envelope, or at most k projects. */
public enum BallotRule {
    KNAPSACK, K_APPROVAL
}
