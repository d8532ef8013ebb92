package tr.bel.izmir.bizizmir.proposal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.InboxFilter;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The proposal chain on the real application and a real PostgreSQL: a resident submits, an
 * officer screens in the inbox, neighbours support it up to the threshold, and the feasibility
 * check is routed, assessed and published.
 */
@IntegrationTest
class ProposalToFeasibilityIT {

    @Autowired tr.bel.izmir.bizizmir.transparency.PublicTimeline timeline;
    @Autowired ProposalSubmissions submissions;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired FeasibilityChecks feasibility;

    long neighbourhoodId;
    PbCycleInfo cycle;
    String tag;

    /** Every test gets its own neighbourhood and cycle (threshold 2) so tests never interfere. */
    @BeforeEach
    void neighbourhoodWithOpenCycle() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Deneme " + tag;
        neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz", name).getId();
        cycle = TestCycles.collectingProposals(cycles, neighbourhoodId, "Deneme döngüsü " + tag);
    }

    String resident(String username, int birthYear, long inNeighbourhood) {
        return TestResidents.verified(residents, neighbourhoods, username, inNeighbourhood, birthYear);
    }

    static ProposalDraft draft() {
        return new ProposalDraft("Parka gölgelik ve bank", "Çocuk parkının güney köşesine gölgelik ve üç bank konsun.",
                ProposalCategory.PARKS, "Atatürk Parkı, oyun alanı", null, null, Money.ofLira(80_000));
    }

    void runJobs() {
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    @Test
    void a_proposal_goes_from_submission_through_screening_and_supports_to_a_published_feasibility_decision() throws Exception {
        String author = resident("yazar-" + tag, 1980, neighbourhoodId);
        String key = UUID.randomUUID().toString();

        var result = RunAs.user(author, () -> submissions.submit(cycle.getId(), draft(), key), "citizen", "resident");
        assertThat(result.status()).isEqualTo(ProposalStatus.SCREENING);
        var again = RunAs.user(author, () -> submissions.submit(cycle.getId(), draft(), key), "citizen", "resident");
        assertThat(again.proposalId()).as("a double-click gives the same proposal").isEqualTo(result.proposalId());

        var screening = taskService.createTaskQuery().processDefinitionKeyIn(ProposalSubmissionProcess.KEY, FeasibilityCheckProcess.KEY).processInstanceBusinessKey(Long.toString(result.proposalId()))
                .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).singleResult();
        // Screening belongs to the participation desk: the budget office's clerk neither sees nor decides it.
        assertThat(RunAs.user("butce", () -> inbox.page(InboxFilter.everything(), TaskInbox.Sort.DUE, true, 0, 500),
                "officer", "dept-budget")).noneMatch(t -> t.id().equals(screening.getId()));
        assertThatThrownBy(() -> RunAs.user("butce", () -> inbox.complete(screening.getId(),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), "officer", "dept-budget"))
                .isInstanceOf(DomainException.class);
        RunAs.user("memur", () -> inbox.complete(screening.getId(),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), "officer", "dept-participation", "dept-parks");
        runJobs();
        assertThat(submissions.find(result.proposalId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.COLLECTING_SUPPORT);

        String first = resident("komsu1-" + tag, 1990, neighbourhoodId);
        String second = resident("komsu2-" + tag, 1975, neighbourhoodId);
        RunAs.user(first, () -> submissions.support(result.proposalId()), "citizen", "resident");
        assertThatThrownBy(() -> RunAs.user(first, () -> submissions.support(result.proposalId()), "citizen", "resident"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.already-supported"));
        assertThatThrownBy(() -> RunAs.user(author, () -> submissions.support(result.proposalId()), "citizen", "resident"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.support-own"));
        int count = RunAs.user(second, () -> submissions.support(result.proposalId()), "citizen", "resident");
        assertThat(count).isEqualTo(2);

        var proposal = submissions.find(result.proposalId()).orElseThrow();
        assertThat(proposal.getStatus()).as("threshold reached, feasibility started").isEqualTo(ProposalStatus.IN_FEASIBILITY);
        // The public timeline shows what happened: the threshold, not the deadline timer or the
        // withdrawal the process stopped waiting for (cancelled when the threshold was reached).
        var steps = timeline.of(Long.toString(result.proposalId()), java.util.List.of(ProposalSubmissionProcess.KEY,
                FeasibilityCheckProcess.KEY)).stream().map(tr.bel.izmir.bizizmir.transparency.PublicTimeline.Step::activityId).toList();
        assertThat(steps).contains("Event_SupportThresholdReached")
                .doesNotContain("Timer_SupportPeriodEnds", "Event_ProposalWithdrawn", "Event_SupportClosedNow", "Event_SupportExtended");
        var check = feasibility.publicView(result.proposalId()).orElseThrow();
        assertThat(check.getDepartmentGroup()).isEqualTo("dept-parks");
        assertThat(check.getDueAt()).isAfter(check.getStartedAt());
        assertThat(check.isExtended()).isFalse();

        var assessment = taskService.createTaskQuery().processDefinitionKeyIn(ProposalSubmissionProcess.KEY, FeasibilityCheckProcess.KEY).processInstanceBusinessKey(Long.toString(result.proposalId()))
                .taskDefinitionKey(FeasibilityCheckProcess.TASK_ASSESS).singleResult();
        assertThat(assessment.getDueDate()).isEqualTo(java.util.Date.from(check.getDueAt()));
        assertThatThrownBy(() -> RunAs.user("butce", () -> inbox.complete(assessment.getId(), Map.of()), "officer", "dept-budget"))
                .as("another department cannot complete it").isInstanceOf(DomainException.class);
        RunAs.user("memur", () -> inbox.complete(assessment.getId(), Map.of(
                FeasibilityCheckProcess.VAR_FEASIBLE, "true",
                FeasibilityCheckProcess.VAR_COST_ESTIMATE, 95_000L,
                FeasibilityCheckProcess.VAR_TIMELINE, "2 ay",
                FeasibilityCheckProcess.VAR_PUBLIC_EXPLANATION, "Parkın güney köşesi uygun; bütçe yeterli.")), "officer", "dept-participation", "dept-parks");
        runJobs();

        assertThat(submissions.find(result.proposalId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.FEASIBLE);
        var done = feasibility.publicView(result.proposalId()).orElseThrow();
        assertThat(done.getFeasible()).contains(true);
        assertThat(done.getCostEstimate()).contains(Money.ofLira(95_000));
        assertThat(done.getPublicExplanation()).contains("bütçe yeterli");
    }

    /** Takes a fresh proposal through screening and supports; returns its id once in feasibility. */
    long inFeasibility() throws Exception {
        String author = resident("y-" + UUID.randomUUID().toString().substring(0, 6), 1980, neighbourhoodId);
        var result = RunAs.user(author, () -> submissions.submit(cycle.getId(), draft(), UUID.randomUUID().toString()),
                "citizen", "resident");
        var screening = taskService.createTaskQuery().processDefinitionKeyIn(ProposalSubmissionProcess.KEY, FeasibilityCheckProcess.KEY).processInstanceBusinessKey(Long.toString(result.proposalId())).singleResult();
        RunAs.user("memur", () -> inbox.complete(screening.getId(), Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")),
                "officer", "dept-participation", "dept-parks");
        runJobs();
        for (int i = 0; i < 2; i++) {
            String neighbour = resident("k" + i + "-" + UUID.randomUUID().toString().substring(0, 6), 1970, neighbourhoodId);
            RunAs.user(neighbour, () -> submissions.support(result.proposalId()), "citizen", "resident");
        }
        return result.proposalId();
    }

    @Test
    void an_extended_deadline_and_its_reason_are_public_and_move_the_officers_due_date() throws Exception {
        long id = inFeasibility();
        var before = feasibility.publicView(id).orElseThrow();
        var newDay = before.getDueAt().atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toLocalDate().plusDays(7);
        assertThatThrownBy(() -> feasibility.extend(id, newDay, "kısa"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("feasibility.error.extension-reason"));
        assertThatThrownBy(() -> feasibility.extend(id, LocalDate.now().minusDays(1), "Saha ölçümü bekleniyor"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("feasibility.error.extension-date"));
        feasibility.extend(id, newDay, "Saha ölçümü bekleniyor");
        var after = feasibility.publicView(id).orElseThrow();
        assertThat(after.isExtended()).isTrue();
        assertThat(after.getOriginalDueAt()).isEqualTo(before.getDueAt());
        assertThat(after.getExtensionReason()).isEqualTo("Saha ölçümü bekleniyor");
        var task = taskService.createTaskQuery().processDefinitionKeyIn(ProposalSubmissionProcess.KEY, FeasibilityCheckProcess.KEY).processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey(FeasibilityCheckProcess.TASK_ASSESS).singleResult();
        assertThat(task.getDueDate().toInstant()).isEqualTo(after.getDueAt());
    }

    @Test
    void the_second_officer_to_complete_a_task_is_told_someone_was_first() throws Exception {
        long id = inFeasibility();
        var task = taskService.createTaskQuery().processDefinitionKeyIn(ProposalSubmissionProcess.KEY, FeasibilityCheckProcess.KEY).processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey(FeasibilityCheckProcess.TASK_ASSESS).singleResult();
        Map<String, Object> form = Map.of(FeasibilityCheckProcess.VAR_FEASIBLE, "false",
                FeasibilityCheckProcess.VAR_COST_ESTIMATE, 0L, FeasibilityCheckProcess.VAR_TIMELINE, "-",
                FeasibilityCheckProcess.VAR_PUBLIC_EXPLANATION, "Alan özel mülkiyette; belediye uygulayamaz.");
        RunAs.user("memur", () -> inbox.complete(task.getId(), form), "officer", "dept-participation", "dept-parks");
        assertThatThrownBy(() -> RunAs.user("mudur", () -> inbox.complete(task.getId(), form), "officer", "supervisor", "dept-parks"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("task.error.gone"));
    }

    @Test
    void a_closed_cycle_refuses_proposals_with_the_reason() throws Exception {
        long sigacik = neighbourhoods.requireByCode("seferihisar-sigacik").getId();
        var closed = RunAs.user("admin", () -> cycles.open(new CycleSpec(neighbourhoodId, "Eski döngü " + tag,
                Money.ofLira(100_000), CyclePhase.CLOSED, LocalDate.now().minusDays(90), LocalDate.now().minusDays(60),
                LocalDate.now().minusDays(50), LocalDate.now().minusDays(40), 2, 2, 16, BallotRule.KNAPSACK,
                AllocationRule.GREEDY)), "admin");
        String author = resident("gec-" + tag, 1980, neighbourhoodId);
        var result = RunAs.user(author, () -> submissions.submit(closed.getId(), draft(), UUID.randomUUID().toString()),
                "citizen", "resident");
        assertThat(result.status()).isEqualTo(ProposalStatus.INELIGIBLE);
        assertThat(result.reasonEn()).contains("not collecting proposals");
        assertThat(sigacik).isPositive();
    }

    @Test
    void a_resident_of_another_neighbourhood_is_told_why_in_turkish_and_english() throws Exception {
        long sigacik = neighbourhoods.requireByCode("seferihisar-sigacik").getId();
        String outsider = resident("disaridan-" + tag, 1985, sigacik);
        var result = RunAs.user(outsider, () -> submissions.submit(cycle.getId(), draft(), UUID.randomUUID().toString()),
                "citizen", "resident");
        assertThat(result.status()).isEqualTo(ProposalStatus.INELIGIBLE);
        assertThat(result.reasonTr()).contains("oturduğunuz mahalle");
        assertThat(result.reasonEn()).contains("neighbourhood you live in");
        assertThat(taskService.createTaskQuery().processDefinitionKeyIn(ProposalSubmissionProcess.KEY, FeasibilityCheckProcess.KEY).processInstanceBusinessKey(Long.toString(result.proposalId())).count()).isZero();
    }

    @Test
    void bad_input_is_refused_before_anything_is_saved() throws Exception {
        String author = resident("kisa-" + tag, 1980, neighbourhoodId);
        var tooShort = new ProposalDraft("Bank", "Kısa", ProposalCategory.PARKS, "Park", null, null, null);
        long before = RunAs.user(author, () -> submissions.mine().size(), "citizen", "resident");
        assertThatThrownBy(() -> RunAs.user(author, () -> submissions.submit(cycle.getId(), tooShort, UUID.randomUUID().toString()),
                "citizen", "resident"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.title-length"));
        assertThat(RunAs.user(author, () -> submissions.mine().size(), "citizen", "resident")).isEqualTo(before);
    }

    @Test
    void photos_are_stored_with_the_proposal_and_a_bad_one_saves_nothing() throws Exception {
        String author = resident("foto-" + tag, 1980, neighbourhoodId);
        var jpeg = new PhotoUpload("park.jpg", PhotoUploadTest.JPEG);
        var result = RunAs.user(author, () -> submissions.submit(cycle.getId(), draft(), java.util.List.of(jpeg),
                UUID.randomUUID().toString()), "citizen", "resident");
        var ids = submissions.photoIds(result.proposalId());
        assertThat(ids).hasSize(1);
        assertThat(submissions.photo(ids.get(0)).orElseThrow().getContent()).isEqualTo(PhotoUploadTest.JPEG);

        int before = RunAs.user(author, () -> submissions.mine().size(), "citizen", "resident");
        var fake = new PhotoUpload("park.jpg", "not an image".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RunAs.user(author, () -> submissions.submit(cycle.getId(), draft(), java.util.List.of(jpeg, fake),
                UUID.randomUUID().toString()), "citizen", "resident"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.photo-type"));
        assertThat(RunAs.user(author, () -> submissions.mine().size(), "citizen", "resident")).isEqualTo(before);
    }

    @Test
    void the_author_can_withdraw_before_review() throws Exception {
        String author = resident("geri-" + tag, 1980, neighbourhoodId);
        var result = RunAs.user(author, () -> submissions.submit(cycle.getId(), draft(), UUID.randomUUID().toString()),
                "citizen", "resident");
        RunAs.user(author, () -> submissions.withdraw(result.proposalId()), "citizen", "resident");
        assertThat(submissions.find(result.proposalId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThatThrownBy(() -> RunAs.user(author, () -> submissions.withdraw(result.proposalId()), "citizen", "resident"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void verification_is_limited_after_repeated_failures() {
        String user = "deneyen-" + tag;
        for (int i = 0; i < ResidentRegistry.MAX_FAILED_ATTEMPTS_PER_DAY; i++) {
            assertThatThrownBy(() -> residents.verify(user, "10000000146", 1950, neighbourhoodId, true))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("resident.error.not-in-census"));
        }
        assertThatThrownBy(() -> residents.verify(user, "10000000146", 1950, neighbourhoodId, true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("resident.error.too-many-attempts"));
    }
}
