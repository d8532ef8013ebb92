package tr.bel.izmir.bizizmir.assembly.process;

/** Names in {@code processes/AssemblyReviewProcess.bpmn} and {@code processes/AssemblyReviewOutcome.dmn}. */
public final class AssemblyReviewProcess {

    public static final String KEY = "AssemblyReviewProcess";
    public static final String DECISION_OUTCOME = "AssemblyReviewOutcome";
    public static final String MESSAGE_VOTE_CAST = "AssemblyReviewVoteCast";
    public static final String MESSAGE_MERGED = "AssemblyReviewMerged";

    public static final String EVENT_VOTE_CAST = "Event_VoteCast";
    public static final String GATEWAY_AWAIT = "Gateway_AwaitVoteOrDeadline";
    public static final String TIMER_DEADLINE = "Timer_ReviewDeadline";
    public static final String TASK_CHAIR_DECIDES = "UserTask_ChairDecidesOnOverdueReview";
    public static final String END_RECOMMENDED = "EndEvent_Recommended";
    public static final String END_NOT_RECOMMENDED = "EndEvent_NotRecommended";
    public static final String END_CLOSED_WITHOUT_QUORUM = "EndEvent_ClosedWithoutQuorum";
    // The chair merges a duplicate: an interrupting event subprocess, from wherever the review is
    public static final String SUBPROCESS_MERGED = "SubProcess_MergedAsDuplicate";
    public static final String START_MERGE_REQUESTED = "StartEvent_MergeRequested";
    public static final String TASK_RECORD_MERGE = "ServiceTask_RecordMerge";
    public static final String END_REVIEWED_AS_DUPLICATE = "EndEvent_ReviewedAsDuplicate";

    public static final String VAR_REVIEW_DEADLINE = "reviewDeadline";
    // Inputs of the outcome table, counted from the database before each decision
    public static final String VAR_MEMBERS = "members";
    public static final String VAR_VOTES_CAST = "votesCast";
    public static final String VAR_RECOMMEND_VOTES = "recommendVotes";
    public static final String VAR_OUTCOME = "outcome";
    public static final String PENDING = "PENDING";
    // Chair's overdue-review form
    public static final String VAR_CHAIR_DECISION = "chairDecision";
    public static final String VAR_EXTENSION_DAYS = "extensionDays";
    public static final String EXTEND = "extend";
    public static final String CLOSE = "close";
    // Sent with AssemblyReviewMerged
    public static final String VAR_MERGE_INTO = "mergeIntoProposalId";
    public static final String VAR_MERGE_REASON = "mergeReason";
    public static final String VAR_MERGED_BY = "mergedBy";

    private AssemblyReviewProcess() {
    }
}
