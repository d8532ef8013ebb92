package tr.bel.izmir.bizizmir.budgeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fields of a PB cycle a coordinator edits, with the phase rule of each (DD017): what may
 * still change once residents, the assembly or the vote rely on it. The message key
 * {@code cycle.field.<NAME>} names the field for people.
 */
public enum CycleField {
    NEIGHBOURHOOD, TITLE, ENVELOPE, SUBMISSION_OPENS, SUBMISSION_CLOSES, VOTING_OPENS, VOTING_CLOSES,
    SUPPORT_THRESHOLD, MAX_PROPOSALS, MINIMUM_AGE, BALLOT_RULE, ALLOCATION_RULE;

    private static final Set<CyclePhase> BEFORE_VOTING = EnumSet.of(CyclePhase.DRAFT, CyclePhase.SUBMISSION, CyclePhase.REVIEW);

    /**
     * Whether the field may change in this phase.
     *
     * @param voteScheduled whether the cycle's public vote has been scheduled: the vote took over
     *                      the envelope, ballot rule and voting dates then
     */
    public boolean editable(CyclePhase phase, boolean voteScheduled) {
        return switch (this) {
            case TITLE -> phase != CyclePhase.CLOSED;
            // Proposals were submitted, supported and checked for eligibility under these: they
            // belong to the draft. (Each proposal's support deadline is fixed when it is submitted.)
            case NEIGHBOURHOOD, SUBMISSION_OPENS, SUBMISSION_CLOSES, SUPPORT_THRESHOLD, MAX_PROPOSALS, MINIMUM_AGE ->
                    phase == CyclePhase.DRAFT;
            // What residents vote on and under which rule: open until the vote is scheduled.
            case ENVELOPE, VOTING_OPENS, VOTING_CLOSES, BALLOT_RULE, ALLOCATION_RULE ->
                    BEFORE_VOTING.contains(phase) && !voteScheduled;
        };
    }

    /** The field's value in a spec, to tell which fields an edit changes. */
    Object valueIn(CycleSpec spec) {
        return switch (this) {
            case NEIGHBOURHOOD -> spec.neighbourhoodId();
            case TITLE -> spec.title() == null ? null : spec.title().trim();
            case ENVELOPE -> spec.envelope();
            case SUBMISSION_OPENS -> spec.submissionOpens();
            case SUBMISSION_CLOSES -> spec.submissionCloses();
            case VOTING_OPENS -> spec.votingOpens();
            case VOTING_CLOSES -> spec.votingCloses();
            case SUPPORT_THRESHOLD -> spec.supportThreshold();
            case MAX_PROPOSALS -> spec.maxProposalsPerResident();
            case MINIMUM_AGE -> spec.minimumAge();
            case BALLOT_RULE -> spec.ballotRule();
            case ALLOCATION_RULE -> spec.allocationRule();
        };
    }
}
