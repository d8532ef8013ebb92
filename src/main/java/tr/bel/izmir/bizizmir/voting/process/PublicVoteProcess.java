package tr.bel.izmir.bizizmir.voting.process;

/** Names in {@code processes/PublicVoteProcess.bpmn}. The business key is the vote id. */
public final class PublicVoteProcess {

    public static final String KEY = "PublicVoteProcess";

    public static final String TIMER_OPENS = "Timer_VotingOpens";
    public static final String TIMER_CLOSES = "Timer_VotingCloses";
    public static final String TASK_OPEN = "ServiceTask_OpenVoting";
    public static final String TASK_CLOSE = "ServiceTask_CloseVoting";
    public static final String TASK_HAND_OVER = "ServiceTask_HandOverToAllocation";
    public static final String TASK_PUBLISH_RESPONSE = "UserTask_PublishConsultationResponse";
    public static final String TASK_RECORD_RESPONSE = "ServiceTask_RecordConsultationResponse";
    public static final String END_NO_BALLOT = "EndEvent_NothingToVoteOn";
    public static final String END_ALLOCATION = "EndEvent_HandedToAllocation";
    public static final String END_RESPONSE = "EndEvent_ResponsePublished";
    public static final String END_CANCELLED = "EndEvent_VotingCancelled";
    public static final String GATEWAY_WAITING_TO_OPEN = "Gateway_WaitingToOpen";
    public static final String GATEWAY_VOTING_RUNS = "Gateway_VotingRuns";
    public static final String TASK_CANCEL = "ServiceTask_CancelVoting";
    public static final String EVENT_OPEN_NOW = "Message_OpenVotingNow";
    public static final String EVENT_CLOSE_NOW = "Message_CloseVotingNow";
    public static final String EVENT_EXTENDED = "Message_VotingExtended";
    public static final String EVENT_CANCELLED_BEFORE_OPENING = "Message_CancelledBeforeOpening";
    public static final String EVENT_CANCELLED_WHILE_OPEN = "Message_CancelledWhileOpen";

    /** Staff control (DD018): open a scheduled vote now. */
    public static final String MESSAGE_OPEN_NOW = "VoteOpenNow";
    /** Staff control (DD018): close an open vote now. */
    public static final String MESSAGE_CLOSE_NOW = "VoteCloseNow";
    /** Staff control (DD018): an open vote closes later; carries the new {@link #VAR_CLOSES_AT}. */
    public static final String MESSAGE_EXTENDED = "VoteExtended";
    /** Staff control (DD018): a scheduled or open vote is cancelled. */
    public static final String MESSAGE_CANCELLED = "VoteCancelled";

    public static final String VAR_KIND = "voteKind";
    public static final String VAR_OPENS_AT = "opensAt";
    public static final String VAR_CLOSES_AT = "closesAt";
    public static final String VAR_OPTION_COUNT = "optionCount";
    public static final String VAR_RESPONSE = "consultationResponse";

    private PublicVoteProcess() {
    }
}
