package tr.bel.izmir.bizizmir.budgeting;

import tr.bel.izmir.bizizmir.shared.DomainException;

/** A cycle's field is refused: wrong, or not to be changed in the cycle's phase; nothing was saved. */
public class InvalidCycleException extends DomainException {

    private final CycleField field;

    public InvalidCycleException(CycleField field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    /** The field to mark in the form. */
    public CycleField field() {
        return field;
    }
}
