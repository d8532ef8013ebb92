package tr.bel.izmir.bizizmir.budgeting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Every computing slot of the replays taken by a computation that lasts until released, as two
 * big replays would: a cycle's allocation then has to wait for a slot.
 */
final class HeldSlots implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> holders = new ArrayList<>();

    private HeldSlots() {
    }

    /** Returns once every slot is taken. */
    static HeldSlots takeAll(PbReplay replay) throws InterruptedException {
        HeldSlots held = new HeldSlots();
        CountDownLatch taken = new CountDownLatch(replay.maxConcurrent());
        for (int i = 0; i < replay.maxConcurrent(); i++) {
            Thread holder = new Thread(() -> {
                try {
                    replay.inSlot(() -> {
                        taken.countDown();
                        try {
                            held.release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "big-computation-" + i);
            holder.start();
            held.holders.add(holder);
        }
        if (!taken.await(10, TimeUnit.SECONDS)) {
            held.close();
            throw new IllegalStateException("the computing slots were not all taken within 10 s");
        }
        return held;
    }

    /** Lets the computations end; their slots free as they do. */
    void release() {
        release.countDown();
    }

    /** Releases the slots and waits until the computations have ended. */
    @Override
    public void close() throws InterruptedException {
        release();
        for (Thread holder : holders) {
            holder.join(10_000);
        }
    }
}
