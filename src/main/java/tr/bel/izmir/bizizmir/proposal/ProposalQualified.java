package tr.bel.izmir.bizizmir.proposal;

/** A proposal reached its cycle's support threshold and goes on to the next step. */
public record ProposalQualified(long proposalId, long cycleId, long neighbourhoodId, String category) {
}
