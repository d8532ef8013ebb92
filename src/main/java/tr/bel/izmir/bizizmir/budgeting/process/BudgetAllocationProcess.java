package tr.bel.izmir.bizizmir.budgeting.process;

/** Names in {@code processes/BudgetAllocationProcess.bpmn}; the business key is the cycle id. */
public final class BudgetAllocationProcess {

    public static final String KEY = "BudgetAllocationProcess";

    public static final String START = "StartEvent_VoteClosed";
    public static final String TASK_ALLOCATE = "ServiceTask_AllocateEnvelope";
    public static final String TASK_REVIEW = "UserTask_ReviewAllocation";
    public static final String TASK_RECORD_RETURN = "ServiceTask_RecordReturn";
    /** A coordinator re-runs the allocation under review (DD020): the review task ends, the tally runs again. */
    public static final String MESSAGE_RERUN = "AllocationRerunRequested";
    public static final String EVENT_RERUN = "Event_RerunRequested";
    public static final String TASK_RECORD_RERUN = "ServiceTask_RecordRerun";
    /**
     * The allocation stopped (cancelled, over its time limit, or failed; DD033): the BPMN error
     * its delegate throws, caught on the task, and the budget office's task that starts it again.
     */
    public static final String ERROR_STOPPED = "AllocationStopped";
    public static final String EVENT_STOPPED = "Event_AllocationStopped";
    public static final String TASK_STOPPED = "UserTask_AllocationStopped";
    public static final String TASK_PUBLISH = "ServiceTask_PublishResults";
    public static final String GATEWAY_APPROVED = "Gateway_AllocationApproved";
    public static final String END_PUBLISHED = "EndEvent_ResultsPublished";

    /** Set by the allocation: a one-paragraph summary for the review form. */
    public static final String VAR_SUMMARY = "allocationSummary";
    public static final String VAR_REVIEW_DUE_DATE = "reviewDueDate";
    /** Set when the allocation stopped: CycleAllocationRuns.StopReason's name, who cancelled it, the form's text (TR, EN). */
    public static final String VAR_STOP_REASON = "allocationStopReason";
    public static final String VAR_STOPPED_BY = "allocationStoppedBy";
    public static final String VAR_STOP_SUMMARY = "allocationStopSummary";
    public static final String VAR_STOP_SUMMARY_EN = "allocationStopSummaryEn";
    // Review form
    public static final String VAR_DECISION = "allocationDecision";
    public static final String VAR_RETURN_REASON = "returnReason";
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";

    private BudgetAllocationProcess() {
    }
}
