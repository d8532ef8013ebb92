package tr.bel.izmir.bizizmir.budgeting.allocation;

/**
 * Thrown by the parser and the rules when their thread is interrupted: a replay that ran
 * past its time limit (see {@code PbReplay}) stops computing at the next check instead of
 * holding a core until it finishes. The checks sit in every loop whose length depends on
 * the input, so the work between two checks is bounded by one project's or one group's.
 */
public final class Interrupted extends RuntimeException {

    private Interrupted() {
        super("allocation interrupted", null, false, false);
    }

    /** Throws if this thread was interrupted (the flag is left set for the caller to see). */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Interrupted();
        }
    }
}
