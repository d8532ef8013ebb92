package tr.bel.izmir.bizizmir.budgeting;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.budgeting.allocation.Allocation;
import tr.bel.izmir.bizizmir.budgeting.allocation.EqualSharesRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.GreedyRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibFormatException;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays a past election from a pabulib {@code .pb} file under our allocation rules,
 * for the budget office (page and API) to compare rules on real data. Read-only: it
 * touches no database, so a bad file can change nothing.
 *
 * <p>A file is data from outside, and exact arithmetic on it can cost without limit, so a
 * replay ({@link #replay}) is bounded three ways: at most {@code max-concurrent} replays run
 * at once (on threads of their own, a further one is refused as busy rather than queued),
 * each within {@code time-limit} of wall-clock time (then its thread is interrupted, and the
 * parser and the rules stop at their next check), and an election may have at most
 * {@code max-cells} voters times projects, which bounds the rules' memory (Equal Shares
 * keeps up to one count per project for each group of voters). With the 20 MB file limit
 * that bounds both CPU and memory per replay and in total.
 */
@Service
public class PbReplay {

    /** Largest accepted file; the biggest real pabulib files are a few MB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final PabulibParser parser = new PabulibParser();
    private final Duration timeLimit;
    private final int maxConcurrent;
    private final long maxCells;
    private final ThreadPoolExecutor workers;

    /** One file's election and what each rule asked for funds. */
    public record Replayed(PbInstance instance, Map<AllocationRule, Allocation> outcomes) {
        public Allocation outcome(AllocationRule rule) {
            return outcomes.get(rule);
        }
    }

    /** A replay that was not done: over a limit, or too many at once. Nothing was stored either way. */
    public static final class Refused extends DomainException {
        public static final String TIME_LIMIT = "pb.replay.error.time-limit";
        public static final String BUSY = "pb.replay.error.busy";
        public static final String TOO_BIG = "pb.replay.error.too-big";

        Refused(int status, String messageKey, Object... args) {
            super(status, messageKey, args);
        }
    }

    public PbReplay(@Value("${bizizmir.pb-replay.time-limit:PT60S}") Duration timeLimit,
                    @Value("${bizizmir.pb-replay.max-concurrent:2}") int maxConcurrent,
                    @Value("${bizizmir.pb-replay.max-cells:20000000}") long maxCells) {
        this.timeLimit = timeLimit;
        this.maxConcurrent = maxConcurrent;
        this.maxCells = maxCells;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 1, TimeUnit.MINUTES,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "pb-replay-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Reads the file (UTF-8, pabulib's encoding) and applies each rule, in that order, within
     * the limits above. Throws {@link PabulibFormatException} for a file that cannot be read
     * and {@link Refused} for one over a limit or when too many replays are running.
     */
    public Replayed replay(byte[] content, List<AllocationRule> rules) {
        Future<Replayed> job;
        try {
            job = workers.submit(() -> compute(content, rules));
        } catch (RejectedExecutionException busy) {
            throw new Refused(503, Refused.BUSY, maxConcurrent);
        }
        try {
            try {
                return job.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (job.cancel(true)) {
                    throw new Refused(422, Refused.TIME_LIMIT, timeLimit.toSeconds());
                }
                return job.get(); // finished in the meantime
            }
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a replay", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Replays running now, including one past its limit that has not reached a check yet. */
    public int running() {
        return workers.getActiveCount();
    }

    /** The most voters times projects a replayed election may have. */
    public long maxCells() {
        return maxCells;
    }

    private Replayed compute(byte[] content, List<AllocationRule> rules) {
        PbInstance instance = parser.parse(new String(content, StandardCharsets.UTF_8));
        long voters = instance.ballots().size();
        long projects = instance.projects().size();
        if (voters * projects > maxCells) {
            throw new Refused(413, Refused.TOO_BIG, voters, projects, maxCells);
        }
        Map<AllocationRule, Allocation> outcomes = new LinkedHashMap<>();
        for (AllocationRule rule : rules) {
            outcomes.put(rule, allocate(instance, rule));
        }
        return new Replayed(instance, Collections.unmodifiableMap(outcomes));
    }

    /** Without the limits of {@link #replay}: for the platform's own elections, not for files. */
    public Allocation allocate(PbInstance instance, AllocationRule rule) {
        return switch (rule) {
            case GREEDY -> new GreedyRule().allocate(instance);
            case EQUAL_SHARES -> new EqualSharesRule().allocate(instance);
        };
    }

    /** The name used in URLs and JSON: {@code greedy}, {@code equal-shares}. */
    public static String apiName(AllocationRule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AllocationRule> ruleNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(AllocationRule.values()).filter(r -> apiName(r).equals(wanted)).findFirst();
    }

    /**
     * The exception's message arguments with numbers as plain text: MessageFormat would
     * otherwise print line 1234 as "1.234" in Turkish, which reads like a decimal.
     */
    public static Object[] messageArgs(PabulibFormatException e) {
        return Arrays.stream(e.args()).map(a -> a instanceof Number ? a.toString() : a).toArray();
    }
}
