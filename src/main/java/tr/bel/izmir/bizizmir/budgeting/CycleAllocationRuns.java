package tr.bel.izmir.bizizmir.budgeting;

import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.budgeting.allocation.Interrupted;
import tr.bel.izmir.bizizmir.budgeting.allocation.Progress;
import tr.bel.izmir.bizizmir.budgeting.internal.AllocationRunBoard;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A cycle's allocation as it computes (DD033): it runs in the allocation process's own job
 * ({@code asyncBefore}), never on a request thread, in one of the computing slots the replays
 * use ({@link PbReplay#inSlot}: two big computations at most, whoever started them), and staff
 * see where it is, stop it, and start it again.
 *
 * <p>A run in progress is kept here, in memory, with its thread, so that a cancel can interrupt
 * it (the rules stop at their next {@link Interrupted} check) and any page, reloaded or opened
 * by someone else, reads its progress. Everything else is the process's: a queued run is the
 * job waiting for the executor; a stopped run (cancelled, over the time limit, or failed) is
 * the BPMN error {@link BudgetAllocationProcess#ERROR_STOPPED} the delegate throws, which
 * leads to the budget office's task {@link BudgetAllocationProcess#TASK_STOPPED}: the reason
 * is in its variables, and completing it (or {@link #rerun}) computes again. So nothing is
 * left as an incident, and a restart of the application loses only the progress figure of a
 * run that the job executor then starts again.
 *
 * <p>The time limit ({@code bizizmir.allocation.time-limit}) must stay below the job executor's
 * lock time (5 minutes): past it the executor would hand the same job out a second time.
 */
@Service
public class CycleAllocationRuns {

    static final String BUDGET_OFFICE = "dept-budget";
    private static final Logger log = LoggerFactory.getLogger(CycleAllocationRuns.class);

    /** Why a run stopped; the process variable {@link BudgetAllocationProcess#VAR_STOP_REASON}. */
    public enum StopReason { CANCELLED, TIME_LIMIT, FAILED }

    /** Where a cycle's allocation is, for staff. */
    public enum Status {
        /** The job waits for the job executor. */
        QUEUED,
        /** Started, waiting for a free computing slot (two big computations already run). */
        WAITING,
        /** Computing; {@link State#percent} says how far. */
        RUNNING,
        /** Cancelled, over its time limit or failed; waits for someone to start it again. */
        STOPPED
    }

    /**
     * @param percent  0–100 while it runs: 5 when the computation starts, then the share of the
     *                 envelope the outcome so far spends (Equal Shares' completion raises it run by run)
     * @param reason   why it stopped (STOPPED only)
     * @param by       who cancelled it (CANCELLED only)
     * @param at       when it started (QUEUED, WAITING, RUNNING) or stopped
     */
    public record State(long cycleId, Status status, int percent, Optional<StopReason> reason, Optional<String> by,
                        Optional<Instant> at) {
        public boolean running() {
            return status != Status.STOPPED;
        }
    }

    /** Thrown by {@link #compute} when a run did not end in an allocation; the delegate turns it into the BPMN error. */
    public static final class Stopped extends RuntimeException {
        private final StopReason reason;
        private final String by;

        Stopped(StopReason reason, String by, Throwable cause) {
            super("allocation stopped: " + reason, cause, false, false);
            this.reason = reason;
            this.by = by;
        }

        public StopReason reason() {
            return reason;
        }

        /** Who cancelled it, or null. */
        public String by() {
            return by;
        }
    }

    /** One run in progress. Written by the computing thread, read by any request. */
    private static final class Run {
        final Thread thread;
        final Instant started;
        volatile Status status = Status.WAITING;
        volatile int percent;
        /** Set once, under the run's lock, by a cancel or the watchdog. */
        StopReason stop;
        String stoppedBy;
        /** True once the computation is over: later interrupts would hit the thread's database work. */
        boolean over;

        Run(Thread thread, Instant started) {
            this.thread = thread;
            this.started = started;
        }

        synchronized boolean stop(StopReason reason, String by) {
            if (over || stop != null) {
                return false;
            }
            stop = reason;
            stoppedBy = by;
            thread.interrupt();
            return true;
        }

        /** Ends the computation; clears an interrupt that a late cancel may have left. */
        synchronized void over() {
            over = true;
            Thread.interrupted();
        }
    }

    private final BudgetAllocations allocations;
    private final PbReplay replay;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration timeLimit;
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private final AllocationRunBoard board;
    /** This node's name on the board: the host and a random part (two instances on one host stay apart). */
    private final String node;

    /** How long a run's row on the board counts without a heartbeat (its node may have died). */
    static final Duration STALE = Duration.ofSeconds(30);

    public CycleAllocationRuns(BudgetAllocations allocations, PbReplay replay, RuntimeService runtime,
                               ManagementService management, TaskService tasks, CurrentUser currentUser, Clock clock,
                               AllocationRunBoard board,
                               @Value("${bizizmir.allocation.time-limit:PT4M}") Duration timeLimit,
                               @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long jobLockMillis) {
        if (timeLimit.toMillis() >= jobLockMillis) {
            // Past the lock the executor hands the job out again while the first run computes.
            log.warn("bizizmir.allocation.time-limit ({}) should stay below the job executor's lock time ({} ms)",
                    timeLimit, jobLockMillis);
        }
        this.allocations = allocations;
        this.replay = replay;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
        this.timeLimit = timeLimit;
        this.board = board;
        this.node = hostName() + ":" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cycle-allocation-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.watchdog = timer;
        timer.scheduleWithFixedDelay(this::mirror, 1, 1, TimeUnit.SECONDS);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }

    /**
     * Once a second: writes this node's runs (status, percent, heartbeat) to the board that every
     * node's pages read, and stops the runs someone asked to stop on another node.
     */
    void mirror() {
        if (runs.isEmpty()) {
            return;
        }
        try {
            Instant now = clock.instant();
            runs.forEach((cycleId, run) -> board.progress(cycleId, node, run.status.name(), run.percent, now));
            for (var request : board.stopRequests(node, runs.keySet())) {
                Run run = runs.get(request.cycleId());
                String by = request.stopRequestedBy().orElse(null);
                if (run != null && run.stop(StopReason.CANCELLED, by)) {
                    log.info("Cycle {}: allocation cancelled by {} (asked on another node)", request.cycleId(), by);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not mirror the allocation runs of this node to the board", e);
        }
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /**
     * Computes the cycle's allocation on this thread (the process job's), in a computing slot,
     * reporting progress. Called by the process only.
     *
     * @throws Stopped cancelled, over the time limit, or failed; nothing was stored
     */
    public BudgetAllocations.Review compute(long cycleId) {
        Run run = new Run(Thread.currentThread(), clock.instant());
        if (runs.putIfAbsent(cycleId, run) != null) {
            // The job was handed out again while the first run still computes (past the lock time).
            throw new IllegalStateException("The allocation of cycle " + cycleId + " is already computing");
        }
        board.started(cycleId, node, Status.WAITING.name(), run.started);
        var limit = watchdog.schedule(() -> {
            if (run.stop(StopReason.TIME_LIMIT, null)) {
                log.warn("Cycle {}: allocation stopped after its time limit of {}", cycleId, timeLimit);
            }
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            BudgetAllocations.Review review = replay.inSlot(() -> {
                run.status = Status.RUNNING;
                run.percent = 5;
                return Progress.reporting((step, done, total) -> {
                    if (step == Progress.Step.FUNDED && total > 0) {
                        run.percent = Math.max(run.percent, (int) (5 + 90 * done / total));
                    }
                }, () -> allocations.allocate(cycleId));
            });
            synchronized (run) {
                run.over();
                if (run.stop != null) {
                    // Stopped after the last check, before the end: as the one who stopped it was told.
                    throw new Stopped(run.stop, run.stoppedBy, null);
                }
            }
            return review;
        } catch (InterruptedException | Interrupted e) {
            synchronized (run) {
                if (run.stop == null) {
                    // Not a cancel nor the time limit: the job executor is shutting down. The job
                    // fails and, its lock expired, is computed again after the restart.
                    throw new IllegalStateException("The allocation of cycle " + cycleId + " was interrupted", e);
                }
                run.over();
                throw new Stopped(run.stop, run.stoppedBy, e);
            }
        } catch (BudgetAllocations.AllocationFailed e) {
            run.over();
            log.error("Cycle {}: the allocation failed", cycleId, e.getCause());
            throw new Stopped(StopReason.FAILED, null, e);
        } finally {
            run.over();
            limit.cancel(false);
            runs.remove(cycleId, run);
            board.ended(cycleId, node);
        }
    }

    /** Whether the signed-in user may watch, stop and restart allocations: coordinators, admins, the budget office. */
    public boolean mayWatch() {
        return currentUser.get().map(u -> u.hasRole(AppRoles.COORDINATOR) || u.hasRole(AppRoles.ADMIN)
                || u.groups().contains(BUDGET_OFFICE)).orElse(false);
    }

    /** The cycles whose allocation is computing, queued or stopped now, for the coordinators' screen. */
    @PreAuthorize("hasAnyRole('coordinator','admin') or hasAuthority('GROUP_dept-budget')")
    public java.util.List<Long> unsettled() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY).active().list().stream()
                .map(p -> p.getBusinessKey()).filter(k -> k != null && k.chars().allMatch(Character::isDigit))
                .map(Long::valueOf).filter(id -> state(id).isPresent()).sorted().toList();
    }

    /** Where the cycle's allocation is, if it is computing, queued or stopped; empty otherwise (under review, published). */
    @PreAuthorize("hasAnyRole('coordinator','admin') or hasAuthority('GROUP_dept-budget')")
    public Optional<State> state(long cycleId) {
        Run run = runs.get(cycleId);
        if (run != null) {
            return Optional.of(new State(cycleId, run.status, run.percent, Optional.empty(), Optional.empty(),
                    Optional.of(run.started)));
        }
        var elsewhere = onTheBoard(cycleId);
        if (elsewhere.isPresent()) {
            // Computing on another node of the cluster: as that node last wrote it, at most a second ago.
            var e = elsewhere.get();
            return Optional.of(new State(cycleId, Status.valueOf(e.status()), e.percent(), Optional.empty(), Optional.empty(),
                    Optional.of(e.startedAt())));
        }
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(cycleId)).active().singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        var stopped = stoppedTask(cycleId);
        if (stopped.isPresent()) {
            Map<String, Object> v = runtime.getVariables(instance.getId());
            StopReason reason = Optional.ofNullable((String) v.get(BudgetAllocationProcess.VAR_STOP_REASON))
                    .map(StopReason::valueOf).orElse(StopReason.FAILED);
            return Optional.of(new State(cycleId, Status.STOPPED, 0, Optional.of(reason),
                    Optional.ofNullable((String) v.get(BudgetAllocationProcess.VAR_STOPPED_BY)),
                    Optional.ofNullable(stopped.get().getCreateTime()).map(java.util.Date::toInstant)));
        }
        var job = management.createJobQuery().processInstanceId(instance.getId())
                .activityId(BudgetAllocationProcess.TASK_ALLOCATE).singleResult();
        if (job != null && job.getRetries() <= 0) {
            // Failed outside the computation (database, memory) until the engine gave up: an
            // incident, which "compute again" resolves by giving the job a retry.
            return Optional.of(new State(cycleId, Status.STOPPED, 0, Optional.of(StopReason.FAILED), Optional.empty(),
                    Optional.ofNullable(job.getDuedate()).map(java.util.Date::toInstant)));
        }
        if (job != null) {
            return Optional.of(new State(cycleId, Status.QUEUED, 0, Optional.empty(), Optional.empty(),
                    Optional.ofNullable(job.getCreateTime()).map(java.util.Date::toInstant)));
        }
        return Optional.empty();
    }

    /**
     * Stops the cycle's running allocation: its thread is interrupted and the rules stop at their
     * next check; the process then waits for someone to start it again. False when nothing of
     * it computes on this node now (queued runs are not stopped: they have not started).
     */
    @PreAuthorize("hasAnyRole('coordinator','admin') or hasAuthority('GROUP_dept-budget')")
    public boolean cancel(long cycleId) {
        String who = currentUser.require().username();
        Run run = runs.get(cycleId);
        if (run == null) {
            // Computing on another node: that node reads the request within a second and stops it.
            boolean asked = onTheBoard(cycleId).isPresent() && board.requestStop(cycleId, who, clock.instant());
            if (asked) {
                log.info("Cycle {}: {} asked the node computing the allocation to stop it", cycleId, who);
            }
            return asked;
        }
        if (!run.stop(StopReason.CANCELLED, who)) {
            return false;
        }
        log.info("Cycle {}: allocation cancelled by {}", cycleId, who);
        return true;
    }

    /** The cycle's run as another node last wrote it, unless that node has not written for a while (it may have died). */
    private Optional<AllocationRunBoard.Entry> onTheBoard(long cycleId) {
        return board.find(cycleId).filter(e -> !e.node().equals(node))
                .filter(e -> e.heartbeatAt().isAfter(clock.instant().minus(STALE)));
    }

    /**
     * Starts a stopped allocation again: completes the budget office's "stopped" task, and the
     * process computes in a new job; or, when the job failed outside the computation until the
     * engine gave up (an incident), gives it one more retry.
     *
     * @throws DomainException {@code budget.run.error.not-stopped} when it is not stopped
     */
    @PreAuthorize("hasAnyRole('coordinator','admin') or hasAuthority('GROUP_dept-budget')")
    public void rerun(long cycleId) {
        String who = currentUser.require().username();
        var task = stoppedTask(cycleId);
        if (task.isPresent()) {
            tasks.complete(task.get().getId(), Variables.createVariables()
                    .putValue("completedBy_" + BudgetAllocationProcess.TASK_STOPPED, who));
        } else {
            var job = exhaustedJob(cycleId).orElseThrow(() -> new DomainException.Conflict("budget.run.error.not-stopped"));
            management.setJobRetries(job.getId(), 1);
        }
        log.info("Cycle {}: allocation started again by {}", cycleId, who);
    }

    /** The allocate job of the cycle's process when the engine has given up retrying it (an incident). */
    private Optional<org.camunda.bpm.engine.runtime.Job> exhaustedJob(long cycleId) {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(cycleId)).active().singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(BudgetAllocationProcess.TASK_ALLOCATE).noRetriesLeft().singleResult());
    }

    private Optional<org.camunda.bpm.engine.task.Task> stoppedTask(long cycleId) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(cycleId)).taskDefinitionKey(BudgetAllocationProcess.TASK_STOPPED)
                .singleResult());
    }
}
