package tr.bel.izmir.bizizmir.assembly;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Membership on the real application and PostgreSQL: applications go through the officer's check
 * in the inbox, admitted members serve a term, refusals carry their reason, members resign and
 * come back, officers give roles; bad input is refused with nothing saved.
 */
@IntegrationTest
class AssemblyMembershipIT {

    static final String[] CITIZEN = {"citizen"};
    static final String[] OFFICER = {"officer", "dept-participation", "dept-parks"};
    static final String APPLICATION_TEXT = "Mahallede on yıldır yaşıyorum, parkların bakımında gönüllüyüm.";

    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AssemblyMemberships memberships;
    @Autowired AdvisoryItems advisory;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;

    AssemblyInfo assembly;
    String tag;

    @BeforeEach
    void assemblyWithAChair() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Uyelik " + tag;
        long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Torbali", name).getId();
        assembly = RunAs.user("admin", () -> assemblies.establish(neighbourhoodId, name + " Mahalle Meclisi", false,
                LocalDate.now().minusDays(100)), "admin");
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, LocalDate.now().minusDays(100)));
    }

    MembershipApplicationInfo apply(String who, MembershipApplicationInfo.Kind kind, String initiative) {
        return RunAs.user(who, () -> memberships.apply(assembly.getId(), kind, initiative, APPLICATION_TEXT), CITIZEN);
    }

    String checkTask(long applicationId) {
        var task = taskService.createTaskQuery().processDefinitionKey(AssemblyMembershipProcess.KEY)
                .processInstanceBusinessKey(Long.toString(applicationId))
                .taskDefinitionKey(AssemblyMembershipProcess.TASK_CHECK).singleResult();
        return task == null ? null : task.getId();
    }

    static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void an_officer_admits_a_volunteer_who_serves_a_term_then_resigns_and_can_come_back() {
        String volunteer = "gonullu-" + tag;
        var application = apply(volunteer, MembershipApplicationInfo.Kind.INDIVIDUAL, null);
        String task = checkTask(application.getId());
        assertThat(task).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task)).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("dept-participation"));
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getDueDate()).isNotNull();
        assertThat((String) taskService.getVariable(task, AssemblyMembershipProcess.VAR_APPLICATION_SUMMARY_EN))
                .contains("Individual volunteer: " + volunteer, APPLICATION_TEXT);
        refused(() -> apply(volunteer, MembershipApplicationInfo.Kind.INDIVIDUAL, null), "membership.error.pending");

        RunAs.user("memur", () -> inbox.complete(task, Map.of(AssemblyMembershipProcess.VAR_CHECK_DECISION, AssemblyMembershipProcess.ADMIT)), OFFICER);
        assertThat(memberships.find(application.getId()).orElseThrow().getStatus()).isEqualTo(MembershipApplicationInfo.Status.ADMITTED);
        var member = memberships.serving(assembly.getId(), volunteer).orElseThrow();
        assertThat(member.getRole()).isEqualTo(AssemblyMemberInfo.Role.MEMBER);
        assertThat(member.getTermStart()).isEqualTo(LocalDate.now());
        assertThat(member.getTermEnd()).isEqualTo(LocalDate.now().plusYears(2).minusDays(1));
        refused(() -> apply(volunteer, MembershipApplicationInfo.Kind.INDIVIDUAL, null), "membership.error.already-member");

        // A serving member votes on advisory items; after resigning, no more.
        var item = RunAs.user("memur", () -> advisory.table(assembly.getId(), "Pazar yeri düzenlemesi",
                "Pazar yerinin zemin ve gölgelik düzenlemesi.", "dept-works", 7), "officer", "dept-participation", "dept-works");
        RunAs.user(volunteer, () -> memberships.resign(assembly.getId()), CITIZEN);
        assertThat(memberships.serving(assembly.getId(), volunteer)).isEmpty();
        assertThat(RunAs.user(volunteer, () -> memberships.myMemberships(), CITIZEN))
                .singleElement().satisfies(m -> assertThat(m.getResignedOn()).contains(LocalDate.now()));
        refused(() -> RunAs.user(volunteer, () -> advisory.vote(item.getId(), AdvisoryVoteInfo.Choice.RECOMMEND, null), "assembly-member"),
                "advisory.error.not-a-member");
        refused(() -> RunAs.user(volunteer, () -> memberships.resign(assembly.getId()), CITIZEN), "membership.error.not-a-member");

        var again = apply(volunteer, MembershipApplicationInfo.Kind.INDIVIDUAL, null);
        RunAs.user("memur", () -> inbox.complete(checkTask(again.getId()),
                Map.of(AssemblyMembershipProcess.VAR_CHECK_DECISION, AssemblyMembershipProcess.ADMIT)), OFFICER);
        assertThat(memberships.serving(assembly.getId(), volunteer)).as("a new term after re-admission").isPresent();
        assertThat(memberships.membersOf(assembly.getId())).extracting(AssemblyMemberInfo::getUsername).containsExactly("baskan", volunteer);
    }

    @Test
    void a_refusal_needs_a_reason_which_the_initiative_sees() {
        String representative = "girisim-" + tag;
        var application = apply(representative, MembershipApplicationInfo.Kind.INITIATIVE, "Sokak Bahçeleri Girişimi");
        String task = checkTask(application.getId());
        refused(() -> RunAs.user("memur", () -> inbox.complete(task, Map.of(
                AssemblyMembershipProcess.VAR_CHECK_DECISION, AssemblyMembershipProcess.REFUSE)), OFFICER), "membership.error.reason-required");
        assertThat(checkTask(application.getId())).as("the check stays open").isEqualTo(task);
        assertThat(memberships.find(application.getId()).orElseThrow().getStatus()).isEqualTo(MembershipApplicationInfo.Status.PENDING);

        RunAs.user("memur", () -> inbox.complete(task, Map.of(
                AssemblyMembershipProcess.VAR_CHECK_DECISION, AssemblyMembershipProcess.REFUSE,
                AssemblyMembershipProcess.VAR_REFUSAL_REASON, "Girişimin bu mahallede etkinliği belgelenmedi.")), OFFICER);
        var mine = RunAs.user(representative, () -> memberships.myApplications(), CITIZEN);
        assertThat(mine).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo(MembershipApplicationInfo.Status.REFUSED);
            assertThat(a.getInitiativeName()).contains("Sokak Bahçeleri Girişimi");
            assertThat(a.getRefusalReason()).contains("Girişimin bu mahallede etkinliği belgelenmedi.");
        });
        assertThat(memberships.serving(assembly.getId(), representative)).isEmpty();
    }

    @Test
    void bad_applications_are_refused_and_start_nothing() {
        String who = "hatali-" + tag;
        refused(() -> apply(who, MembershipApplicationInfo.Kind.INITIATIVE, "  "), "membership.error.initiative-required");
        refused(() -> RunAs.user(who, () -> memberships.apply(assembly.getId(), MembershipApplicationInfo.Kind.INDIVIDUAL, null, "Kısa."), CITIZEN),
                "membership.error.motivation-too-short");
        refused(() -> RunAs.user(who, () -> memberships.apply(assembly.getId(), null, null, APPLICATION_TEXT), CITIZEN),
                "membership.error.kind-required");
        assertThat(RunAs.user(who, () -> memberships.myApplications(), CITIZEN)).isEmpty();
        assertThatThrownBy(() -> memberships.apply(assembly.getId(), MembershipApplicationInfo.Kind.INDIVIDUAL, null, APPLICATION_TEXT))
                .as("anonymous").isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void officers_give_roles_one_chair_and_one_secretary_at_a_time() {
        String newcomer = "yeni-" + tag;
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), newcomer, AssemblyMemberInfo.Role.MEMBER, LocalDate.now().minusDays(1)));
        long newcomerId = memberships.serving(assembly.getId(), newcomer).orElseThrow().getId();
        assertThatThrownBy(() -> RunAs.user("baskan", () -> memberships.assignRole(newcomerId, AssemblyMemberInfo.Role.CHAIR),
                "assembly-member", "assembly-chair")).isInstanceOf(AccessDeniedException.class);

        RunAs.user("memur", () -> memberships.assignRole(newcomerId, AssemblyMemberInfo.Role.CHAIR), OFFICER);
        assertThat(memberships.serving(assembly.getId(), newcomer).orElseThrow().getRole()).isEqualTo(AssemblyMemberInfo.Role.CHAIR);
        assertThat(memberships.serving(assembly.getId(), "baskan").orElseThrow().getRole()).isEqualTo(AssemblyMemberInfo.Role.MEMBER);
        RunAs.user("admin", () -> memberships.assignRole(memberships.serving(assembly.getId(), "baskan").orElseThrow().getId(),
                AssemblyMemberInfo.Role.SECRETARY), "admin");
        assertThat(memberships.membersOf(assembly.getId())).extracting(AssemblyMemberInfo::getRole)
                .containsExactly(AssemblyMemberInfo.Role.CHAIR, AssemblyMemberInfo.Role.SECRETARY);
        refused(() -> RunAs.user("memur", () -> memberships.changeTerm(newcomerId, LocalDate.now(), LocalDate.now().minusDays(1)), OFFICER),
                "membership.error.term");
    }
}
