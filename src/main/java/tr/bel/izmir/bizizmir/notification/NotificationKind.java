package tr.bel.izmir.bizizmir.notification;

import tr.bel.izmir.bizizmir.security.AppRoles;

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
    /** A review or advisory vote opened in the member's assembly, or closes in 48 hours and they have not voted. */
    ADVISORY_VOTE_OPENED,
    /** A department got an advisory item to answer, is reminded of it, or the answer is overdue. */
    ADVISORY_ANSWER_DUE,
    /** The assembly's review outcome of a resident's proposal. */
    PROPOSAL_REVIEW,
    /** A vote opened in the resident's neighbourhood, or closes within 24 hours and they have not voted (opt-in). */
    VOTE_IN_MY_AREA,
    /** A consultation the person answered published how its result is used. */
    CONSULTATION_RESPONSE,
    /** A meeting of the member's assembly was scheduled, changed or cancelled, or its minutes were published. */
    ASSEMBLY_MEETING,
    /** A civic group's event report is due, or overdue. */
    PARK_EVENT_REPORT,
    /** Each morning: the tasks of the person's groups due today and overdue. */
    TASK_DIGEST,
    /** A process model was deployed or instances were migrated by another process owner. */
    MODEL_CHANGED;

    public String labelKey() {
        return "notification.kind." + name();
    }

    /**
     * Who this kind can reach, by role; empty: anyone signed in (a resident's own cases and what
     * they follow). The preferences page offers a person only the kinds that concern them.
     */
    public java.util.Set<String> roles() {
        return switch (this) {
            case TASK_ASSIGNED, TASK_OVERDUE, TASK_DIGEST -> java.util.Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.PARK_MANAGER,
                    AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.COORDINATOR, AppRoles.ADMIN);
            case ADVISORY_ANSWER_DUE -> java.util.Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.PARK_MANAGER);
            case PARK_EVENT_DECISION, PARK_EVENT_REMINDER, PARK_EVENT_REPORT -> java.util.Set.of(AppRoles.CIVIC_GROUP);
            case ADVISORY_VOTE_OPENED, ASSEMBLY_MEETING -> java.util.Set.of(AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR);
            case MODEL_CHANGED -> java.util.Set.of(AppRoles.PROCESS_OWNER, AppRoles.ADMIN);
            default -> java.util.Set.of();
        };
    }

    /** Whether a person with these roles can receive this kind. */
    public boolean concerns(java.util.Collection<String> personRoles) {
        return roles().isEmpty() || personRoles.stream().anyMatch(roles()::contains);
    }

    /** The channel of a person who never chose one: e-mail (once confirmed), or nothing for opt-in kinds. */
    public NotificationChannel defaultChannel() {
        return this == VOTE_IN_MY_AREA ? NotificationChannel.OFF : NotificationChannel.EMAIL;
    }
}
