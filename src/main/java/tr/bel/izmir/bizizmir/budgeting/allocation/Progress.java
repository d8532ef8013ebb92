package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.util.function.Supplier;

/**
 * How far a replay has come, for a progress bar: the parser reports the share of the file
 * it has read, Equal Shares how many core runs its completion has made. The listener is set
 * for the computing thread only ({@link #reporting}); without one, reporting costs a
 * thread-local read. Reports are coarse (every few thousand rows, once per core run).
 */
public final class Progress {

    /**
     * What is being computed. {@code FUNDED} is reported by Equal Shares after each core run it
     * keeps: the share of the budget the outcome so far spends, in thousandths ({@code total}
     * 1000). The completion only ever keeps runs within the budget and stops when nothing more
     * fits, so this share is the best measure of how far it has come that is known while it runs.
     */
    public enum Step { READING, GREEDY, EQUAL_SHARES, FUNDED }

    /** Receives reports on the computing thread; must be quick and thread-safe. */
    @FunctionalInterface
    public interface Listener {
        /** {@code total} is -1 when not known in advance (the completion's core runs). */
        void update(Step step, long done, long total);
    }

    private static final ThreadLocal<Listener> CURRENT = new ThreadLocal<>();

    private Progress() {
    }

    /**
     * Runs {@code work} on this thread with {@code listener} receiving its reports. Inside
     * another {@code reporting}, the outer listener receives them too, after this one (a job
     * that computes an allocation can itself be watched).
     */
    public static <T> T reporting(Listener listener, Supplier<T> work) {
        Listener previous = CURRENT.get();
        CURRENT.set(previous == null ? listener : (step, done, total) -> {
            listener.update(step, done, total);
            previous.update(step, done, total);
        });
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Reports a step's progress to this thread's listener, if any. */
    public static void report(Step step, long done, long total) {
        Listener listener = CURRENT.get();
        if (listener != null) {
            listener.update(step, done, total);
        }
    }
}
