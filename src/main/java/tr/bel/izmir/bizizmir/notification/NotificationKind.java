package tr.bel.izmir.bizizmir.notification;

/**
 * What a notification is about; people choose a channel per kind ({@code /my/notifications})
 * and unsubscribe per kind. The label is the message key {@code notification.kind.<NAME>}.
 */
public enum NotificationKind {
    /** A resident's proposal was screened: accepted, rejected or merged, with the reason. */
    PROPOSAL_SCREENED,
    /** A resident's proposal reached its support threshold, or its support period ended without it. */
    PROPOSAL_SUPPORT,
    /** The feasibility outcome of a resident's proposal, or a later due date for its check. */
    PROPOSAL_FEASIBILITY,
    /** A proposal one proposed is on a ballot, or the results of that vote are published. */
    PROPOSAL_VOTE,
    /** A project one proposed, supported or follows reported progress. */
    PROJECT_UPDATE,
    /** News on an advisory item or a park event the person follows (the department's answer, a cancellation). */
    FOLLOWED_CASE,
    /** A staff task was assigned or handed to the person. */
    TASK_ASSIGNED,
    /** A task of the person's groups is overdue. */
    TASK_OVERDUE,
    /** A civic group's park event was approved, sent back for changes or refused. */
    PARK_EVENT_DECISION,
    /** A civic group's park event starts soon. */
    PARK_EVENT_REMINDER,
    /** An advisory vote opened in the member's assembly. */
    ADVISORY_VOTE_OPENED,
    /** A department is reminded of an advisory item's answer, or the answer is overdue. */
    ADVISORY_ANSWER_DUE;

    public String labelKey() {
        return "notification.kind." + name();
    }
}
