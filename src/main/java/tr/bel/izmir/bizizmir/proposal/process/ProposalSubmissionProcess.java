package tr.bel.izmir.bizizmir.proposal.process;

/** Names in {@code processes/ProposalSubmissionProcess.bpmn}; tests and services use these. */
public final class ProposalSubmissionProcess {

    public static final String KEY = "ProposalSubmissionProcess";
    public static final String DECISION_ELIGIBILITY = "ProposalEligibility";

    public static final String TASK_SCREEN_PROPOSAL = "UserTask_ScreenProposal";
    public static final String FORM_SCREEN_PROPOSAL = "ScreenProposal";

    public static final String MESSAGE_SUPPORT_THRESHOLD_REACHED = "ProposalSupportThresholdReached";
    public static final String MESSAGE_WITHDRAWN = "ProposalWithdrawn";
    public static final String TIMER_SUPPORT_PERIOD_ENDS = "Timer_SupportPeriodEnds";
    public static final String GATEWAY_AWAIT_SUPPORT = "Gateway_AwaitSupport";
    /** Staff control (DD018): the support period ends now; the proposal closes for lack of support. */
    public static final String MESSAGE_SUPPORT_CLOSED_NOW = "ProposalSupportClosedNow";
    /** Staff control (DD018): the support period ends later; carries the new {@link #VAR_SUPPORT_DEADLINE}. */
    public static final String MESSAGE_SUPPORT_EXTENDED = "ProposalSupportExtended";
    public static final String EVENT_SUPPORT_CLOSED_NOW = "Event_SupportClosedNow";
    public static final String EVENT_SUPPORT_EXTENDED = "Event_SupportExtended";

    public static final String END_INELIGIBLE = "EndEvent_ProposalIneligible";
    public static final String END_REJECTED = "EndEvent_ProposalRejected";
    public static final String END_MERGED = "EndEvent_ProposalMerged";
    public static final String END_QUALIFIED = "EndEvent_ProposalQualified";
    public static final String END_WITHDRAWN = "EndEvent_ProposalWithdrawn";
    public static final String END_NOT_ENOUGH_SUPPORT = "EndEvent_NotEnoughSupport";

    // Inputs of the eligibility decision
    public static final String VAR_RESIDENT_VERIFIED = "residentVerified";
    public static final String VAR_SAME_NEIGHBOURHOOD = "sameNeighbourhood";
    public static final String VAR_AGE = "age";
    public static final String VAR_MINIMUM_AGE = "minimumAge";
    public static final String VAR_CYCLE_PHASE = "cyclePhase";
    public static final String VAR_PROPOSALS_BY_AUTHOR = "proposalsByAuthor";
    public static final String VAR_MAX_PROPOSALS = "maxProposals";
    public static final String VAR_CATEGORY = "category";
    /** Result of the eligibility decision: eligible, reasonCode, reasonTr, reasonEn. */
    public static final String VAR_ELIGIBILITY = "eligibility";

    public static final String VAR_PROPOSAL_ID = "proposalId";
    public static final String VAR_SUPPORT_DEADLINE = "supportDeadline";
    public static final String VAR_SUPPORT_THRESHOLD_REACHED = "supportThresholdReached";

    // Screening form
    public static final String VAR_SCREENING_DECISION = "screeningDecision";
    public static final String VAR_SCREENING_REASON = "screeningReason";
    public static final String VAR_MERGE_INTO = "mergeIntoProposalId";
    public static final String DECISION_ACCEPT = "accept";
    public static final String DECISION_REJECT = "reject";
    public static final String DECISION_MERGE = "merge";

    private ProposalSubmissionProcess() {
    }
}
