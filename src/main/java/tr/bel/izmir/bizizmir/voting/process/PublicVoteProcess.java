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

    public static final String VAR_CASE_TITLE = "caseTitle";
    public static final String VAR_NEIGHBOURHOOD_ID = "neighbourhoodId";
    public static final String VAR_KIND = "voteKind";
    public static final String VAR_OPENS_AT = "opensAt";
    public static final String VAR_CLOSES_AT = "closesAt";
    public static final String VAR_OPTION_COUNT = "optionCount";
    public static final String VAR_RESPONSE = "consultationResponse";

    private PublicVoteProcess() {
    }
}
