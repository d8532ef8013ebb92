package tr.bel.izmir.bizizmir.assembly;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyReviewProcess;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PB chain with an assembly in between, on the real application and PostgreSQL: a
 * qualified proposal goes to its neighbourhood's assembly, the members vote through the
 * service, and whatever they advise, feasibility starts.
 */
@IntegrationTest
class AssemblyReviewIT {

    static final String[] MEMBER = {"citizen", "resident", "assembly-member"};
    static final String[] CHAIR = {"citizen", "resident", "assembly-member", "assembly-chair"};

    @Autowired ProposalSubmissions submissions;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AssemblyReviews reviews;
    @Autowired FeasibilityChecks feasibility;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.HistoryService history;
    @Autowired tr.bel.izmir.bizizmir.shared.Messages messages;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Who got a notification with this text about this proposal (issue 15). */
    List<String> told(String textKey, long proposalId) {
        return jdbc.queryForList("select recipient from notification where text_key = ? and case_key = ? order by recipient",
                String.class, textKey, Long.toString(proposalId));
    }

    long neighbourhoodId;
    PbCycleInfo cycle;
    String tag;
    String third;

    /** Its own neighbourhood, cycle (threshold 2) and assembly: uye, baskan and a third member. */
    @BeforeEach
    void neighbourhoodWithAssembly() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Meclis " + tag;
        neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz", name).getId();
        LocalDate today = LocalDate.now();
        cycle = TestCycles.collectingProposals(cycles, neighbourhoodId, "Meclis döngüsü " + tag);
        var assembly = SystemActor.call(() -> assemblies.establish(neighbourhoodId, name + " Mahalle Meclisi", false, today.minusDays(10)));
        third = "ucuncu-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", AssemblyMemberInfo.Role.MEMBER, today.minusDays(10)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, today.minusDays(10)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), third, AssemblyMemberInfo.Role.SECRETARY, today.minusDays(10)));
    }

    String resident(String username) {
        return TestResidents.verified(residents, neighbourhoods, username, neighbourhoodId, 1980);
    }

    void runJobs() {
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    static ProposalDraft fountain() {
        return new ProposalDraft("Meydana içme suyu çeşmesi", "Mahalle meydanına engelli erişimine uygun bir içme suyu çeşmesi konsun.",
                ProposalCategory.PARKS, "Mahalle meydanı", null, null, Money.ofLira(60_000));
    }

    /** Submitted by a new resident of the neighbourhood, waiting for screening. */
    tr.bel.izmir.bizizmir.proposal.ProposalSubmissions.SubmissionResult submitted(String author, long cycleId) {
        return RunAs.user(author, () -> submissions.submit(cycleId, fountain(), UUID.randomUUID().toString()),
                "citizen", "resident");
    }

    /** Submission, screening and two supports: the proposal qualifies and goes to the assembly. */
    long qualified() throws Exception {
        String author = resident("yazar-" + UUID.randomUUID().toString().substring(0, 8));
        var result = submitted(author, cycle.getId());
        var screening = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(result.proposalId()))
                .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).singleResult();
        RunAs.user("memur", () -> inbox.complete(screening.getId(),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), "officer", "dept-participation", "dept-parks");
        runJobs();
        for (int i = 0; i < 2; i++) {
            String neighbour = resident("k" + i + "-" + UUID.randomUUID().toString().substring(0, 8));
            RunAs.user(neighbour, () -> submissions.support(result.proposalId()), "citizen", "resident");
        }
        return result.proposalId();
    }

    static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void the_assembly_recommends_and_then_feasibility_starts() throws Exception {
        long id = qualified();
        assertThat(submissions.find(id).orElseThrow().getStatus()).as("waits for the assembly").isEqualTo(ProposalStatus.QUALIFIED);
        assertThat(feasibility.publicView(id)).isEmpty();
        var open = reviews.publicView(id).orElseThrow();
        assertThat(open.outcome()).isEmpty();
        assertThat(open.members()).isEqualTo(3);
        assertThat(open.deadlineAt()).isAfter(open.openedAt());

        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("the members are told the review opened",
                () -> told("notification.review.opened", id).equals(List.of("baskan", third, "uye").stream().sorted().toList()));

        RunAs.user("uye", () -> reviews.vote(id, true, "Meydanda su ihtiyacı var."), MEMBER);
        assertThat(reviews.publicView(id).orElseThrow().outcome()).as("1 of 3 is no quorum").isEmpty();
        // 48 hours before the deadline (here: a window reaching past it), those who have not voted are reminded, once.
        assertThat(reviews.remindBeforeDeadline(java.time.Duration.ofDays(30))).isPositive();
        assertThat(reviews.remindBeforeDeadline(java.time.Duration.ofDays(30))).as("once per review").isZero();
        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("the two who have not voted are reminded",
                () -> told("notification.review.deadline-soon", id).equals(List.of("baskan", third).stream().sorted().toList()));

        refused(() -> RunAs.user("baskan", () -> reviews.vote(id, false, "  "), CHAIR), "assembly.error.comment-required");
        assertThat(reviews.publicView(id).orElseThrow().votesCast()).as("nothing saved").isEqualTo(1);

        RunAs.user("baskan", () -> reviews.vote(id, true, null), CHAIR);
        var closed = reviews.publicView(id).orElseThrow();
        assertThat(closed.outcome()).contains(AssemblyReview.Outcome.RECOMMENDED);
        assertThat(closed.votesCast()).isEqualTo(2);
        assertThat(closed.recommendVotes()).isEqualTo(2);
        assertThat(closed.closedAt()).isPresent();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AssemblyReviewProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).count()).isZero();

        assertThat(submissions.find(id).orElseThrow().getStatus()).isEqualTo(ProposalStatus.IN_FEASIBILITY);
        assertThat(feasibility.publicView(id).orElseThrow().getDepartmentGroup()).isEqualTo("dept-parks");
        String author = submissions.find(id).orElseThrow().getAuthor();
        tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually("the author hears the assembly's view",
                () -> told("notification.proposal.reviewed.RECOMMENDED", id).contains(author));
    }

    @Test
    void a_non_member_a_second_vote_and_a_vote_after_close_are_refused_and_save_nothing() throws Exception {
        long id = qualified();
        refused(() -> RunAs.user("sakin", () -> reviews.vote(id, true, "Ben de varım."), MEMBER), "assembly.error.not-a-member");
        assertThatThrownBy(() -> RunAs.user("vatandas", () -> reviews.vote(id, true, null), "citizen"))
                .as("without the role the service is not even reached")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        RunAs.user("uye", () -> reviews.vote(id, false, "Meydan dar, çeşme yürüyüşü engeller."), MEMBER);
        refused(() -> RunAs.user("uye", () -> reviews.vote(id, true, null), MEMBER), "assembly.error.already-voted");
        assertThat(reviews.publicView(id).orElseThrow().votesCast()).isEqualTo(1);

        RunAs.user("baskan", () -> reviews.vote(id, true, null), CHAIR);
        assertThat(reviews.publicView(id).orElseThrow().outcome()).as("a tie does not recommend")
                .contains(AssemblyReview.Outcome.NOT_RECOMMENDED);
        assertThat(submissions.find(id).orElseThrow().getStatus()).as("advice only: feasibility starts anyway")
                .isEqualTo(ProposalStatus.IN_FEASIBILITY);

        refused(() -> RunAs.user(third, () -> reviews.vote(id, true, null), MEMBER), "assembly.error.review-closed");
        assertThat(reviews.publicView(id).orElseThrow().votesCast()).isEqualTo(2);
    }

    @Test
    void at_the_deadline_without_quorum_the_chair_closes_the_review_and_feasibility_starts() throws Exception {
        long id = qualified();
        RunAs.user("uye", () -> reviews.vote(id, true, null), MEMBER);
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(AssemblyReviewProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
        var timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(timer.getId());

        var task = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(AssemblyReviewProcess.TASK_CHAIR_DECIDES).singleResult();
        // The form limits the extension; the service refuses what the form would not send.
        refused(() -> reviews.extend(id, 90), "assembly.error.extension-days");
        RunAs.user("baskan", () -> inbox.complete(task.getId(), Map.of(
                AssemblyReviewProcess.VAR_CHAIR_DECISION, AssemblyReviewProcess.CLOSE)), CHAIR);
        runJobs();

        var review = reviews.publicView(id).orElseThrow();
        assertThat(review.outcome()).contains(AssemblyReview.Outcome.NO_QUORUM);
        assertThat(review.votesCast()).isEqualTo(1);
        assertThat(submissions.find(id).orElseThrow().getStatus()).isEqualTo(ProposalStatus.IN_FEASIBILITY);
    }

    boolean reviewRunning(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AssemblyReviewProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).count() > 0;
    }

    /** A proposal of another neighbourhood and cycle, waiting for screening. */
    long proposalElsewhere() {
        String other = "Diger " + tag;
        long otherId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz", other).getId();
        LocalDate today = LocalDate.now();
        var otherCycle = TestCycles.collectingProposals(cycles, otherId, "Başka döngü " + tag);
        String author = TestResidents.verified(residents, neighbourhoods, "baska-" + UUID.randomUUID().toString().substring(0, 8), otherId, 1975);
        return submitted(author, otherCycle.getId()).proposalId();
    }

    @Test
    void the_chair_merges_a_duplicate_under_review_and_it_leaves_the_review_without_feasibility() throws Exception {
        long original = qualified();
        long duplicate = qualified();
        String withdrawnAuthor = resident("geri-" + UUID.randomUUID().toString().substring(0, 8));
        long withdrawn = submitted(withdrawnAuthor, cycle.getId()).proposalId();
        RunAs.user(withdrawnAuthor, () -> submissions.withdraw(withdrawn), "citizen", "resident");
        long elsewhere = proposalElsewhere();
        String reason = "Aynı meydana aynı çeşme öneriliyor; destekler ilk öneride toplansın.";
        assertThat(RunAs.user("baskan", () -> reviews.openReviewsIChair(), CHAIR))
                .filteredOn(r -> r.proposalId() == duplicate).singleElement()
                .satisfies(r -> assertThat(r.mergeTargets()).extracting(AssemblyReviews.MergeTarget::proposalId)
                        .contains(original).doesNotContain(duplicate, withdrawn, elsewhere));

        // Bad input: refused with a clear reason, and nothing changes.
        assertThatThrownBy(() -> RunAs.user("uye", () -> reviews.mergeDuplicate(duplicate, original, reason), MEMBER))
                .as("a member without the chair role is not even let in")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        refused(() -> RunAs.user(third, () -> reviews.mergeDuplicate(duplicate, original, reason), CHAIR),
                "assembly.error.not-chair");
        refused(() -> RunAs.user("sakin", () -> reviews.mergeDuplicate(duplicate, original, reason), CHAIR),
                "assembly.error.not-chair");
        refused(() -> RunAs.user("baskan", () -> reviews.mergeDuplicate(duplicate, duplicate, reason), CHAIR),
                "assembly.error.merge-into-itself");
        refused(() -> RunAs.user("baskan", () -> reviews.mergeDuplicate(duplicate, elsewhere, reason), CHAIR),
                "assembly.error.merge-other-cycle");
        refused(() -> RunAs.user("baskan", () -> reviews.mergeDuplicate(duplicate, withdrawn, reason), CHAIR),
                "assembly.error.merge-target-closed");
        refused(() -> RunAs.user("baskan", () -> reviews.mergeDuplicate(duplicate, original, "   "), CHAIR),
                "assembly.error.merge-reason-required");
        assertThat(submissions.find(duplicate).orElseThrow().getStatus()).isEqualTo(ProposalStatus.QUALIFIED);
        assertThat(reviews.publicView(duplicate).orElseThrow().outcome()).isEmpty();
        assertThat(reviewRunning(duplicate)).isTrue();

        RunAs.user("uye", () -> reviews.vote(duplicate, true, null), MEMBER);
        RunAs.user("baskan", () -> reviews.mergeDuplicate(duplicate, original, "  " + reason + " "), CHAIR);
        runJobs();

        var merged = submissions.find(duplicate).orElseThrow();
        assertThat(merged.getStatus()).isEqualTo(ProposalStatus.MERGED);
        assertThat(merged.getMergedIntoId()).isEqualTo(original);
        assertThat(merged.getStatusReasonTr()).isEqualTo(reason);
        assertThat(merged.getSupportCount()).as("as in screening, supports are not moved").isEqualTo(2);
        var view = reviews.publicView(duplicate).orElseThrow();
        assertThat(view.outcome()).contains(AssemblyReview.Outcome.MERGED);
        assertThat(view.mergedInto()).contains(original);
        assertThat(view.mergeReason()).contains(reason);
        assertThat(view.votesCast()).as("the vote cast before the merge stays counted").isEqualTo(1);
        assertThat(messages.get("assembly.review.outcome.MERGED", tr.bel.izmir.bizizmir.shared.Messages.TURKISH, view.outcomeArgs()))
                .contains("#" + original + " numaralı").contains(reason);
        assertThat(messages.get("assembly.review.outcome.MERGED", tr.bel.izmir.bizizmir.shared.Messages.ENGLISH, view.outcomeArgs()))
                .contains("proposal #" + original).contains(reason);

        assertThat(reviewRunning(duplicate)).isFalse();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(AssemblyReviewProcess.KEY).processInstanceBusinessKey(Long.toString(duplicate))
                        .singleResult().getId()).activityId(AssemblyReviewProcess.END_REVIEWED_AS_DUPLICATE).count())
                .isEqualTo(1);
        assertThat(feasibility.publicView(duplicate)).as("a merged proposal is not assessed").isEmpty();
        assertThat(RunAs.user(third, () -> reviews.awaitingMyVote(), MEMBER))
                .extracting(AssemblyReviews.AwaitingVote::proposalId).contains(original).doesNotContain(duplicate);
        refused(() -> RunAs.user(third, () -> reviews.vote(duplicate, true, null), MEMBER), "assembly.error.review-closed");
        refused(() -> RunAs.user("baskan", () -> reviews.mergeDuplicate(duplicate, original, reason), CHAIR),
                "assembly.error.review-closed");
        refused(() -> RunAs.user("baskan", () -> reviews.mergeDuplicate(original, duplicate, reason), CHAIR),
                "assembly.error.merge-target-closed");
        assertThat(RunAs.user("baskan", () -> reviews.openReviewsIChair(), CHAIR))
                .extracting(AssemblyReviews.ChairedReview::proposalId).contains(original).doesNotContain(duplicate);

        // The original goes on as usual.
        RunAs.user("uye", () -> reviews.vote(original, true, null), MEMBER);
        RunAs.user("baskan", () -> reviews.vote(original, true, null), CHAIR);
        assertThat(submissions.find(original).orElseThrow().getStatus()).isEqualTo(ProposalStatus.IN_FEASIBILITY);
    }
}
