package tr.bel.izmir.bizizmir.cases;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The proposal case on the real application, engine and PostgreSQL: who may see it (and that
 * nobody else learns anything, not even whether it exists), its content for the staff, its
 * open tasks and holders, and its history naming who decided what and why.
 */
@IntegrationTest
class ProposalCaseIT {

    @Autowired StaffCases cases;

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired ProposalSubmissions submissions;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired TaskInbox inbox;
    @Autowired tr.bel.izmir.bizizmir.tasks.TaskAssignments assignments;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired tr.bel.izmir.bizizmir.privacy.PersonalData personalData;
    @Autowired tr.bel.izmir.bizizmir.voting.PublicVotes votes;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    static final String[] OFFICER = {"officer", "dept-participation", "dept-parks"};

    long neighbourhoodId;
    PbCycleInfo cycle;
    String tag;

    @BeforeEach
    void neighbourhoodWithOpenCycle() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bornova", "Dosya " + tag).getId();
        cycle = TestCycles.collectingProposals(cycles, neighbourhoodId, "Dosya döngüsü " + tag);
    }

    static byte[] png() throws Exception {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    long submit(String title, String author) throws Exception {
        var draft = new ProposalDraft(title, "Pazar yerinin yanındaki boş alana oturma grupları ve iki çeşme.",
                ProposalCategory.PARKS, "Pazar yeri, kuzey girişi", new BigDecimal("38.462100"), new BigDecimal("27.216500"),
                Money.ofLira(120_000));
        byte[] photo = png();
        return RunAs.user(author, () -> submissions.submit(cycle.getId(), draft, List.of(new PhotoUpload("alan.png", photo)),
                UUID.randomUUID().toString()), "citizen", "resident").proposalId();
    }

    String screeningTask(long proposalId) {
        return taskService.createTaskQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(proposalId))
                .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).singleResult().getId();
    }

    void runJobs() {
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    @Test
    void officers_supervisors_and_admins_see_a_proposal_case_and_other_staff_only_while_they_hold_one_of_its_tasks() throws Exception {
        String author = TestResidents.verified(residents, neighbourhoods, "dosya-" + tag, neighbourhoodId, 1980);
        long id = submit("Pazar yerine oturma alanı " + tag, author);

        var seen = RunAs.user("memur", () -> cases.proposal(id, Messages.TURKISH), OFFICER);
        assertThat(seen.proposal().title()).isEqualTo("Pazar yerine oturma alanı " + tag);
        assertThat(seen.proposal().description()).contains("iki çeşme");
        assertThat(seen.proposal().author()).as("staff see who submitted it").isEqualTo(author);
        assertThat(seen.proposal().status()).isEqualTo(ProposalStatus.SCREENING);
        assertThat(seen.proposal().costEstimate()).contains(Money.ofLira(120_000));
        assertThat(seen.proposal().supportThreshold()).isEqualTo(2);
        assertThat(seen.proposal().photoIds()).hasSize(1);
        long photoId = seen.proposal().photoIds().get(0);
        assertThat(RunAs.user("memur", () -> cases.proposalPhoto(id, photoId), OFFICER)).isEqualTo(png());
        assertThat(RunAs.user("mudur", () -> cases.maySeeProposal(id), "supervisor")).isTrue();
        assertThat(RunAs.user("admin", () -> cases.maySeeProposal(id), "admin")).isTrue();

        // Staff without a part in the case: refused, content and photos alike.
        for (String role : List.of("assembly-member", "assembly-chair", "park-manager", "moderator", "process-owner")) {
            assertThat(RunAs.user("x-" + tag, () -> cases.maySeeProposal(id), role)).as(role).isFalse();
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.proposal(id, Messages.TURKISH), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.proposalPhoto(id, photoId), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> RunAs.user(author, () -> cases.proposal(id, Messages.TURKISH), "citizen", "resident"))
                .as("not even its author: the case is the staff's").isInstanceOf(AccessDeniedException.class);
        // Proposal numbers are sequential and public: a number that names nothing is "not found" for all staff.
        for (String[] roles : List.of(OFFICER, new String[]{"moderator"})) {
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.proposal(Long.MAX_VALUE, Messages.TURKISH), roles))
                    .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.not-found"));
        }

        // An officer hands the screening to a colleague who may do it (issue 14 bug 3: only such people);
        // the case's history shows the hand-over with its reason next to the task.
        RunAs.user("memur", () -> assignments.handOver(screeningTask(id), "katilim", "Maliyet kalemleri bütçe biriminin işi"), OFFICER);
        assertThat(taskService.createTaskQuery().taskId(screeningTask(id)).singleResult().getAssignee()).isEqualTo("katilim");
        RunAs.user("katilim", () -> inbox.complete(screeningTask(id),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), "officer", "dept-participation");
        runJobs();
        assertThat(RunAs.user("memur", () -> cases.proposal(id, Messages.TURKISH), OFFICER).history())
                .filteredOn(e -> e.isTask() && "katilim".equals(e.actor())).singleElement()
                .satisfies(e -> assertThat(e.decisions()).anySatisfy(d -> {
                    assertThat(d.key()).isEqualTo("handover");
                    assertThat(d.value()).contains("→ katilim", "memur", "Maliyet kalemleri bütçe biriminin işi");
                }));
    }

    @Test
    void the_case_lists_its_open_tasks_with_their_holders_and_its_history_names_who_decided_what_and_why() throws Exception {
        String author = TestResidents.verified(residents, neighbourhoods, "dosya2-" + tag, neighbourhoodId, 1975);
        long kept = submit("Çeşme ve bank " + tag, author);
        long duplicate = submit("Pazar yerine çeşme " + tag, author);
        RunAs.user("memur", () -> inbox.complete(screeningTask(kept),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), OFFICER);
        runJobs();

        var before = RunAs.user("memur", () -> cases.proposal(duplicate, Messages.TURKISH), OFFICER);
        assertThat(before.openTasks()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Öneriyi ön incele");
            assertThat(t.assignee()).isNull();
            assertThat(t.candidateGroups()).containsExactly("dept-participation");
            assertThat(t.workable()).as("an officer may claim it").isTrue();
        });
        assertThat(RunAs.user("denetci-" + tag, () -> cases.proposal(duplicate, Messages.TURKISH), "supervisor").openTasks())
                .as("a supervisor reads the case but the screening is the participation desk's")
                .singleElement().satisfies(t -> assertThat(t.workable()).isFalse());
        RunAs.user("memur", () -> inbox.claim(screeningTask(duplicate)), OFFICER);
        assertThat(RunAs.user("mudur", () -> cases.proposal(duplicate, Messages.TURKISH), "supervisor").openTasks())
                .singleElement().satisfies(t -> assertThat(t.assignee()).isEqualTo("memur"));
        assertThat(RunAs.user("mudur", () -> cases.proposal(duplicate, Messages.TURKISH), "officer", "supervisor", "dept-participation").openTasks())
                .as("a supervisor of the participation desk may open it to take it back (DD020)")
                .singleElement().satisfies(t -> assertThat(t.workable()).isTrue());

        String reason = "Aynı alan için " + kept + " numaralı öneri zaten destek topluyor.";
        RunAs.user("memur", () -> inbox.complete(screeningTask(duplicate), Map.of(
                ProposalSubmissionProcess.VAR_SCREENING_DECISION, "merge",
                ProposalSubmissionProcess.VAR_MERGE_INTO, kept,
                ProposalSubmissionProcess.VAR_SCREENING_REASON, reason)), OFFICER);
        runJobs();

        var after = RunAs.user("mudur", () -> cases.proposal(duplicate, Messages.TURKISH), "supervisor");
        assertThat(after.proposal().status()).isEqualTo(ProposalStatus.MERGED);
        assertThat(after.openTasks()).isEmpty();
        assertThat(after.proposal().mergedInto()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(kept));
        var screening = after.history().stream().filter(CaseActivity.Entry::isTask).toList();
        assertThat(screening).singleElement().satisfies(e -> {
            assertThat(e.activityId()).isEqualTo(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL);
            assertThat(e.actor()).isEqualTo("memur");
            assertThat(e.ended()).isNotNull();
            assertThat(e.cancelled()).isFalse();
            assertThat(e.decisions()).extracting(CaseActivity.Decision::label, CaseActivity.Decision::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Ön inceleme kararı", "Benzer bir öneriyle birleştir"),
                    org.assertj.core.groups.Tuple.tuple("Birleştirilecek önerinin numarası", Long.toString(kept)),
                    org.assertj.core.groups.Tuple.tuple("Kamuya açık gerekçe", reason));
        });
        assertThat(after.history()).extracting(CaseActivity.Entry::activityId)
                .contains("StartEvent_ProposalSubmitted", ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL,
                        ProposalSubmissionProcess.END_MERGED);
        var english = RunAs.user("mudur", () -> cases.proposal(duplicate, Messages.ENGLISH), "supervisor");
        assertThat(english.history().stream().filter(CaseActivity.Entry::isTask).findFirst().orElseThrow().decisions())
                .extracting(CaseActivity.Decision::label).first().isEqualTo("Screening decision");

        var target = RunAs.user("memur", () -> cases.proposal(kept, Messages.TURKISH), OFFICER);
        assertThat(target.proposal().mergedFrom()).extracting(r -> r.id()).containsExactly(duplicate);
        assertThat(target.history()).filteredOn(CaseActivity.Entry::isTask).singleElement()
                .satisfies(e -> assertThat(e.decisions()).extracting(CaseActivity.Decision::value).containsExactly("Kabul et (desteğe aç)"));
    }

    @Test
    void staff_leave_internal_notes_on_a_case_that_only_those_who_see_the_case_read_and_that_follow_their_author_in_kvkk_requests() throws Exception {
        String author = TestResidents.verified(residents, neighbourhoods, "not-" + tag, neighbourhoodId, 1990);
        long id = submit("Kütüphane önüne bisiklet parkı " + tag, author);
        String officer = "memur-" + tag;
        String text = "Fotoğraftaki plaka okunuyor; yayımlamadan önce sakine bulanıklaştırmasını soralım.";

        var note = RunAs.user(officer, () -> cases.addProposalNote(id, "  " + text + "  "), OFFICER);
        assertThat(note.getBody()).isEqualTo(text);
        var seen = RunAs.user("mudur", () -> cases.proposal(id, Messages.TURKISH), "supervisor");
        assertThat(seen.notes()).singleElement().satisfies(n -> {
            assertThat(n.getAuthor()).isEqualTo(officer);
            assertThat(n.getBody()).isEqualTo(text);
            assertThat(n.getCreatedAt()).isNotNull();
        });

        // Bad input: a translated reason, nothing stored.
        assertThatThrownBy(() -> RunAs.user(officer, () -> cases.addProposalNote(id, "   "), OFFICER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("case.note.error.required"));
        assertThatThrownBy(() -> RunAs.user(officer, () -> cases.addProposalNote(id, "x".repeat(2001)), OFFICER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("case.note.error.length"));
        assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.addProposalNote(id, "Benim de fikrim var"), "moderator"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user("mudur", () -> cases.proposal(id, Messages.TURKISH), "supervisor").notes()).hasSize(1);

        // KVKK: the note is in its author's export; after erasure it stays on the case without naming them.
        String export = new String(RunAs.user(officer, () -> personalData.exportJson(), OFFICER), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export).contains("caseNotes", text, "\"case\" : \"" + id + "\"");
        RunAs.user(officer, () -> personalData.eraseMine(), OFFICER);
        var after = RunAs.user("mudur", () -> cases.proposal(id, Messages.TURKISH), "supervisor").notes();
        assertThat(after).singleElement().satisfies(n -> {
            assertThat(n.getBody()).isEqualTo(text);
            assertThat(n.getAuthor()).startsWith("erased-").isNotEqualTo(officer);
        });
        assertThat(new String(RunAs.user(officer, () -> personalData.exportJson(), OFFICER), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(text);
    }

    @Test
    void a_proposal_on_its_cycles_ballot_names_that_vote_as_a_related_case() throws Exception {
        var fixtures = new tr.bel.izmir.bizizmir.voting.VoteFixtures(neighbourhoodImport, neighbourhoods, residents,
                cycles, votes, voteSchedule, runtime, management, jdbc);
        var pb = fixtures.pbVote(tr.bel.izmir.bizizmir.budgeting.BallotRule.KNAPSACK, null, true, 0, 3);
        long onBallot = pb.options().get(0).getProposalId();
        var file = RunAs.user("mudur", () -> cases.proposal(onBallot, Messages.TURKISH), "supervisor");
        assertThat(file.vote()).hasValueSatisfying(v -> assertThat(v.getId()).isEqualTo(pb.vote().getId()));
        long notFeasible = jdbc.queryForObject("select id from proposal where cycle_id = ? and status = 'NOT_FEASIBLE'",
                Long.class, pb.cycle().getId());
        assertThat(RunAs.user("mudur", () -> cases.proposal(notFeasible, Messages.TURKISH), "supervisor").vote())
                .as("not on the ballot").isEmpty();
    }
}
