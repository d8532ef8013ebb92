package tr.bel.izmir.bizizmir.parkevent;

/** Where an event application stands. */
public enum EventStatus {
    PENDING, CHANGES_REQUESTED, INELIGIBLE, REFUSED, WITHDRAWN, APPROVED, REPORTED, REPORT_OVERDUE, CLOSED,
    /** Called off by the municipality (a park manager, or a closed day added over it), with a public reason. */
    CANCELLED;

    /** Whether the application holds its area's slots: refused and withdrawn ones give them back. */
    public boolean holdsSlots() {
        return this != INELIGIBLE && this != REFUSED && this != WITHDRAWN && this != CANCELLED;
    }

    /** Whether the municipality may still call the event off: the same statuses as the group's withdrawal. */
    public boolean isCancellable() {
        return isWithdrawable();
    }

    /** Whether the group may still call the event off (and, before it starts, free the area). */
    public boolean isWithdrawable() {
        return this == PENDING || this == CHANGES_REQUESTED || this == APPROVED;
    }
}
