package tr.bel.izmir.bizizmir.cases;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemInfo;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AdvisoryVoteInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo;
import tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The advisory item case on the real application, engine and PostgreSQL: officers, supervisors
 * and admins, the department the item is tabled for and the chair of the advising assembly see
 * it; members, chairs of other assemblies and other staff do not (unless they hold its task);
 * the case shows the item, the vote and advice, the department's answer and who gave it.
 */
@IntegrationTest
class AdvisoryItemCaseIT {

    static final String[] WORKS_OFFICER = {"officer", "dept-works"};

    @Autowired AdvisoryItemCases cases;
    @Autowired AdvisoryItems advisory;
    @Autowired AssemblyDirectory assemblies;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;

    AssemblyInfo assembly;
    AssemblyInfo other;
    String tag;
    String chair;
    String member;
    String otherChair;

    @BeforeEach
    void twoAssemblies() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate since = LocalDate.now().minusDays(10);
        assembly = assembly("Danisma dosyasi " + tag, since);
        other = assembly("Komsu meclis " + tag, since);
        chair = "baskan-" + tag;
        member = "uye-" + tag;
        otherChair = "obaskan-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), chair, AssemblyMemberInfo.Role.CHAIR, since));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), member, AssemblyMemberInfo.Role.MEMBER, since));
        SystemActor.call(() -> assemblies.enrol(other.getId(), otherChair, AssemblyMemberInfo.Role.CHAIR, since));
    }

    AssemblyInfo assembly(String name, LocalDate since) {
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bayindir", name).getId();
        return SystemActor.call(() -> assemblies.establish(hood, name + " Mahalle Meclisi", false, since));
    }

    AdvisoryItemInfo tabled() {
        return RunAs.user("memur", () -> advisory.table(assembly.getId(), "Çarşı meydanına gölgelik " + tag,
                "Meydanın güney yüzüne 400 metrekarelik gölgelik; iki ağaç yer değiştirecek.", "dept-works", 14), WORKS_OFFICER);
    }

    String answerTask(long id) {
        return taskService.createTaskQuery().processDefinitionKey(AdvisoryItemProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey(AdvisoryItemProcess.TASK_DEPARTMENT_ANSWERS)
                .singleResult().getId();
    }

    @Test
    void officers_the_department_it_is_tabled_for_and_the_chair_of_its_assembly_see_an_advisory_case_and_nobody_else() {
        long id = tabled().getId();

        for (String[] roles : List.of(new String[]{"officer", "dept-budget"}, new String[]{"supervisor"}, new String[]{"admin"},
                new String[]{"process-owner", "dept-works"}, new String[]{"citizen", "resident", "assembly-member", "assembly-chair"})) {
            String user = roles.length == 4 ? chair : "x-" + tag;
            assertThat(RunAs.user(user, () -> cases.maySee(id), roles)).as(String.join(",", roles)).isTrue();
            assertThat(RunAs.user(user, () -> cases.file(id, Messages.TURKISH), roles).content().item().getId()).isEqualTo(id);
        }
        // A member of the assembly, the chair of another one, and staff without a part: refused.
        Map<String, String[]> refused = Map.of(
                member, new String[]{"citizen", "resident", "assembly-member"},
                otherChair, new String[]{"citizen", "resident", "assembly-member", "assembly-chair"},
                "park-" + tag, new String[]{"park-manager", "dept-parks"},
                "mod-" + tag, new String[]{"moderator"});
        refused.forEach((user, roles) -> {
            assertThat(RunAs.user(user, () -> cases.maySee(id), roles)).as(user).isFalse();
            assertThatThrownBy(() -> RunAs.user(user, () -> cases.file(id, Messages.TURKISH), roles)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> cases.addNote(id, "Bir notum var"), roles)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        });
        for (String[] roles : List.of(WORKS_OFFICER, new String[]{"moderator"})) {
            assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.file(Long.MAX_VALUE, Messages.TURKISH), roles))
                    .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("advisory.error.not-found"));
        }
    }

    @Test
    void the_case_shows_the_vote_the_advice_and_the_departments_answer_and_names_who_answered() {
        long id = tabled().getId();
        RunAs.user(chair, () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, "Meydan yazın kullanılamıyor."),
                "citizen", "resident", "assembly-member", "assembly-chair");
        RunAs.user(member, () -> advisory.vote(id, AdvisoryVoteInfo.Choice.RECOMMEND, null), "citizen", "resident", "assembly-member");

        var waiting = RunAs.user("mudur", () -> cases.file(id, Messages.TURKISH), "officer", "supervisor");
        assertThat(waiting.content().item().getAdvice()).contains(AdvisoryItemInfo.Advice.RECOMMENDED);
        assertThat(waiting.content().count().votesCast()).isEqualTo(2);
        assertThat(waiting.content().item().getDescription()).contains("gölgelik");
        assertThat(waiting.trail().openTasks()).singleElement().satisfies(t -> {
            assertThat(t.taskKey()).isEqualTo(AdvisoryItemProcess.TASK_DEPARTMENT_ANSWERS);
            assertThat(t.candidateGroups()).containsExactly("dept-works");
            assertThat(t.due()).isEqualTo(waiting.content().item().getAnswerDueAt().orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        });

        // The department hands the answer to a moderator for a moment: they see the case while they hold it.
        String moderator = "mod-" + tag;
        taskService.setAssignee(answerTask(id), moderator); // someone holds the task (hand-overs: TaskAssignmentsIT)
        assertThat(RunAs.user(moderator, () -> cases.maySee(id), "moderator")).isTrue();
        taskService.setAssignee(answerTask(id), "memur");
        assertThat(RunAs.user(moderator, () -> cases.maySee(id), "moderator")).isFalse();

        String reasons = "Gölgelik yapılacak; ağaçlar yerinde kalacak, gölgelik onların arasına kurulacak.";
        RunAs.user("memur", () -> inbox.complete(answerTask(id), Map.of(AdvisoryItemProcess.VAR_ANSWER, "PARTLY_ACCEPTED",
                AdvisoryItemProcess.VAR_ANSWER_REASONS, reasons)), WORKS_OFFICER);
        RunAs.user("memur", () -> cases.addNote(id, "Ağaçların yeri için park birimine de danışıldı."), WORKS_OFFICER);

        var answered = RunAs.user(chair, () -> cases.file(id, Messages.ENGLISH), "citizen", "resident", "assembly-member", "assembly-chair");
        assertThat(answered.content().item().getAnswer()).contains(AdvisoryItemInfo.Answer.PARTLY_ACCEPTED);
        assertThat(answered.content().item().getAnswerReasons()).contains(reasons);
        assertThat(answered.trail().openTasks()).isEmpty();
        assertThat(answered.trail().history()).filteredOn(CaseActivity.Entry::isTask).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("memur");
            assertThat(e.decisions()).extracting(CaseActivity.Decision::value).contains(reasons);
        });
        assertThat(answered.trail().notes()).singleElement().satisfies(n -> assertThat(n.getAuthor()).isEqualTo("memur"));
    }
}
