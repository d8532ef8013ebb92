package tr.bel.izmir.bizizmir.budgeting;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.budgeting.allocation.Allocation;
import tr.bel.izmir.bizizmir.budgeting.allocation.EqualSharesRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.GreedyRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.Interrupted;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibFormatException;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbBallot;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbWarning;
import tr.bel.izmir.bizizmir.budgeting.allocation.Progress;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * Replays a past election from a pabulib {@code .pb} file under our allocation rules,
 * for the budget office (page and API) to compare rules on real data. Read-only: it
 * touches no database, so a bad file can change nothing.
 *
 * <p><b>Background jobs (DD027).</b> A replay never runs on the thread of the request that
 * asked for it: {@link #start} hands it to a pool of {@code max-concurrent} threads and
 * returns a {@link Job} at once, which the page and the API poll for its progress and result.
 * A job belongs to the user who started it (nobody else sees or cancels it), can be cancelled,
 * and is kept for {@code keep} after it ended, so a reloaded page finds it again. When all
 * threads are busy a new replay is refused ({@link Refused#BUSY}, 503) with an estimate of when
 * a thread frees, rather than queued: a queue would only hide the wait.
 *
 * <p><b>Limits.</b> A file is data from outside, so a replay is bounded: at most
 * {@code max-concurrent} at once, each stopped after {@code time-limit} of wall-clock time (its
 * thread is interrupted, and the parser and the rules stop at their next check), an election
 * of at most {@code max-cells} voters times projects and {@code max-lines} lines (counted
 * before reading, which bounds the reader's memory), a file of at most {@link #MAX_BYTES}
 * (a gzip-compressed file: at most that much once decompressed). Each user keeps at most
 * {@link #JOBS_PER_USER} jobs; a job keeps the file's projects and the outcomes, not its
 * ballots, so a finished job is small.
 */
@Service
public class PbReplay {

    /** Largest accepted file, and largest decompressed content of a gzip file. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Finished jobs a user keeps; the oldest goes first. */
    static final int JOBS_PER_USER = 5;

    private final PabulibParser parser = new PabulibParser();
    private final Duration timeLimit;
    private final int maxConcurrent;
    private final long maxCells;
    private final long maxLines;
    private final Duration keep;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService watchdog;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    /**
     * The computing slots, shared by replays and the cycles' own allocations
     * ({@link CycleAllocationRuns}): at most {@code max-concurrent} allocations compute at once,
     * whoever asked. A replay that finds none free is refused (BUSY); a cycle's allocation waits.
     */
    private final java.util.concurrent.Semaphore slots;

    /** One file's election (without its ballots) and what each rule funds. */
    public record Replayed(PbInstance instance, int voters, Map<String, BigDecimal> points,
                           Map<AllocationRule, Allocation> outcomes, List<PbWarning> warnings) {
        public Allocation outcome(AllocationRule rule) {
            return outcomes.get(rule);
        }

        /** Whether the file has a {@code selected} column (the city's own outcome). */
        public boolean hasSelectedColumn() {
            return instance.projects().stream().anyMatch(p -> p.selected() != null);
        }

        /** The projects the file marks as selected, in file order. */
        public List<String> fileSelected() {
            return instance.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).map(p -> p.id()).toList();
        }

        /** Funded by {@code rule} but not marked selected in the file, in the rule's order. */
        public List<String> onlyByRule(AllocationRule rule) {
            List<String> file = fileSelected();
            return outcome(rule).selected().stream().filter(id -> !file.contains(id)).toList();
        }

        /** Marked selected in the file but not funded by {@code rule}, in file order. */
        public List<String> onlyInFile(AllocationRule rule) {
            Allocation a = outcome(rule);
            return fileSelected().stream().filter(id -> !a.isSelected(id)).toList();
        }
    }

    /** A replay that was not done: over a limit, or too many at once. Nothing was stored either way. */
    public static final class Refused extends DomainException {
        public static final String TIME_LIMIT = "pb.replay.error.time-limit";
        public static final String BUSY = "pb.replay.error.busy";
        public static final String TOO_BIG = "pb.replay.error.too-big";
        public static final String TOO_LARGE = "pb.api.error.too-large";
        public static final String BAD_GZIP = "pb.replay.error.bad-gzip";
        public static final String CANCELLED = "pb.replay.error.cancelled";
        public static final String TOO_MANY_LINES = "pb.replay.error.too-many-lines";

        private final int retryAfterSeconds;

        Refused(int status, String messageKey, Object... args) {
            this(status, 0, messageKey, args);
        }

        Refused(int status, int retryAfterSeconds, String messageKey, Object... args) {
            super(status, messageKey, args);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** For {@link #BUSY}: seconds after which a thread is expected to be free. */
        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Where a job is. */
    public enum Status { RUNNING, DONE, FAILED, CANCELLED }

    /**
     * One replay in the background. Thread-safe: the worker writes, any request reads.
     * {@link #failure()} is the reason a FAILED job failed: a {@link PabulibFormatException}
     * (file unreadable, with its line) or a {@link Refused} (time limit, size).
     */
    public static final class Job {
        private final UUID id;
        private final String owner;
        private final List<AllocationRule> rules;
        private final Instant started;
        private volatile Status status = Status.RUNNING;
        private volatile Progress.Step step = Progress.Step.READING;
        private volatile int percent;
        private volatile long coreRuns;
        private volatile Instant ended;
        private volatile Replayed result;
        private volatile DomainException failure;
        private volatile Future<?> future;
        /** Set by the first of: the worker starting it, or a cancel before it started (which then frees its slot). */
        private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();

        Job(UUID id, String owner, List<AllocationRule> rules, Instant started) {
            this.id = id;
            this.owner = owner;
            this.rules = List.copyOf(rules);
            this.started = started;
        }

        public UUID id() {
            return id;
        }

        public String owner() {
            return owner;
        }

        public List<AllocationRule> rules() {
            return rules;
        }

        public Status status() {
            return status;
        }

        public boolean finished() {
            return status != Status.RUNNING;
        }

        /** What it is computing now. */
        public Progress.Step step() {
            return step;
        }

        /**
         * 0–100: reading the file is the first 60, then each rule an equal share. Equal Shares'
         * completion does not know in advance how many core runs it needs, so within it the bar
         * stays put and {@link #coreRuns()} counts.
         */
        public int percent() {
            return percent;
        }

        public long coreRuns() {
            return coreRuns;
        }

        public Instant started() {
            return started;
        }

        public Optional<Instant> ended() {
            return Optional.ofNullable(ended);
        }

        public Optional<Replayed> result() {
            return Optional.ofNullable(result);
        }

        public Optional<DomainException> failure() {
            return Optional.ofNullable(failure);
        }

        /** Ends the job once; later calls (a late worker, a second cancel) change nothing. */
        synchronized boolean end(Status to, Replayed outcome, DomainException why, Instant at) {
            if (status != Status.RUNNING) {
                return false;
            }
            result = outcome;
            failure = why;
            ended = at;
            if (to == Status.DONE) {
                percent = 100;
            }
            status = to;
            return true;
        }
    }

    public PbReplay(@Value("${bizizmir.pb-replay.time-limit:PT60S}") Duration timeLimit,
                    @Value("${bizizmir.pb-replay.max-concurrent:2}") int maxConcurrent,
                    @Value("${bizizmir.pb-replay.max-cells:20000000}") long maxCells,
                    @Value("${bizizmir.pb-replay.max-lines:500000}") long maxLines,
                    @Value("${bizizmir.pb-replay.keep:PT30M}") Duration keep,
                    Clock clock, CurrentUser currentUser) {
        this.timeLimit = timeLimit;
        this.maxConcurrent = maxConcurrent;
        this.maxCells = maxCells;
        this.maxLines = maxLines;
        this.keep = keep;
        this.clock = clock;
        this.currentUser = currentUser;
        this.slots = new java.util.concurrent.Semaphore(maxConcurrent, true);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 1, TimeUnit.MINUTES,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "pb-replay-" + count.incrementAndGet());
                    t.setDaemon(true);
                    // Below the request threads: a replay never makes the inbox or a ballot wait.
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "pb-replay-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.watchdog = timer;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        watchdog.shutdownNow();
    }

    /**
     * Starts replaying {@code content} (UTF-8 text, or gzip-compressed text) under {@code rules}
     * in the background and returns at once. Throws {@link Refused} (503 {@link Refused#BUSY})
     * when every thread is in use. The job belongs to the signed-in user.
     */
    @PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
    public Job start(byte[] content, List<AllocationRule> rules) {
        String owner = currentUser.require().username();
        forgetOld();
        Job job = new Job(UUID.randomUUID(), owner, rules, clock.instant());
        if (!slots.tryAcquire()) {
            int seconds = secondsUntilAThreadFrees();
            throw new Refused(503, seconds, Refused.BUSY, maxConcurrent, seconds);
        }
        try {
            job.future = workers.submit(() -> {
                if (!job.claimed.compareAndSet(false, true)) {
                    return; // cancelled before it started; the canceller freed the slot
                }
                try {
                    run(job, content);
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException busy) {
            slots.release();
            int seconds = secondsUntilAThreadFrees();
            throw new Refused(503, seconds, Refused.BUSY, maxConcurrent, seconds);
        }
        jobs.put(job.id(), job);
        watchdog.schedule(() -> {
            if (job.end(Status.FAILED, null, new Refused(422, Refused.TIME_LIMIT, timeLimit.toSeconds()), clock.instant())) {
                stopWorker(job);
            }
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        keepAtMostPerUser(owner);
        return job;
    }

    /** The signed-in user's own job, if it is still kept; another user's job is never found. */
    @PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
    public Optional<Job> job(UUID id) {
        String owner = currentUser.require().username();
        Job job = jobs.get(id);
        return job != null && job.owner().equals(owner) ? Optional.of(job) : Optional.empty();
    }

    /**
     * Cancels the signed-in user's running job (its thread stops at the next check); false if
     * not found or already ended.
     */
    @PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
    public boolean cancel(UUID id) {
        Optional<Job> job = job(id);
        if (job.isEmpty()) {
            return false;
        }
        Job j = job.get();
        if (j.end(Status.CANCELLED, null, new Refused(409, Refused.CANCELLED), clock.instant())) {
            stopWorker(j);
            return true;
        }
        return false;
    }

    /**
     * Interrupts the job's worker; a job whose worker had not started yet never will (a
     * cancelled task is not run), so its slot is freed here instead of by the worker.
     */
    private void stopWorker(Job job) {
        job.future.cancel(true);
        if (job.claimed.compareAndSet(false, true)) {
            slots.release();
        }
    }

    /**
     * Waits up to {@code wait} for the job to end (the API's short synchronous window, on a
     * request thread but bounded); true when it has.
     */
    public boolean await(Job job, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!job.finished()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                job.future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException
                     | java.util.concurrent.CancellationException e) {
                // Polled again: the job's own status says how it ended.
            }
        }
        return true;
    }

    /**
     * Allocations computing now (replays and cycles' allocations), including one past its limit
     * that has not reached a check yet.
     */
    public int running() {
        return maxConcurrent - slots.availablePermits();
    }

    /**
     * Runs {@code work} on the calling thread in one of the computing slots that replays use,
     * waiting until one is free: how a cycle's allocation, which runs as a process job, keeps to
     * the same bound as the replays (two big computations at most, whoever started them).
     *
     * @throws InterruptedException when the thread is interrupted while it waits (cancelled)
     */
    public <T> T inSlot(java.util.function.Supplier<T> work) throws InterruptedException {
        slots.acquire();
        Thread thread = Thread.currentThread();
        int priority = thread.getPriority();
        // Below the request threads while it computes, as the replays' own threads are.
        thread.setPriority(Math.min(priority, Thread.NORM_PRIORITY - 1));
        try {
            return work.get();
        } finally {
            thread.setPriority(priority);
            slots.release();
        }
    }

    /** The most voters times projects a replayed election may have. */
    public long maxCells() {
        return maxCells;
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    private void run(Job job, byte[] content) {
        try {
            Replayed replayed = Progress.reporting((step, done, total) -> progress(job, step, done, total),
                    () -> compute(job, content));
            job.end(Status.DONE, replayed, null, clock.instant());
        } catch (DomainException e) {
            job.end(Status.FAILED, null, e, clock.instant());
        } catch (Interrupted e) {
            // Stopped by the watchdog or a cancel, which already ended the job.
            job.end(Status.FAILED, null, new Refused(422, Refused.TIME_LIMIT, timeLimit.toSeconds()), clock.instant());
        } catch (RuntimeException | OutOfMemoryError e) {
            job.end(Status.FAILED, null, new DomainException("pb.replay.error.unexpected"), clock.instant());
            if (e instanceof OutOfMemoryError) {
                throw e;
            }
        }
    }

    private void progress(Job job, Progress.Step step, long done, long total) {
        if (step == Progress.Step.FUNDED) {
            return; // the bar stays at the rule's share; the core runs count (see percent())
        }
        job.step = step;
        int rules = Math.max(1, job.rules().size());
        switch (step) {
            case READING -> job.percent = total > 0 ? (int) (60 * done / total) : 0;
            case FUNDED -> {
            }
            case GREEDY, EQUAL_SHARES -> {
                int index = Math.max(0, job.rules().indexOf(step == Progress.Step.GREEDY
                        ? AllocationRule.GREEDY : AllocationRule.EQUAL_SHARES));
                job.percent = 60 + 40 * index / rules;
                if (step == Progress.Step.EQUAL_SHARES) {
                    job.coreRuns = done;
                }
            }
        }
    }

    private Replayed compute(Job job, byte[] content) {
        String text = text(content);
        // Counted before reading: a row costs a few hundred bytes while read, so a file of a
        // million short lines (12 MB) is refused before it takes half a gigabyte.
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        if (lines > maxLines) {
            throw new Refused(413, Refused.TOO_MANY_LINES, lines, maxLines);
        }
        PabulibParser.Parsed parsed = parser.parseWithWarnings(text);
        PbInstance instance = parsed.instance();
        long voters = instance.ballots().size();
        long projects = instance.projects().size();
        // Equal Shares keeps a count per project for each kind of ballot, not for each voter
        // (Wrocław's 131,778 voters cast 257 kinds): so kinds × projects bounds its memory.
        if (voters * projects > maxCells) {
            long kinds = distinctBallots(instance);
            if (kinds * projects > maxCells) {
                throw new Refused(413, Refused.TOO_BIG, kinds, projects, maxCells);
            }
        }
        Map<AllocationRule, Allocation> outcomes = new LinkedHashMap<>();
        for (AllocationRule rule : job.rules()) {
            Progress.report(rule == AllocationRule.GREEDY ? Progress.Step.GREEDY : Progress.Step.EQUAL_SHARES, 0, -1);
            outcomes.put(rule, allocate(instance, rule));
        }
        PbInstance withoutBallots = new PbInstance(instance.meta(), instance.budget(), instance.voteType(),
                instance.projects(), List.of());
        return new Replayed(withoutBallots, (int) voters, points(instance), Collections.unmodifiableMap(outcomes),
                parsed.warnings());
    }

    /** How many different ballots (lists of projects) the election has. */
    private static long distinctBallots(PbInstance instance) {
        java.util.Set<List<String>> kinds = new java.util.HashSet<>();
        for (var ballot : instance.ballots()) {
            kinds.add(ballot.projects()); // one pass, at most max-lines ballots: no interrupt check needed
        }
        return kinds.size();
    }

    /**
     * The file's text: UTF-8, or gzip-compressed UTF-8 (recognised by its first two bytes),
     * decompressed only up to {@link #MAX_BYTES} so a small archive cannot fill the memory.
     */
    static String text(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
                byte[] inflated = in.readNBytes(MAX_BYTES + 1);
                if (inflated.length > MAX_BYTES) {
                    throw new Refused(413, Refused.TOO_LARGE, MAX_BYTES / (1024 * 1024));
                }
                return new String(inflated, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new Refused(400, Refused.BAD_GZIP);
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * Points per project when the ballots carry them (cumulative, scoring, and the ordinal files
     * that write each rank's points): the sum of positive points; empty otherwise.
     */
    static Map<String, BigDecimal> points(PbInstance instance) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        boolean any = false;
        for (PbBallot b : instance.ballots()) {
            if (!b.hasPoints()) {
                continue;
            }
            any = true;
            for (int k = 0; k < b.projects().size(); k++) {
                BigDecimal p = b.points().get(k);
                if (p.signum() > 0) {
                    sums.merge(b.projects().get(k), p, BigDecimal::add);
                }
            }
        }
        if (!any) {
            return Map.of();
        }
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        instance.projects().forEach(p -> all.put(p.id(), sums.getOrDefault(p.id(), BigDecimal.ZERO)));
        return Collections.unmodifiableMap(all);
    }

    /** Without the limits of {@link #start}: for the platform's own elections, not for files. */
    public Allocation allocate(PbInstance instance, AllocationRule rule) {
        return switch (rule) {
            case GREEDY -> new GreedyRule().allocate(instance);
            case EQUAL_SHARES -> new EqualSharesRule().allocate(instance);
        };
    }

    /**
     * The soonest a running replay is expected to end: from its progress so far when it has
     * made some, else at its time limit; at least 1 s.
     */
    int secondsUntilAThreadFrees() {
        Instant now = clock.instant();
        double soonest = timeLimit.toSeconds();
        for (Job job : jobs.values()) {
            if (job.finished()) {
                continue;
            }
            double elapsed = Duration.between(job.started(), now).toMillis() / 1000.0;
            double byLimit = timeLimit.toSeconds() - elapsed;
            double byProgress = job.percent() > 5 ? elapsed * (100 - job.percent()) / job.percent() : byLimit;
            soonest = Math.min(soonest, Math.min(byLimit, byProgress));
        }
        return (int) Math.max(1, Math.ceil(soonest));
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(keep);
        jobs.values().removeIf(j -> j.ended().map(e -> e.isBefore(cutoff)).orElse(false));
    }

    private void keepAtMostPerUser(String owner) {
        List<Job> finished = new ArrayList<>(jobs.values().stream()
                .filter(j -> j.owner().equals(owner) && j.finished()).toList());
        finished.sort(Comparator.comparing(Job::started));
        int running = (int) jobs.values().stream().filter(j -> j.owner().equals(owner) && !j.finished()).count();
        while (finished.size() + running > JOBS_PER_USER && !finished.isEmpty()) {
            jobs.remove(finished.remove(0).id());
        }
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
     * The exception's message arguments; for a file error with numbers as plain text: MessageFormat
     * would otherwise print line 1234 as "1.234" in Turkish, which reads like a decimal.
     */
    public static Object[] messageArgs(DomainException e) {
        if (!(e instanceof PabulibFormatException)) {
            return e.args(); // counts and limits read better grouped: "10.000 seçmen"
        }
        return Arrays.stream(e.args()).map(a -> a instanceof Number ? a.toString() : a).toArray();
    }
}
