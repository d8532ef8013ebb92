package tr.bel.izmir.bizizmir.budgeting;

import tr.bel.izmir.bizizmir.shared.Money;

import java.time.LocalDate;

/** What an admin fills in to open a PB cycle; validated by {@link PbCycles#open}. */
public record CycleSpec(long neighbourhoodId, String title, Money envelope, CyclePhase phase,
                        LocalDate submissionOpens, LocalDate submissionCloses,
                        LocalDate votingOpens, LocalDate votingCloses,
                        int supportThreshold, int maxProposalsPerResident, int minimumAge,
                        BallotRule ballotRule, AllocationRule allocationRule) {
}
