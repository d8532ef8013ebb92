package tr.bel.izmir.bizizmir.budgeting;

/**
 * Spring application event published by the voting feature when a cycle's public vote has
 * closed and its ballots are final. Budgeting starts the budget allocation process on it.
 */
public record CycleVoteClosed(long cycleId) {
}
