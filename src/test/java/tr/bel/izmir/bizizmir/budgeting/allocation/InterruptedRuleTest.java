package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule whose thread is interrupted stops computing at once instead of running on. */
class InterruptedRuleTest {

    /**
     * 200 projects, 2000 voters approving 10 random projects each and a budget of about a
     * tenth of the total cost: Equal Shares' completion runs for minutes on this 80 kB file.
     */
    static String slowElection() {
        Random random = new Random(1);
        StringBuilder b = new StringBuilder("META\nkey;value\nbudget;5000000\nvote_type;approval\n"
                + "PROJECTS\nproject_id;cost\n");
        for (int p = 0; p < 200; p++) {
            b.append(p).append(';').append(1000 + random.nextInt(100_000)).append('\n');
        }
        b.append("VOTES\nvoter_id;vote\n");
        for (int v = 0; v < 2000; v++) {
            TreeSet<Integer> approved = new TreeSet<>();
            while (approved.size() < 10) {
                approved.add(random.nextInt(200));
            }
            StringJoiner list = new StringJoiner(",");
            approved.forEach(p -> list.add(Integer.toString(p)));
            b.append(v).append(';').append(list).append('\n');
        }
        return b.toString();
    }

    @Test
    void equal_shares_stops_within_moments_of_an_interrupt() throws Exception {
        PbInstance election = Pb.parse(slowElection());
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                new EqualSharesRule().allocate(election);
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        worker.start();
        worker.join(1500);
        assertThat(worker.isAlive()).as("still computing after 1.5 s, so the interrupt is what stops it").isTrue();
        long interruptedAt = System.nanoTime();
        worker.interrupt();
        worker.join(2000);
        assertThat(worker.isAlive()).as("stopped after the interrupt").isFalse();
        assertThat((System.nanoTime() - interruptedAt) / 1_000_000).isLessThan(2000);
        assertThat(ended.get()).isInstanceOf(Interrupted.class);
    }

    /**
     * The progress a cycle's allocation shows (DD033): the share of the budget the outcome so far
     * spends, reported after each kept core run, rising; a stop requested while it reports (here
     * from the third report, on the computing thread itself) ends the computation at the next check.
     */
    @Test
    void equal_shares_reports_the_funded_share_as_it_completes_and_stops_when_cancelled_meanwhile() {
        PbInstance election = Pb.parse(slowElection());
        java.util.List<Long> funded = new java.util.ArrayList<>();
        Throwable ended = null;
        try {
            Progress.reporting((step, done, total) -> {
                if (step == Progress.Step.FUNDED) {
                    assertThat(total).isEqualTo(1000);
                    funded.add(done);
                    if (funded.size() == 3) {
                        Thread.currentThread().interrupt(); // what CycleAllocationRuns.cancel does to the job's thread
                    }
                }
            }, () -> new EqualSharesRule().allocate(election));
        } catch (Interrupted e) {
            ended = e;
        } finally {
            Thread.interrupted();
        }
        assertThat(ended).as("stopped by the cancel").isInstanceOf(Interrupted.class);
        assertThat(funded).hasSize(3).isSorted().allSatisfy(f -> assertThat(f).isBetween(1L, 1000L));
    }
}
