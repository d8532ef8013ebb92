package tr.bel.izmir.bizizmir.parkevent.process;

/** Names in {@code processes/ParkEventApprovalProcess.bpmn}; tests and services use these. */
public final class ParkEventApprovalProcess {

    public static final String KEY = "ParkEventApprovalProcess";
    public static final String DECISION_ELIGIBILITY = "ParkEventEligibility";

    public static final String TASK_REVIEW = "UserTask_ReviewApplication";
    public static final String TASK_REVISE = "UserTask_ReviseApplication";
    public static final String TASK_PROVIDE_SUPPORT = "UserTask_ProvideSupport";
    public static final String TASK_FILE_REPORT = "UserTask_FileReport";
    public static final String TASK_CLOSE_EVENT = "UserTask_CloseEvent";
    public static final String FORM_REVIEW = "ReviewParkEvent";
    public static final String FORM_REVISE = "ReviseParkEvent";
    public static final String FORM_PROVIDE_SUPPORT = "ProvideSupport";
    public static final String FORM_FILE_REPORT = "FileEventReport";
    public static final String FORM_CLOSE_EVENT = "CloseParkEvent";

    public static final String TIMER_EVENT_REMINDER = "Timer_EventReminder";
    public static final String TIMER_EVENT_ENDS = "Timer_EventEnds";
    public static final String TIMER_REPORT_OVERDUE = "Timer_ReportOverdue";

    public static final String END_INELIGIBLE = "EndEvent_ApplicationIneligible";
    public static final String END_REFUSED = "EndEvent_ApplicationRefused";
    public static final String END_REPORT_OVERDUE = "EndEvent_ReportOverdue";
    public static final String END_CLOSED = "EndEvent_EventClosed";
    public static final String END_WITHDRAWN = "EndEvent_ApplicationWithdrawn";

    /** Correlated by business key; the event subprocess ends the application wherever it waits. */
    public static final String MESSAGE_WITHDRAWN = "ParkEventWithdrawn";
    /** The municipality cancels the event (DD020); carries {@link #VAR_CANCEL_REASON}. */
    public static final String MESSAGE_CANCELLED = "ParkEventCancelled";
    public static final String END_CANCELLED = "EndEvent_ApplicationCancelled";
    /** Why the municipality cancelled the event; shown to the group and publicly. */
    public static final String VAR_CANCEL_REASON = "cancelReason";

    public static final String GROUP_PARK_MANAGER = "park-manager";
    public static final String GROUP_CIVIC_GROUP = "civic-group";

    // Inputs of the eligibility decision, gathered by ServiceTask_GatherEligibilityFacts
    public static final String VAR_WITHIN_OPENING_HOURS = "withinOpeningHours";
    public static final String VAR_EXPECTED_ATTENDANCE = "expectedAttendance";
    public static final String VAR_AREA_CAPACITY = "areaCapacity";
    public static final String VAR_LEAD_DAYS = "leadDays";
    public static final String VAR_COMMERCIAL = "commercial";
    public static final String VAR_GROUP_STANDING = "groupStanding";
    /** The group's other pending or approved events in the same calendar month. */
    public static final String VAR_OTHER_EVENTS_IN_MONTH = "otherEventsInMonth";
    public static final String VAR_BLACKOUT_DATE = "blackoutDate";
    /** Result of the eligibility decision: eligible, reasonCode, reasonTr, reasonEn. */
    public static final String VAR_ELIGIBILITY = "eligibility";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_SUPPORT_REQUESTED = "supportRequested";
    /** One line with everything the park manager reviews (area, time, people, support); shown by the forms. */
    public static final String VAR_EVENT_SUMMARY = "eventSummary";
    /** The same summary in English, for the forms' English text. */
    public static final String VAR_EVENT_SUMMARY_EN = "eventSummaryEn";
    /** Timer dates (java.util.Date): two days before the start, the end, the report deadline. */
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_EVENT_END = "eventEnd";
    public static final String VAR_REPORT_DUE_AT = "reportDueAt";

    // Review form
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_REVIEW_REASON = "reviewReason";
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_CHANGES = "changes";
    public static final String DECISION_REFUSE = "refuse";

    // Report and closing forms
    public static final String VAR_ACTUAL_ATTENDANCE = "actualAttendance";
    public static final String VAR_DAMAGE_REPORT = "damageReport";
    public static final String VAR_DAMAGE = "damage";
    public static final String VAR_NO_SHOW = "noShow";
    public static final String VAR_CLOSING_NOTE = "closingNote";

    private ParkEventApprovalProcess() {
    }
}
