package tr.bel.izmir.bizizmir.budgeting;

/** Where a funded project's implementation stands; message key {@code impl.status.<NAME>}. */
public enum ImplementationStatus {
    PLANNED, TENDERING, IN_PROGRESS, COMPLETED, CANCELLED
}
