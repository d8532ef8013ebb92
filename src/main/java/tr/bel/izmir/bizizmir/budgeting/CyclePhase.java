package tr.bel.izmir.bizizmir.budgeting;

/** Where a PB cycle stands; the message key {@code cycle.phase.<NAME>} names it for people. */
public enum CyclePhase {
    DRAFT, SUBMISSION, REVIEW, VOTING, ALLOCATION, IMPLEMENTATION, CLOSED;

    public boolean isOpen() {
        return this != DRAFT && this != CLOSED;
    }
}
