package tr.bel.izmir.bizizmir.voting;

/**
 * How a ballot may be filled in: projects within the envelope (knapsack), at most k projects
 * (k-approval), or exactly one answer (a consultation question). Message key
 * {@code vote.rule.<NAME>}.
 */
public enum VoteRule {
    KNAPSACK, K_APPROVAL, SINGLE_CHOICE
}
