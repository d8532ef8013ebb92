package tr.bel.izmir.bizizmir.cases;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyMemberships;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess;
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
 * The membership application case on the real application, engine and PostgreSQL: officers,
 * supervisors, admins and the chair of the assembly applied to see it, nobody else without the
 * check task; the case shows the applicant's motivation, the check's due date, and the refusal
 * with its reason and who decided.
 */
@IntegrationTest
class MembershipCaseIT {

    static final String[] CHAIR = {"citizen", "resident", "assembly-member", "assembly-chair"};

    @Autowired MembershipCases cases;
    @Autowired AssemblyMemberships memberships;
    @Autowired AssemblyDirectory assemblies;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;

    AssemblyInfo assembly;
    String tag;
    String chair;
    String otherChair;

    @BeforeEach
    void assemblies() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate since = LocalDate.now().minusDays(100);
        assembly = assembly("Uyelik dosyasi " + tag, since);
        var other = assembly("Baska meclis " + tag, since);
        chair = "baskan-" + tag;
        otherChair = "obaskan-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), chair, AssemblyMemberInfo.Role.CHAIR, since));
        SystemActor.call(() -> assemblies.enrol(other.getId(), otherChair, AssemblyMemberInfo.Role.CHAIR, since));
    }

    AssemblyInfo assembly(String name, LocalDate since) {
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Torbali", name).getId();
        return SystemActor.call(() -> assemblies.establish(hood, name + " Mahalle Meclisi", false, since));
    }

    MembershipApplicationInfo apply(String who) {
        return RunAs.user(who, () -> memberships.apply(assembly.getId(), MembershipApplicationInfo.Kind.INITIATIVE, "Torbalı Bisiklet Girişimi",
                "Girişimimiz üç yıldır mahallede bisiklet atölyesi düzenliyor."), "citizen");
    }

    String checkTask(long id) {
        return taskService.createTaskQuery().processDefinitionKey(AssemblyMembershipProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey(AssemblyMembershipProcess.TASK_CHECK)
                .singleResult().getId();
    }

    @Test
    void officers_and_the_chair_of_the_assembly_see_a_membership_case_and_nobody_else_without_its_task() {
        String applicant = "basvuran-" + tag;
        long id = apply(applicant).getId();

        for (String[] roles : List.of(new String[]{"officer"}, new String[]{"supervisor"}, new String[]{"admin"}, CHAIR)) {
            String user = roles == CHAIR ? chair : "x-" + tag;
            var content = RunAs.user(user, () -> cases.file(id, Messages.TURKISH), roles).content();
            assertThat(content.application().getApplicant()).isEqualTo(applicant);
            assertThat(content.application().getInitiativeName()).contains("Torbalı Bisiklet Girişimi");
            assertThat(content.application().getMotivation()).contains("bisiklet atölyesi");
            assertThat(content.assembly().getId()).isEqualTo(assembly.getId());
        }
        Map<String, String[]> refused = Map.of(
                otherChair, CHAIR,
                "uye-" + tag, new String[]{"citizen", "resident", "assembly-member"},
                "park-" + tag, new String[]{"park-manager"},
                "mod-" + tag, new String[]{"moderator"},
                "surec-" + tag, new String[]{"process-owner"});
        refused.forEach((user, roles) -> {
            assertThat(RunAs.user(user, () -> cases.maySee(id), roles)).as(user).isFalse();
            assertThatThrownBy(() -> RunAs.user(user, () -> cases.content(id), roles)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> cases.addNote(id, "Tanıyorum, iyi biri"), roles)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThatThrownBy(() -> RunAs.user(applicant, () -> cases.file(id, Messages.TURKISH), "citizen"))
                .as("not the applicant: the case is the staff's").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("x-" + tag, () -> cases.file(Long.MAX_VALUE, Messages.TURKISH), "moderator"))
                .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("membership.error.no-application"));

        // An officer asks a moderator to check the initiative: the moderator sees the case while holding the task.
        String moderator = "mod2-" + tag;
        taskService.setAssignee(checkTask(id), moderator); // someone holds the task (hand-overs: TaskAssignmentsIT)
        assertThat(RunAs.user(moderator, () -> cases.maySee(id), "moderator")).isTrue();
    }

    @Test
    void a_refusal_shows_with_its_reason_who_decided_and_the_check_in_the_history() {
        long id = apply("ret-" + tag).getId();
        var open = RunAs.user("memur", () -> cases.file(id, Messages.TURKISH), "officer", "dept-participation");
        assertThat(open.trail().openTasks()).singleElement().satisfies(t -> {
            assertThat(t.taskKey()).isEqualTo(AssemblyMembershipProcess.TASK_CHECK);
            assertThat(t.due()).as("the check's due date").isNotNull();
            assertThat(t.workable()).isTrue();
        });
        String reason = "Girişimin mahallede etkinliği belgelenemedi; bireysel başvuru yapılabilir.";
        RunAs.user("memur", () -> inbox.complete(checkTask(id), Map.of(AssemblyMembershipProcess.VAR_CHECK_DECISION,
                AssemblyMembershipProcess.REFUSE, AssemblyMembershipProcess.VAR_REFUSAL_REASON, reason)), "officer", "dept-participation");

        var decided = RunAs.user(chair, () -> cases.file(id, Messages.TURKISH), CHAIR);
        assertThat(decided.content().application().getStatus()).isEqualTo(MembershipApplicationInfo.Status.REFUSED);
        assertThat(decided.content().application().getRefusalReason()).contains(reason);
        assertThat(decided.content().application().getDecidedBy()).contains("memur");
        assertThat(decided.trail().openTasks()).isEmpty();
        assertThat(decided.trail().history()).filteredOn(CaseActivity.Entry::isTask).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("memur");
            assertThat(e.decisions()).extracting(CaseActivity.Decision::value).contains(reason);
        });
    }
}
