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
}
