package tr.bel.izmir.bizizmir.feasibility.process;

/** Names in {@code processes/FeasibilityCheckProcess.bpmn}. */
public final class FeasibilityCheckProcess {

    public static final String KEY = "FeasibilityCheckProcess";
    public static final String DECISION_ROUTING = "FeasibilityRouting";
    public static final String DECISION_APPROVAL = "FeasibilityApproval";

    public static final String TASK_ASSESS = "UserTask_AssessFeasibility";
    public static final String TASK_APPROVE = "UserTask_ApproveAssessment";
    public static final String TASK_REVIEW_OVERDUE = "UserTask_ReviewOverdueAssessment";
    public static final String TIMER_OVERDUE = "Timer_AssessmentOverdue";
    public static final String END_FEASIBLE = "EndEvent_ProposalFeasible";
    public static final String END_NOT_FEASIBLE = "EndEvent_ProposalNotFeasible";
    public static final String END_OVERDUE_HANDLED = "EndEvent_OverdueHandled";

    public static final String VAR_CATEGORY = "category";
    public static final String VAR_DEPARTMENT_GROUP = "departmentGroup";
    public static final String VAR_ASSESSMENT_DUE_DATE = "assessmentDueDate";
    // Assessment form
    public static final String VAR_FEASIBLE = "feasible";
    public static final String VAR_COST_ESTIMATE = "costEstimate";
    public static final String VAR_TIMELINE = "timeline";
    public static final String VAR_PUBLIC_EXPLANATION = "publicExplanation";
    public static final String VAR_ASSESSED_BY = "assessedBy";
    // Approval form
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    public static final String VAR_APPROVED_BY = "approvedBy";
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    // Overdue review form
    public static final String VAR_NEW_DUE_DATE = "newDueDate";
    public static final String VAR_EXTENSION_REASON = "extensionReason";

    public static final String VAR_SUPERVISOR_APPROVAL_REQUIRED = "supervisorApprovalRequired";

    private FeasibilityCheckProcess() {
    }
}
