package tr.bel.izmir.bizizmir.budgeting;

import tr.bel.izmir.bizizmir.shared.DomainException;

/** Someone else saved the cycle after this person opened it: reload, nothing of theirs was saved. */
public class CycleChangedException extends DomainException.Conflict {

    public CycleChangedException(long cycleId) {
        super("cycle.error.changed", cycleId);
    }
}
