package tr.bel.izmir.bizizmir.assembly;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Advisory items on the real application and PostgreSQL: an officer tables a project, the
 * members vote through the service, the outcome table decides, the department answers in its
 * inbox with reasons; reminders and the supervisor's escalation; every kind of bad input.
 */
@IntegrationTest
class AdvisoryItemIT {

    static final String[] MEMBER = {"citizen", "resident", "assembly-member"};
    static final String[] CHAIR = {"citizen", "resident", "assembly-member", "assembly-chair"};
    static final String[] PARKS_OFFICER = {"officer", "dept-participation", "dept-parks"};

    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AdvisoryItems advisory;
    @Autowired AdvisoryItemControls controls;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    AssemblyInfo assembly;
    String third;

    /** Its own neighbourhood and assembly: uye, baskan and a third member. */
    @BeforeEach
    void assemblyWithThreeMembers() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Danisma " + tag;
        long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bayindir", name).getId();
        LocalDate today = LocalDate.now();
        assembly = SystemActor.call(() -> assemblies.establish(neighbourhoodId, name + " Mahalle Meclisi", false, today.minusDays(10)));
        third = "ucuncu-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", AssemblyMemberInfo.Role.MEMBER, today.minusDays(10)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, today.minusDays(10)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), third, AssemblyMemberInfo.Role.SECRETARY, today.minusDays(10)));
    }

    AdvisoryItemInfo tabled() {
        return RunAs.user("memur", () -> advisory.table(assembly.getId(), "Kent parkına bisiklet yolu",
                "Parkın kuzeyinden geçen 800 metrelik bisiklet yolu; mevcut yürüyüş yolu daralacak.", "dept-parks", 14),
                PARKS_OFFICER);
    }

    ProcessInstance instance(long itemId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AdvisoryItemProcess.KEY)
                .processInstanceBusinessKey(Long.toString(itemId)).singleResult();
    }

    void fire(long itemId, String timerId) {
        var job = management.createJobQuery().processInstanceId(instance(itemId).getId()).activityId(timerId).singleResult();
        management.executeJob(job.getId());
    }

    org.camunda.bpm.engine.task.Task task(long itemId, String taskKey) {
        return taskService.createTaskQuery().processDefinitionKey(AdvisoryItemProcess.KEY)
                .processInstanceBusinessKey(Long.toString(itemId)).taskDefinitionKey(taskKey).singleResult();
    }

    java.net.http.HttpResponse<String> get(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).header("Accept", "application/json").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void members_vote_the_assembly_advises_and_the_department_answers_with_reasons_in_public() {
        var item = tabled();
        long id = item.getId();
        assertThat(item.getStage()).isEqualTo(AdvisoryItemInfo.Stage.VOTING);
        assertThat(instance(id)).isNotNull();
        assertThat(RunAs.user("uye", () -> advisory.awaitingMyVote(), MEMBER)).extracting(AdvisoryItems.AwaitingVote::itemId).contains(id);

        RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, "Bisiklet yolu parkı canlandırır."), MEMBER);
        RunAs.user("baskan", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.NOT_RECOMMEND, "Yürüyüş yolu çok daralır."), CHAIR);
        assertThat(advisory.find(id).orElseThrow().getStage()).as("two of three: voting goes on until all or the deadline")
                .isEqualTo(AdvisoryItemInfo.Stage.VOTING);
        RunAs.user(third, () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER);

        var decided = advisory.find(id).orElseThrow();
        assertThat(decided.getStage()).isEqualTo(AdvisoryItemInfo.Stage.AWAITING_ANSWER);
        assertThat(decided.getAdvice()).contains(AdvisoryItemInfo.Advice.RECOMMENDED);
        assertThat(decided.getAnswerDueAt()).isPresent();
        var answerTask = task(id, AdvisoryItemProcess.TASK_DEPARTMENT_ANSWERS);
        assertThat(taskService.getIdentityLinksForTask(answerTask.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("dept-parks"));
        assertThat(answerTask.getDueDate()).isEqualTo(java.util.Date.from(decided.getAnswerDueAt().orElseThrow()));
        // The form's English text gets the advice in English (issue 14, English complete).
        assertThat((String) taskService.getVariable(answerTask.getId(), AdvisoryItemProcess.VAR_ADVICE_SUMMARY_EN))
                .startsWith("The assembly").contains("votes:").doesNotContain("tavsiye");

        // An answer without reasons is refused in the inbox; the task stays open and nothing is saved.
        refused(() -> RunAs.user("memur", () -> inbox.complete(answerTask.getId(), Map.of(
                AdvisoryItemProcess.VAR_ANSWER, "REJECTED", AdvisoryItemProcess.VAR_ANSWER_REASONS, "   ")), PARKS_OFFICER),
                "advisory.error.reasons-required");
        assertThat(task(id, AdvisoryItemProcess.TASK_DEPARTMENT_ANSWERS)).isNotNull();
        assertThat(advisory.find(id).orElseThrow().getAnswer()).isEmpty();
        refused(() -> RunAs.user("memur", () -> inbox.complete(answerTask.getId(), Map.of(
                AdvisoryItemProcess.VAR_ANSWER_REASONS, "Bisiklet yolu yapılacak, yürüyüş yolu korunacak.")), PARKS_OFFICER),
                "advisory.error.answer-required");

        RunAs.user("memur", () -> inbox.complete(task(id, AdvisoryItemProcess.TASK_DEPARTMENT_ANSWERS).getId(), Map.of(
                AdvisoryItemProcess.VAR_ANSWER, "PARTLY_ACCEPTED",
                AdvisoryItemProcess.VAR_ANSWER_REASONS, "Bisiklet yolu yapılacak; yürüyüş yolu daraltılmadan, çim alandan geçecek.")),
                PARKS_OFFICER);
        assertThat(instance(id)).as("the process ended").isNull();

        var exchange = advisory.exchange(id).orElseThrow();
        assertThat(exchange.item().getStage()).isEqualTo(AdvisoryItemInfo.Stage.ANSWERED);
        assertThat(exchange.item().getAnswer()).contains(AdvisoryItemInfo.Answer.PARTLY_ACCEPTED);
        assertThat(exchange.item().getAnswerReasons().orElseThrow()).contains("çim alandan");
        assertThat(exchange.count().votesCast()).isEqualTo(3);
        assertThat(exchange.count().recommendVotes()).isEqualTo(2);
        assertThat(exchange.comments()).extracting(AdvisoryItems.PublicComment::comment)
                .contains("Yürüyüş yolu çok daralır.");
        // The same exchange as open data, for anyone, without the members' names.
        var response = get("/api/v1/public/advisory-items/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"answer\":\"PARTLY_ACCEPTED\"", "çim alandan", "Yürüyüş yolu çok daralır.",
                "\"advice\":\"RECOMMENDED\"").doesNotContain("baskan");
        assertThat(get("/api/v1/public/advisory-items").body()).contains("\"id\":" + id);
        assertThat(get("/api/v1/public/advisory-items/999999999").statusCode()).isEqualTo(404);
        assertThat(RunAs.user("uye", () -> advisory.myVotes(), MEMBER)).anySatisfy(v -> {
            assertThat(v.itemId()).isEqualTo(id);
            assertThat(v.advice()).contains(AdvisoryItemInfo.Advice.RECOMMENDED);
        });
    }

    @Test
    void a_non_member_a_second_vote_a_missing_reason_and_a_citizen_are_refused_and_save_nothing() {
        long id = tabled().getId();
        refused(() -> RunAs.user("sakin", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, "Ben de varım."), MEMBER),
                "advisory.error.not-a-member");
        assertThatThrownBy(() -> RunAs.user("vatandas", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), "citizen"))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.NOT_RECOMMEND, " "), MEMBER),
                "advisory.error.comment-required");
        refused(() -> RunAs.user("uye", () -> advisory.vote(id, null, "?"), MEMBER), "advisory.error.choice-required");
        assertThat(advisory.count(id).votesCast()).isZero();

        RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.ABSTAIN, null), MEMBER);
        refused(() -> RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER),
                "advisory.error.already-voted");
        assertThat(advisory.count(id).votesCast()).isEqualTo(1);
        // The database refuses a second vote even if a caller bypassed the service.
        assertThatThrownBy(() -> jdbc.update("insert into advisory_vote (item_id, member, choice, voted_at) values (?, 'uye', 'RECOMMEND', current_timestamp)", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_tabling_officer_withdraws_an_item_with_a_public_reason_through_its_process_others_may_not() {
        long id = tabled().getId();
        RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER);

        assertThatThrownBy(() -> RunAs.user("uye", () -> controls.withdraw(id, "Üye olarak geri çekiyorum"), MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> RunAs.user("butce", () -> controls.withdraw(id, "Başka birim"), "officer", "dept-budget"),
                "advisory.control.error.not-yours");
        refused(() -> RunAs.user("memur", () -> controls.withdraw(id, " "), PARKS_OFFICER), "advisory.control.error.reason-required");
        assertThat(advisory.find(id).orElseThrow().getStage()).as("nothing changed").isEqualTo(AdvisoryItemInfo.Stage.VOTING);
        assertThat(instance(id)).isNotNull();

        RunAs.user("memur", () -> controls.withdraw(id, "Proje ihaleden çıkarıldı; yeni proje gelecek yıl sunulacak."), PARKS_OFFICER);
        var item = advisory.find(id).orElseThrow();
        assertThat(item.getStage()).isEqualTo(AdvisoryItemInfo.Stage.WITHDRAWN);
        assertThat(instance(id)).as("its process ended through the withdrawal event").isNull();
        assertThat(controls.withdrawal(id)).get().satisfies(w -> {
            assertThat(w.getReason()).isEqualTo("Proje ihaleden çıkarıldı; yeni proje gelecek yıl sunulacak.");
            assertThat(w.getActedBy()).isEqualTo("memur");
            assertThat(w.getPreviousAt()).isEqualTo(item.getVotingDeadlineAt());
        });
        refused(() -> RunAs.user("baskan", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), CHAIR),
                "advisory.error.voting-closed");
        refused(() -> RunAs.user("memur", () -> controls.withdraw(id, "İkinci kez"), PARKS_OFFICER),
                "advisory.control.error.not-withdrawable");
        // The public API shows the stage.
        assertThat(get("/api/v1/public/advisory-items/" + id).body()).contains("WITHDRAWN");
    }

    @Test
    void bad_tabling_is_refused_and_starts_nothing() {
        long before = advisory.all().size();
        refused(() -> RunAs.user("memur", () -> advisory.table(assembly.getId(), " ", "Açıklama", "dept-parks", 14), PARKS_OFFICER),
                "advisory.error.title-required");
        refused(() -> RunAs.user("memur", () -> advisory.table(assembly.getId(), "Başlık", "Açıklama", "dept-nowhere", 14), PARKS_OFFICER),
                "advisory.error.department");
        refused(() -> RunAs.user("memur", () -> advisory.table(assembly.getId(), "Başlık", "Açıklama", "dept-parks", 1), PARKS_OFFICER),
                "advisory.error.voting-days");
        assertThatThrownBy(() -> RunAs.user("uye", () -> advisory.table(assembly.getId(), "Başlık", "Açıklama", "dept-parks", 14), MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(advisory.all()).hasSize((int) before);
    }

    @Test
    void after_the_voting_deadline_without_quorum_the_item_closes_and_later_votes_are_refused() {
        long id = tabled().getId();
        RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), MEMBER);
        fire(id, AdvisoryItemProcess.TIMER_VOTING_DEADLINE);
        var item = advisory.find(id).orElseThrow();
        assertThat(item.getStage()).isEqualTo(AdvisoryItemInfo.Stage.CLOSED_WITHOUT_ADVICE);
        assertThat(item.getAdvice()).contains(AdvisoryItemInfo.Advice.NO_QUORUM);
        assertThat(instance(id)).isNull();
        refused(() -> RunAs.user("baskan", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), CHAIR),
                "advisory.error.voting-closed");
        assertThat(advisory.count(id).votesCast()).isEqualTo(1);
    }

    @Test
    void a_late_department_is_reminded_then_escalated_to_a_supervisor_whose_note_is_public() {
        long id = tabled().getId();
        RunAs.user("uye", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.NOT_RECOMMEND, "Ağaçlar kesilmemeli."), MEMBER);
        RunAs.user("baskan", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.NOT_RECOMMEND, "Katılıyorum."), CHAIR);
        fire(id, AdvisoryItemProcess.TIMER_VOTING_DEADLINE);
        assertThat(advisory.find(id).orElseThrow().getAdvice()).contains(AdvisoryItemInfo.Advice.NOT_RECOMMENDED);

        fire(id, AdvisoryItemProcess.TIMER_ANSWER_REMINDER);
        assertThat(advisory.find(id).orElseThrow().getRemindedAt()).isPresent();
        fire(id, AdvisoryItemProcess.TIMER_ANSWER_OVERDUE);
        var escalation = task(id, AdvisoryItemProcess.TASK_SUPERVISOR);
        refused(() -> RunAs.user("mudur", () -> inbox.complete(escalation.getId(), Map.of(
                AdvisoryItemProcess.VAR_ESCALATION_NOTE, "kısa")), "supervisor"), "advisory.error.escalation-note");
        RunAs.user("mudur", () -> inbox.complete(escalation.getId(), Map.of(
                AdvisoryItemProcess.VAR_ESCALATION_NOTE, "Park daire başkanıyla görüşüldü; yanıt bu hafta verilecek.")), "supervisor");
        var escalated = advisory.find(id).orElseThrow();
        assertThat(escalated.getEscalationNote()).contains("Park daire başkanıyla görüşüldü; yanıt bu hafta verilecek.");
        assertThat(escalated.getStage()).isEqualTo(AdvisoryItemInfo.Stage.AWAITING_ANSWER);

        RunAs.user("memur", () -> inbox.complete(task(id, AdvisoryItemProcess.TASK_DEPARTMENT_ANSWERS).getId(), Map.of(
                AdvisoryItemProcess.VAR_ANSWER, "ACCEPTED",
                AdvisoryItemProcess.VAR_ANSWER_REASONS, "Meclisin görüşü doğrultusunda ağaçlar korunacak; güzergâh değişti.")),
                PARKS_OFFICER);
        assertThat(advisory.find(id).orElseThrow().getAnswer()).contains(AdvisoryItemInfo.Answer.ACCEPTED);
        assertThat(instance(id)).isNull();
    }
}
