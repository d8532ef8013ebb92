package tr.bel.izmir.bizizmir.budgeting;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.allocation.Progress;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.security.SystemActor;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteFixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cycle's allocation computes in its process job, off the thread that closed the vote, in one
 * of the computing slots the replays use (DD033): with both slots taken by big computations it
 * waits, staff see that from any page and stop it, the process then waits for them instead of
 * retrying into an incident, and starting it again computes the allocation for review. Real
 * PostgreSQL, the real BudgetAllocationProcess; the job is executed on a thread of its own, as
 * the job executor would (the suite's executor is off so that tests drive jobs themselves).
 */
@IntegrationTest
class CycleAllocationRunsIT {

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired VoteFixtures fixtures;
    @Autowired BudgetAllocations allocations;
    @Autowired CycleAllocationRuns runs;
    @Autowired tr.bel.izmir.bizizmir.budgeting.internal.AllocationRunBoard board;
    @Autowired tr.bel.izmir.bizizmir.security.CurrentUser currentUser;
    @Autowired PbReplay replay;
    @Autowired PbCycles cycles;
    @Autowired PublicVotes votes;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    PbCycleInfo cycle;
    long neighbourhoodId;
    long a, b, c;
    HeldSlots heldSlots;

    @BeforeEach
    void cycleWithAClosedVote() {
        neighbourhoodId = fixtures.neighbourhood("Hesap");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = IzmirTime.now(Clock.systemUTC()).toLocalDate();
        cycle = SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhoodId, "Hesaplama döngüsü " + tag, Money.ofLira(300_000),
                CyclePhase.VOTING, today.minusDays(60), today.minusDays(30), today, today, 0, 3, 16,
                BallotRule.K_APPROVAL, AllocationRule.EQUAL_SHARES)));
        a = fixtures.proposal(cycle, "Parka bank " + tag, "FEASIBLE", 100_000);
        b = fixtures.proposal(cycle, "Sokak lambası " + tag, "FEASIBLE", 150_000);
        c = fixtures.proposal(cycle, "Oyun alanı " + tag, "FEASIBLE", 200_000);
        VoteInfo vote = SystemActor.call(() -> voteSchedule.scheduleCycleVote(cycle.getId(), 2, false));
        fixtures.runDueJobs(vote.getId());
        vote = votes.require(vote.getId());
        java.util.Map<Long, Long> optionOf = new java.util.HashMap<>();
        votes.optionsOf(vote).forEach(o -> optionOf.put(o.getProposalId(), o.getId()));
        voteId = vote.getId();
        for (List<Long> choice : List.of(List.of(a, b), List.of(a, c), List.of(c), List.of(b, c))) {
            String voter = fixtures.resident("hesap", neighbourhoodId, 1985);
            List<Long> options = choice.stream().map(optionOf::get).toList();
            RunAs.user(voter, () -> votes.cast(voteId, options, UUID.randomUUID().toString()), "resident");
        }
    }

    long voteId;

    @AfterEach
    void freeSlots() throws InterruptedException {
        if (heldSlots != null) {
            heldSlots.close();
        }
    }

    Optional<CycleAllocationRuns.State> stateAsBudgetOffice() {
        return RunAs.user("butce", () -> runs.state(cycle.getId()), "officer", "dept-budget");
    }

    String processInstance() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(cycle.getId().toString()).singleResult().getId();
    }

    Job allocationJob() {
        return management.createJobQuery().processInstanceId(processInstance())
                .activityId(BudgetAllocationProcess.TASK_ALLOCATE).singleResult();
    }

    /** Executes the job on a thread of its own, as the job executor does; returns the thread. */
    Thread executeInBackground(Job job, AtomicReference<Throwable> failure) {
        return inBackground("test-job-executor", () -> management.executeJob(job.getId()), failure);
    }

    /** Runs {@code work} on a thread of its own, keeping what it throws in {@code failure}; returns the started thread. */
    static Thread inBackground(String name, Runnable work, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name);
        t.start();
        return t;
    }

    /** Takes every computing slot with a computation that lasts until the test ends, as two big replays would. */
    void takeEverySlot() throws InterruptedException {
        heldSlots = HeldSlots.takeAll(replay);
    }

    CycleAllocationRuns.State awaitState(Predicate<CycleAllocationRuns.State> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Optional<CycleAllocationRuns.State> state = stateAsBudgetOffice();
        while (state.map(wanted::test).orElse(false) == false && System.nanoTime() < deadline) {
            Thread.sleep(20); // polling the state, as the page does, until the condition holds
            state = stateAsBudgetOffice();
        }
        assertThat(state).as("state of the cycle's allocation").get().matches(wanted);
        return state.orElseThrow();
    }

    @Test
    void the_allocation_waits_for_a_slot_is_stopped_by_staff_and_computes_when_started_again() throws Exception {
        fixtures.closeNow(voteId);
        // Closing the vote computed nothing: the allocation is a job of the process.
        assertThat(cycles.require(cycle.getId()).getPhase()).isEqualTo(CyclePhase.ALLOCATION);
        assertThat(RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget")).isEmpty();
        assertThat(stateAsBudgetOffice()).get().extracting(CycleAllocationRuns.State::status)
                .isEqualTo(CycleAllocationRuns.Status.QUEUED);

        // Two big computations hold both slots: the job's thread waits, and any page sees that.
        takeEverySlot();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread job = executeInBackground(allocationJob(), failure);
        var waiting = awaitState(s -> s.status() == CycleAllocationRuns.Status.WAITING);
        assertThat(waiting.percent()).isZero();
        assertThat(RunAs.user("koordinator", () -> runs.unsettled(), "coordinator")).contains(cycle.getId());

        // Someone without the right may neither watch nor stop it.
        assertThatThrownBy(() -> RunAs.user("katilim", () -> runs.cancel(cycle.getId()), "officer", "dept-participation"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // The coordinator stops it: the job ends without an error, the process waits for the budget office.
        assertThat(RunAs.user("koordinator", () -> runs.cancel(cycle.getId()), "coordinator")).isTrue();
        job.join(20_000);
        assertThat(job.isAlive()).isFalse();
        assertThat(failure.get()).as("the job ended cleanly, no retry").isNull();
        var stopped = awaitState(s -> s.status() == CycleAllocationRuns.Status.STOPPED);
        assertThat(stopped.reason()).contains(CycleAllocationRuns.StopReason.CANCELLED);
        assertThat(stopped.by()).contains("koordinator");
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance()).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(processInstance()).withException().count()).isZero();
        var task = taskService.createTaskQuery().processInstanceId(processInstance()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(BudgetAllocationProcess.TASK_STOPPED);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(l -> "dept-budget".equals(l.getGroupId()));
        assertThat((String) taskService.getVariable(task.getId(), BudgetAllocationProcess.VAR_STOP_SUMMARY)).contains("koordinator");
        assertThat(RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget"))
                .as("nothing stored").isEmpty();

        // The slots free; the budget office starts it again and it computes, ending at the review.
        heldSlots.release();
        RunAs.user("butce", () -> runs.rerun(cycle.getId()), "officer", "dept-budget");
        assertThatThrownBy(() -> RunAs.user("butce", () -> runs.rerun(cycle.getId()), "officer", "dept-budget"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("budget.run.error.not-stopped"));
        assertThat(stateAsBudgetOffice()).get().extracting(CycleAllocationRuns.State::status)
                .isEqualTo(CycleAllocationRuns.Status.QUEUED);
        Thread again = executeInBackground(allocationJob(), failure);
        again.join(60_000);
        assertThat(failure.get()).isNull();
        assertThat(stateAsBudgetOffice()).as("nothing computing or stopped any more").isEmpty();
        var review = taskService.createTaskQuery().processInstanceId(processInstance()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(BudgetAllocationProcess.TASK_REVIEW);
        var allocation = RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget").orElseThrow();
        assertThat(allocation.getVoters()).isEqualTo(4);
        assertThat(allocation.getSelected()).isNotEmpty();
    }

    /**
     * A stop that lands while Equal Shares computes, not while the run waits for a slot: the job
     * is held at the rule's first progress report (its first core run) until the coordinator, who
     * sees it running, has stopped it. The rule ends at its next check (no later report arrives),
     * and the process takes the same clean path as any stop: the budget office's task, nothing
     * stored, no incident.
     */
    @Test
    void a_stop_landing_inside_the_equal_shares_computation_ends_it_there() throws Exception {
        fixtures.closeNow(voteId);
        CountDownLatch inRule = new CountDownLatch(1);
        CountDownLatch stopRequested = new CountDownLatch(1);
        List<Progress.Step> reportsAfterStop = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Job job = allocationJob();
        Thread computing = inBackground("test-job-executor", () -> Progress.reporting((step, done, total) -> {
            if (stopRequested.getCount() == 0) {
                reportsAfterStop.add(step);
            } else if (step == Progress.Step.EQUAL_SHARES) {
                inRule.countDown();
                try {
                    stopRequested.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the stop's interrupt: the rule sees it next
                }
            }
        }, () -> {
            management.executeJob(job.getId());
            return null;
        }), failure);

        assertThat(inRule.await(20, TimeUnit.SECONDS)).as("the job reached Equal Shares").isTrue();
        var running = stateAsBudgetOffice().orElseThrow();
        assertThat(running.status()).isEqualTo(CycleAllocationRuns.Status.RUNNING);
        assertThat(running.percent()).isGreaterThanOrEqualTo(5);
        assertThat(RunAs.user("koordinator", () -> runs.cancel(cycle.getId()), "coordinator")).isTrue();
        stopRequested.countDown();
        computing.join(20_000);

        assertThat(computing.isAlive()).isFalse();
        assertThat(failure.get()).as("the job ended cleanly, no retry").isNull();
        assertThat(reportsAfterStop).as("the rule computed nothing more after the stop").isEmpty();
        var stopped = awaitState(s -> s.status() == CycleAllocationRuns.Status.STOPPED);
        assertThat(stopped.reason()).contains(CycleAllocationRuns.StopReason.CANCELLED);
        assertThat(stopped.by()).contains("koordinator");
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance()).count()).isZero();
        var task = taskService.createTaskQuery().processInstanceId(processInstance()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(BudgetAllocationProcess.TASK_STOPPED);
        assertThat(RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget"))
                .as("nothing stored").isEmpty();
        assertThat(board.find(cycle.getId())).as("the run left the board").isEmpty();
    }

    /**
     * A cluster of two: the allocation computes on one node (this context's service) while the
     * budget office's page is served by the other (a second service over the same database, with
     * nothing computing in it). That page sees the run waiting, and its stop button stops it on
     * the computing node, which then leaves the same clean state as a stop on its own node.
     */
    @Test
    void a_page_on_the_other_node_sees_the_run_and_stops_it() throws Exception {
        var otherNode = new CycleAllocationRuns(allocations, replay, runtime, management, taskService, currentUser,
                java.time.Clock.systemUTC(), board, java.time.Duration.ofMinutes(4), 300_000);
        try {
            fixtures.closeNow(voteId);
            takeEverySlot();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread job = executeInBackground(allocationJob(), failure);
            awaitState(s -> s.status() == CycleAllocationRuns.Status.WAITING);

            var seenThere = RunAs.user("butce", () -> otherNode.state(cycle.getId()), "officer", "dept-budget");
            assertThat(seenThere).as("the other node's page sees the run, not a queued job")
                    .get().extracting(CycleAllocationRuns.State::status).isEqualTo(CycleAllocationRuns.Status.WAITING);

            assertThat(RunAs.user("butce", () -> otherNode.cancel(cycle.getId()), "officer", "dept-budget")).isTrue();
            job.join(20_000);
            assertThat(job.isAlive()).as("the computing node stopped it").isFalse();
            assertThat(failure.get()).isNull();
            var stopped = awaitState(s -> s.status() == CycleAllocationRuns.Status.STOPPED);
            assertThat(stopped.reason()).contains(CycleAllocationRuns.StopReason.CANCELLED);
            assertThat(stopped.by()).contains("butce");
            assertThat(RunAs.user("butce", () -> otherNode.state(cycle.getId()), "officer", "dept-budget"))
                    .get().extracting(CycleAllocationRuns.State::status).isEqualTo(CycleAllocationRuns.Status.STOPPED);
            assertThat(board.find(cycle.getId())).as("the run left the board").isEmpty();
            assertThat(runtime.createIncidentQuery().processInstanceId(processInstance()).count()).isZero();
        } finally {
            otherNode.stop();
        }
    }

    /**
     * A run that outlasts its time limit (here 300 ms, waiting for a slot that two big
     * computations hold) is stopped by the watchdog, as a cancel would be: the process step gets
     * the stop with its reason, nothing is stored and the run leaves the cluster's board.
     */
    @Test
    void a_run_over_its_time_limit_is_stopped_by_the_watchdog() throws Exception {
        var shortLimit = new CycleAllocationRuns(allocations, replay, runtime, management, taskService, currentUser,
                java.time.Clock.systemUTC(), board, java.time.Duration.ofMillis(300), 300_000);
        try {
            fixtures.closeNow(voteId);
            takeEverySlot();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread computing = inBackground("computing-with-a-short-limit", () -> shortLimit.compute(cycle.getId()), thrown);
            computing.join(20_000);
            assertThat(computing.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOfSatisfying(CycleAllocationRuns.Stopped.class,
                    stop -> assertThat(stop.reason()).isEqualTo(CycleAllocationRuns.StopReason.TIME_LIMIT));
            assertThat(board.find(cycle.getId())).isEmpty();
            assertThat(RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget"))
                    .as("nothing stored").isEmpty();
        } finally {
            shortLimit.stop();
        }
    }

    /**
     * A run that fails (here: started before the vote closed, so there are no counted ballots)
     * leaves the same clear state instead of retries and an incident; the job's transaction
     * commits that state. Once the cause is gone, starting it again computes.
     */
    @Test
    void a_failed_allocation_waits_to_be_started_again_instead_of_becoming_an_incident() throws Exception {
        allocations.start(cycle.getId());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread job = executeInBackground(allocationJob(), failure);
        job.join(60_000);
        assertThat(failure.get()).as("the job ended cleanly, no retry").isNull();
        var stopped = awaitState(s -> s.status() == CycleAllocationRuns.Status.STOPPED);
        assertThat(stopped.reason()).contains(CycleAllocationRuns.StopReason.FAILED);
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance()).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(processInstance()).count()).isZero();
        var task = taskService.createTaskQuery().processInstanceId(processInstance()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(BudgetAllocationProcess.TASK_STOPPED);
        assertThat((String) taskService.getVariable(task.getId(), BudgetAllocationProcess.VAR_STOP_SUMMARY_EN))
                .startsWith("The allocation could not be computed");

        fixtures.closeNow(voteId);
        RunAs.user("koordinator", () -> runs.rerun(cycle.getId()), "coordinator");
        Thread again = executeInBackground(allocationJob(), failure);
        again.join(60_000);
        assertThat(failure.get()).isNull();
        assertThat(stateAsBudgetOffice()).isEmpty();
        assertThat(RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget")).get()
                .extracting(CycleAllocationInfo::getVoters).isEqualTo(4);
    }

    /**
     * A job the engine gave up on (failed outside the computation, e.g. the database, until no
     * retries were left: an incident) shows as failed too, and "compute again" gives it a retry
     * instead of leaving it to an administrator in Cockpit.
     */
    @Test
    void an_allocation_job_out_of_retries_shows_as_failed_and_starting_it_again_retries_it() {
        fixtures.closeNow(voteId);
        management.setJobRetries(allocationJob().getId(), 0); // as the engine does after the last failed retry
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance()).count()).isEqualTo(1);
        var stopped = stateAsBudgetOffice().orElseThrow();
        assertThat(stopped.status()).isEqualTo(CycleAllocationRuns.Status.STOPPED);
        assertThat(stopped.reason()).contains(CycleAllocationRuns.StopReason.FAILED);

        RunAs.user("butce", () -> runs.rerun(cycle.getId()), "officer", "dept-budget");
        assertThat(runtime.createIncidentQuery().processInstanceId(processInstance()).count()).isZero();
        assertThat(stateAsBudgetOffice()).get().extracting(CycleAllocationRuns.State::status)
                .isEqualTo(CycleAllocationRuns.Status.QUEUED);
        management.executeJob(allocationJob().getId());
        assertThat(taskService.createTaskQuery().processInstanceId(processInstance()).singleResult()
                .getTaskDefinitionKey()).isEqualTo(BudgetAllocationProcess.TASK_REVIEW);
    }
}
