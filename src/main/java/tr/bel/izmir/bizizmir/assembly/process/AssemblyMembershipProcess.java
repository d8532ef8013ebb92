package tr.bel.izmir.bizizmir.assembly.process;

/** Names in {@code processes/AssemblyMembershipProcess.bpmn}. */
public final class AssemblyMembershipProcess {

    public static final String KEY = "AssemblyMembershipProcess";

    public static final String TASK_CHECK = "UserTask_CheckApplication";
    public static final String END_ADMITTED = "EndEvent_Admitted";
    public static final String END_REFUSED = "EndEvent_Refused";

    public static final String VAR_APPLICATION_SUMMARY = "applicationSummary";
    /** The same summary in English, for the form's English text. */
    public static final String VAR_APPLICATION_SUMMARY_EN = "applicationSummaryEn";
    public static final String VAR_CHECK_DUE_AT = "checkDueAt";
    public static final String VAR_CHECK_DECISION = "checkDecision";
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    public static final String ADMIT = "admit";
    public static final String REFUSE = "refuse";

    private AssemblyMembershipProcess() {
    }
}
