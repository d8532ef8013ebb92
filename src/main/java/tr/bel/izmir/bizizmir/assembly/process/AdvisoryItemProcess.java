package tr.bel.izmir.bizizmir.assembly.process;

/** Names in {@code processes/AdvisoryItemProcess.bpmn} and {@code processes/AdvisoryItemOutcome.dmn}. */
public final class AdvisoryItemProcess {

    public static final String KEY = "AdvisoryItemProcess";
    public static final String DECISION_OUTCOME = "AdvisoryItemOutcome";
    public static final String MESSAGE_VOTE_CAST = "AdvisoryVoteCast";
    /** The municipality withdraws the item (DD020); the event subprocess ends it wherever it waits. */
    public static final String MESSAGE_WITHDRAWN = "AdvisoryItemWithdrawn";
    public static final String END_WITHDRAWN = "EndEvent_ItemWithdrawn";

    public static final String GATEWAY_AWAIT = "Gateway_AwaitVoteOrDeadline";
    public static final String TIMER_VOTING_DEADLINE = "Timer_VotingDeadline";
    public static final String TASK_DEPARTMENT_ANSWERS = "UserTask_DepartmentAnswers";
    public static final String TIMER_ANSWER_REMINDER = "Timer_AnswerReminder";
    public static final String TIMER_ANSWER_OVERDUE = "Timer_AnswerOverdue";
    public static final String TASK_SUPERVISOR = "UserTask_SupervisorHandlesOverdueAnswer";
    public static final String END_NO_ADVICE = "EndEvent_NoAdvice";
    public static final String END_ANSWERED = "EndEvent_Answered";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";

    public static final String VAR_VOTING_DEADLINE = "votingDeadline";
    // Inputs of the outcome table, counted from the database
    public static final String VAR_MEMBERS = "members";
    public static final String VAR_VOTES_CAST = "votesCast";
    public static final String VAR_RECOMMEND_VOTES = "recommendVotes";
    public static final String VAR_NOT_RECOMMEND_VOTES = "notRecommendVotes";
    public static final String VAR_ALL_VOTED = "allVoted";
    public static final String VAR_ADVICE = "advice";
    public static final String PENDING = "PENDING";
    // The department's task
    public static final String VAR_DEPARTMENT_GROUP = "departmentGroup";
    public static final String VAR_ANSWER_DUE_AT = "answerDueAt";
    public static final String VAR_ANSWER_REMINDER_AT = "answerReminderAt";
    public static final String VAR_ADVICE_SUMMARY = "adviceSummary";
    /** The same summary in English, for the form's English text. */
    public static final String VAR_ADVICE_SUMMARY_EN = "adviceSummaryEn";
    public static final String VAR_ANSWER = "answer";
    public static final String VAR_ANSWER_REASONS = "answerReasons";
    // The supervisor's task
    public static final String VAR_ESCALATION_NOTE = "escalationNote";

    private AdvisoryItemProcess() {
    }
}
