package tr.bel.izmir.bizizmir.budgeting;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.budgeting.allocation.GreedyRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteFixtures;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The allocation on the real application and PostgreSQL, fed by the real public vote: residents
 * cast ballots, the vote closes, the envelope is tallied and allocated, the budget office sends
 * it back once and then approves, results are published and the winners become implementation
 * projects; the cycle's pabulib export reads back to the same allocation.
 */
@IntegrationTest
class BudgetAllocationIT {

    @Autowired VoteFixtures fixtures;
    @Autowired ApplicationEventPublisher events;

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired TransactionTemplate transaction;
    @Autowired BudgetAllocations allocations;
    @Autowired AllocationControls allocationControls;
    @Autowired ImplementationProjects projects;
    @Autowired PbCycles cycles;
    @Autowired ResidentRegistry residents;
    @Autowired PublicVotes votes;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @LocalServerPort int port;

    PbCycleInfo cycle;
    long neighbourhoodId;
    long a, b, c, d, e;
    VoteInfo vote;
    Map<Long, Long> optionOf;

    /**
     * Envelope 500,000, at most four projects per ballot. Greedy by votes: D (6 votes) costs more
     * than the envelope; A (5) fits, 300,000 left; B (4) costs 350,000
     * and no longer fits; C (3) fits; E has no votes.
     */
    @BeforeEach
    void cycleWithAnOpenVote() {
        neighbourhoodId = fixtures.neighbourhood("Butce");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = IzmirTime.now(Clock.systemUTC()).toLocalDate();
        cycle = SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhoodId, "Bütçe döngüsü " + tag, Money.ofLira(500_000),
                CyclePhase.VOTING, today.minusDays(60), today.minusDays(30), today, today, 0, 3, 16,
                BallotRule.K_APPROVAL, AllocationRule.GREEDY)));
        a = fixtures.proposal(cycle, "Parka gölgelik " + tag, "FEASIBLE", 200_000);
        b = fixtures.proposal(cycle, "Kaldırım onarımı " + tag, "FEASIBLE", 350_000);
        c = fixtures.proposal(cycle, "Kütüphaneye kitap " + tag, "FEASIBLE", 100_000);
        d = fixtures.proposal(cycle, "Kapalı spor salonu " + tag, "FEASIBLE", 600_000);
        e = fixtures.proposal(cycle, "Süs havuzu " + tag, "FEASIBLE", 50_000);
        vote = SystemActor.call(() -> voteSchedule.scheduleCycleVote(cycle.getId(), 4, false));
        fixtures.runDueJobs(vote.getId());
        vote = votes.require(vote.getId());
        optionOf = new java.util.HashMap<>();
        votes.optionsOf(vote).forEach(o -> optionOf.put(o.getProposalId(), o.getId()));
        assertThat(optionOf).as("the five feasible proposals are on the open ballot").hasSize(5);
    }

    /** Six residents vote through the voting feature; its closing timer fires. */
    void closeVote() {
        List<List<Long>> choices = List.of(List.of(d, a, b), List.of(d, a, b), List.of(d, a, c), List.of(d, a, c),
                List.of(d, a, b, c), List.of(d, b));
        for (List<Long> choice : choices) {
            String voter = fixtures.resident("butce", neighbourhoodId, 1990);
            List<Long> options = choice.stream().map(optionOf::get).toList();
            RunAs.user(voter, () -> votes.cast(vote.getId(), options, UUID.randomUUID().toString()), "resident");
        }
        fixtures.closeNow(vote.getId());
    }

    void runJobs() {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(cycle.getId().toString()).singleResult();
        management.createJobQuery().processInstanceId(instance.getId()).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    Task reviewTask() {
        return taskService.createTaskQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(cycle.getId().toString()).singleResult();
    }

    @Test
    void a_closed_vote_is_allocated_reviewed_sent_back_approved_published_and_exported() throws Exception {
        closeVote();
        assertThat(cycles.require(cycle.getId()).getPhase()).isEqualTo(CyclePhase.ALLOCATION);
        runJobs();

        Task review = reviewTask();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(BudgetAllocationProcess.TASK_REVIEW);
        assertThat(review.getDueDate()).isInTheFuture();
        var draft = RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget").orElseThrow();
        assertThat(draft.isPublished()).isFalse();
        assertThat(allocations.published(cycle.getId())).as("nothing public before approval").isEmpty();
        assertThat(draft.getVoters()).isEqualTo(6);
        assertThat(draft.getTotalCost()).isEqualTo(Money.ofLira(300_000));
        assertThat(draft.getLines()).extracting(AllocationLine::getProposalId, AllocationLine::getVotes, AllocationLine::getOutcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(d, 6, ProjectOutcome.DID_NOT_FIT),
                        org.assertj.core.groups.Tuple.tuple(a, 5, ProjectOutcome.SELECTED),
                        org.assertj.core.groups.Tuple.tuple(b, 4, ProjectOutcome.DID_NOT_FIT),
                        org.assertj.core.groups.Tuple.tuple(c, 3, ProjectOutcome.SELECTED),
                        org.assertj.core.groups.Tuple.tuple(e, 0, ProjectOutcome.NOT_ENOUGH_SUPPORT));
        assertThat(draft.getSelected()).extracting(AllocationLine::getProposalId).containsExactly(a, c);

        // Sending back needs a reason: refused whole, the task stays.
        assertThatThrownBy(() -> RunAs.user("butce", () -> inbox.complete(review.getId(), Map.of(
                BudgetAllocationProcess.VAR_DECISION, BudgetAllocationProcess.RETURN)), "officer", "dept-budget"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("budget.error.return-reason"));
        assertThat(reviewTask()).isNotNull();

        RunAs.user("butce", () -> inbox.complete(review.getId(), Map.of(
                BudgetAllocationProcess.VAR_DECISION, BudgetAllocationProcess.RETURN,
                BudgetAllocationProcess.VAR_RETURN_REASON, "Kaldırım projesinin maliyeti kontrol edilsin")),
                "officer", "dept-budget");
        runJobs();
        var recounted = RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget").orElseThrow();
        assertThat(recounted.getRounds()).isEqualTo(2);
        assertThat(recounted.getReturnReason()).isEqualTo("Kaldırım projesinin maliyeti kontrol edilsin");
        assertThat(recounted.getReturnedBy()).isEqualTo("butce");

        RunAs.user("butce", () -> inbox.complete(reviewTask().getId(), Map.of(
                BudgetAllocationProcess.VAR_DECISION, BudgetAllocationProcess.APPROVE)), "officer", "dept-budget");

        var published = allocations.published(cycle.getId()).orElseThrow();
        assertThat(published.getApprovedBy()).isEqualTo("butce");
        assertThat(published.getPublishedAt()).isNotNull();
        assertThat(cycles.require(cycle.getId()).getPhase()).isEqualTo(CyclePhase.IMPLEMENTATION);
        assertThat(projects.ofCycle(cycle.getId())).extracting(ImplementationProjectInfo::getProposalId,
                        ImplementationProjectInfo::getStatus, ImplementationProjectInfo::getProgress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, ImplementationStatus.PLANNED, 0),
                        org.assertj.core.groups.Tuple.tuple(c, ImplementationStatus.PLANNED, 0));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(cycle.getId().toString()).count()).isZero();

        // Export → import → the same allocation; ballots carry only sequential numbers.
        String pb = RunAs.user("butce", () -> allocations.exportPb(cycle.getId()), "officer", "dept-budget");
        PbInstance back = new PabulibParser().parse(pb);
        assertThat(back.budget()).isEqualByComparingTo(new BigDecimal("500000"));
        assertThat(back.ballots()).extracting(bal -> bal.voterId()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(new GreedyRule().allocate(back).selected())
                .containsExactly(Long.toString(a), Long.toString(c));
        assertThat(back.projects()).allSatisfy(p -> assertThat(p.selected())
                .isEqualTo(published.getSelected().stream().anyMatch(l -> Long.toString(l.getProposalId()).equals(p.id()))));
        assertThat(back.rule()).contains("greedy");

        // The same over HTTP: the budget office only.
        assertThat(get("/api/v1/pb/cycles/" + cycle.getId() + "/export.pb", "butce").body()).isEqualTo(pb);
        assertThat(get("/api/v1/pb/cycles/" + cycle.getId() + "/export.pb", "memur").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/pb/cycles/" + cycle.getId() + "/export.pb", null).statusCode()).isEqualTo(401);
        var results = get("/api/v1/public/pb/cycles/" + cycle.getId() + "/results", null);
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("\"outcome\":\"DID_NOT_FIT\"", "\"totalCost\":300000");

        // A cycle that was never voted and allocated has nothing to export: a clear 409, not a crash.
        LocalDate today = IzmirTime.now(Clock.systemUTC()).toLocalDate();
        PbCycleInfo unvoted = SystemActor.call(() -> cycles.open(new CycleSpec(fixtures.neighbourhood("Oylanmamis"), "Oylanmamış döngü", Money.ofLira(100_000),
                CyclePhase.VOTING, today.minusDays(60), today.minusDays(30), today.plusDays(10), today.plusDays(20),
                0, 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)));
        assertThat(RunAs.user("butce", () -> allocations.exportable(unvoted.getId()), "officer", "dept-budget")).isFalse();
        var refused = get("/api/v1/pb/cycles/" + unvoted.getId() + "/export.pb", "butce");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("budget.error.not-allocated");
    }

    static void refusedWith(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    AllocationControl rerunAsCoordinator(java.util.Collection<Long> exclude, String reason) {
        return RunAs.user("koordinator", () -> allocationControls.rerun(cycle.getId(), exclude, reason), "coordinator");
    }

    @Test
    void a_coordinator_re_runs_the_allocation_under_review_without_a_withdrawn_project_only_in_that_phase() {
        refusedWith(() -> rerunAsCoordinator(List.of(), "Henüz oylama sürüyor"), "budget.rerun.error.phase");
        closeVote();
        refusedWith(() -> rerunAsCoordinator(List.of(), "Sayım daha yapılmadı"), "budget.rerun.error.not-computed");
        runJobs();
        String firstReview = reviewTask().getId();

        assertThatThrownBy(() -> RunAs.user("memur", () -> allocationControls.rerun(cycle.getId(), List.of(a), "Memur"), "officer", "dept-parks"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        refusedWith(() -> rerunAsCoordinator(List.of(a), " "), "budget.rerun.error.reason-required");
        refusedWith(() -> rerunAsCoordinator(List.of(a, 987654321L), "Olmayan proje"), "budget.rerun.error.not-on-ballot");
        refusedWith(() -> rerunAsCoordinator(List.of(a, b, c, d, e), "Hepsi"), "budget.rerun.error.nothing-left");
        assertThat(reviewTask().getId()).as("every refusal left the review where it was").isEqualTo(firstReview);
        assertThat(allocationControls.history(cycle.getId())).isEmpty();

        // The shade project is paid from another budget: it leaves the ballots, the rest is allocated again.
        rerunAsCoordinator(List.of(a), "Gölgelik başka bütçeden yapılacak; oylardan çıkarıldı.");
        assertThat(reviewTask()).as("the review ended; the tally runs as a job").isNull();
        refusedWith(() -> rerunAsCoordinator(List.of(a), "İkinci kez, sayım sürerken"), "budget.rerun.error.process");
        runJobs();
        assertThat(reviewTask().getId()).isNotEqualTo(firstReview);
        var rerun = RunAs.user("butce", () -> allocations.current(cycle.getId()), "officer", "dept-budget").orElseThrow();
        assertThat(rerun.getLines()).extracting(AllocationLine::getProposalId).doesNotContain(a).contains(b, c, d, e);
        assertThat(rerun.getSelected()).extracting(AllocationLine::getProposalId).containsExactly(b, c);
        assertThat(rerun.getTotalCost()).isEqualTo(Money.ofLira(450_000));
        assertThat(allocationControls.history(cycle.getId())).singleElement().satisfies(r -> {
            assertThat(r.getActedBy()).isEqualTo("koordinator");
            assertThat(r.getExcludedProposals()).containsExactly(a);
            assertThat(r.getReason()).isEqualTo("Gölgelik başka bütçeden yapılacak; oylardan çıkarıldı.");
        });

        RunAs.user("butce", () -> inbox.complete(reviewTask().getId(), Map.of(
                BudgetAllocationProcess.VAR_DECISION, BudgetAllocationProcess.APPROVE)), "officer", "dept-budget");
        assertThat(allocations.published(cycle.getId()).orElseThrow().getSelected())
                .extracting(AllocationLine::getProposalId).containsExactly(b, c);
        refusedWith(() -> rerunAsCoordinator(List.of(), "Yayımlandıktan sonra"), "budget.rerun.error.phase");
    }

    @Test
    void a_second_close_event_does_not_start_a_second_allocation() {
        closeVote();
        transaction.executeWithoutResult(s -> events.publishEvent(new CycleVoteClosed(cycle.getId())));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(cycle.getId().toString()).count()).isEqualTo(1);
    }

    @Test
    void officers_report_progress_and_bad_updates_change_nothing() {
        closeVote();
        runJobs();
        RunAs.user("butce", () -> inbox.complete(reviewTask().getId(), Map.of(
                BudgetAllocationProcess.VAR_DECISION, BudgetAllocationProcess.APPROVE)), "officer", "dept-budget");
        long id = projects.ofCycle(cycle.getId()).get(0).getId();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        byte[] tooBig = new byte[tr.bel.izmir.bizizmir.shared.Images.MAX_BYTES + 1];
        tooBig[0] = (byte) 0xFF;
        tooBig[1] = (byte) 0xD8;
        tooBig[2] = (byte) 0xFF;

        record Bad(ImplementationProjects.Report report, String key) {
        }
        for (Bad bad : List.of(
                new Bad(new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, 101, "Çalışma başladı", List.of()), "impl.error.progress"),
                new Bad(new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, -1, "Çalışma başladı", List.of()), "impl.error.progress"),
                new Bad(new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, 30, "   ", List.of()), "impl.error.update-empty"),
                new Bad(new ImplementationProjects.Report(ImplementationStatus.COMPLETED, 90, "Bitti", List.of()), "impl.error.completed-progress"),
                new Bad(new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, 30, "Temel atıldı",
                        List.of(new tr.bel.izmir.bizizmir.shared.PhotoUpload("ok.png", png), new tr.bel.izmir.bizizmir.shared.PhotoUpload("buyuk.jpg", tooBig))), "impl.error.photo-too-big"),
                new Bad(new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, 30, "Temel atıldı",
                        List.of(new tr.bel.izmir.bizizmir.shared.PhotoUpload("belge.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))), "impl.error.photo-type"))) {
            assertThatThrownBy(() -> RunAs.user("memur", () -> projects.report(id, bad.report(), "memur"), "officer", "dept-participation", "dept-parks"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(bad.key()));
        }
        assertThat(projects.updates(id)).isEmpty();
        assertThat(projects.photoIds(id)).isEmpty();
        assertThat(projects.require(id).getProgress()).isZero();
        assertThatThrownBy(() -> RunAs.user("vatandas", () -> projects.report(id,
                new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, 30, "Temel atıldı", List.of()), "vatandas"), "citizen"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        RunAs.user("memur", () -> projects.report(id, new ImplementationProjects.Report(ImplementationStatus.IN_PROGRESS, 30,
                "Temel atıldı, gölgelik direkleri geldi.", List.of(new tr.bel.izmir.bizizmir.shared.PhotoUpload("temel.png", png))), "memur"),
                "officer", "dept-participation", "dept-parks");
        var project = projects.require(id);
        assertThat(project.getStatus()).isEqualTo(ImplementationStatus.IN_PROGRESS);
        assertThat(project.getProgress()).isEqualTo(30);
        assertThat(projects.updates(id)).singleElement().satisfies(u -> {
            assertThat(u.getWrittenBy()).isEqualTo("memur");
            assertThat(u.getBody()).isEqualTo("Temel atıldı, gölgelik direkleri geldi.");
        });
        assertThat(projects.photoIds(id)).hasSize(1);
        assertThat(get("/api/v1/public/pb/projects", null).body()).contains("\"progress\":30");
    }

    HttpResponse<String> get(String path, String user) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
