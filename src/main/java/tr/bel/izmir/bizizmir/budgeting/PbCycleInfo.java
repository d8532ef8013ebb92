package tr.bel.izmir.bizizmir.budgeting;

import java.time.Instant;
import java.time.LocalDate;
import tr.bel.izmir.bizizmir.shared.Money;

/**
 * A participatory-budgeting cycle as other features see it: read-only; the entity stays in the budgeting feature.
 */
public interface PbCycleInfo {

    CycleSpec toSpec();
    Long getId();
    Long getNeighbourhoodId();
    String getTitle();
    Money getEnvelope();
    CyclePhase getPhase();
    LocalDate getSubmissionOpens();
    LocalDate getSubmissionCloses();
    LocalDate getVotingOpens();
    LocalDate getVotingCloses();
    int getSupportThreshold();
    int getMaxProposalsPerResident();
    int getMinimumAge();
    BallotRule getBallotRule();
    AllocationRule getAllocationRule();
    Instant getCreatedAt();
    java.util.Optional<Instant> getUpdatedAt();
    java.util.Optional<String> getUpdatedBy();
    long getVersion();
}
