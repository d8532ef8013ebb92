package tr.bel.izmir.bizizmir.tasks;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Handing tasks over on the real application, engine and PostgreSQL (issue 13 item 3, issue 14
 * bug 3, DD020): only to people who may do the task, with a reason, audited; supervisors take
 * back tasks of their groups that a colleague holds; a Keycloak sign-in makes a colleague known.
 * The screening task of a fresh proposal is offered to the participation desk
 * ({@code dept-participation}, DD024): of the demo users memur, katilim and mudur (mudur is also
 * a supervisor); butce, of the budget office, may not receive it.
 */
@IntegrationTest
class TaskAssignmentsIT {

    static final String[] MEMUR = {"officer", "dept-participation", "dept-parks", "dept-works"};
    static final String[] KATILIM = {"officer", "dept-participation"};
    static final String[] MUDUR = {"officer", "supervisor", "dept-participation", "dept-parks", "dept-works", "dept-culture", "dept-environment"};

    @Autowired TaskAssignments assignments;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ProposalSubmissions submissions;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired ApplicationEventPublisher events;
    @Autowired tr.bel.izmir.bizizmir.privacy.PersonalData personalData;

    String tag;
    String taskId;

    @BeforeEach
    void aScreeningTask() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bornova", "Devir " + tag).getId();
        PbCycleInfo cycle = TestCycles.collectingProposals(cycles, neighbourhoodId, "Devir döngüsü " + tag);
        String author = TestResidents.verified(residents, neighbourhoods, "devir-" + tag, neighbourhoodId, 1980);
        var draft = new ProposalDraft("Okul önüne yaya geçidi " + tag, "Okulun önündeki caddeye ışıklı yaya geçidi.",
                ProposalCategory.PARKS, "Okul önü", new BigDecimal("38.462100"), new BigDecimal("27.216500"),
                Money.ofLira(80_000));
        long proposalId = RunAs.user(author, () -> submissions.submit(cycle.getId(), draft, List.of(),
                UUID.randomUUID().toString()), "citizen", "resident").proposalId();
        taskId = taskService.createTaskQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(proposalId))
                .taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL).singleResult().getId();
    }

    String assignee() {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    static void assertRefused(Executable action, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void a_task_goes_only_to_a_known_person_who_may_do_it_with_a_reason_and_the_hand_over_is_recorded() {
        RunAs.user("memur", () -> inbox.claim(taskId), MEMUR);

        // The picker offers the officers but the holder; not the park manager, not a stranger.
        assertThat(RunAs.user("memur", () -> assignments.candidates(taskId), MEMUR))
                .extracting(TaskAssignments.Candidate::username).contains("katilim", "mudur").doesNotContain("memur", "park", "moderator", "butce");
        assertThat(RunAs.user("memur", () -> assignments.supervisors(taskId), MEMUR))
                .extracting(TaskAssignments.Candidate::username).contains("mudur").doesNotContain("katilim");

        // Issue 14 bug 3: a name nobody signs in with used to strand the task.
        assertRefused(() -> RunAs.user("memur", () -> assignments.handOver(taskId, "kimse-" + tag, "Deneme"), MEMUR),
                "task.handover.error.unknown-person");
        assertRefused(() -> RunAs.user("memur", () -> assignments.handOver(taskId, "park", "Park işi"), MEMUR),
                "task.handover.error.not-candidate");
        assertRefused(() -> RunAs.user("memur", () -> assignments.handOver(taskId, "katilim", "  "), MEMUR),
                "task.handover.error.reason-required");
        assertRefused(() -> RunAs.user("memur", () -> assignments.handOver(taskId, "memur", "Kendime"), MEMUR),
                "task.error.delegate-to");
        assertRefused(() -> RunAs.user("memur", () -> assignments.escalate(taskId, "katilim", "Karar gerekiyor"), MEMUR),
                "task.handover.error.not-supervisor");
        // Someone outside the task's groups may not move it at all, nor list who could take it.
        assertRefused(() -> RunAs.user("moderator", () -> assignments.candidates(taskId), "moderator"), "task.error.not-yours");
        assertRefused(() -> RunAs.user("moderator", () -> assignments.history(taskId), "moderator"), "task.error.not-yours");
        assertRefused(() -> RunAs.user("moderator", () -> assignments.handOver(taskId, "katilim", "Benim değil"), "moderator"),
                "task.error.not-yours");
        // A colleague of the group may not take it from the holder.
        assertRefused(() -> RunAs.user("katilim", () -> assignments.handOver(taskId, "mudur", "Ben veriyorum"), KATILIM),
                "task.error.claimed-by-other");
        assertThat(assignee()).as("every refusal left the task where it was").isEqualTo("memur");
        assertThat(RunAs.user("memur", () -> assignments.history(taskId), MEMUR)).isEmpty();

        RunAs.user("memur", () -> assignments.handOver(taskId, "katilim", "Maliyet kalemleri bütçenin işi"), MEMUR);
        assertThat(assignee()).isEqualTo("katilim");
        assertThat(RunAs.user("katilim", () -> inbox.open(taskId), KATILIM)).as("the new holder opens it").isPresent();
        assertThat(RunAs.user("katilim", () -> assignments.history(taskId), KATILIM)).singleElement().satisfies(h -> {
            assertThat(h.getAction()).isEqualTo(TaskHandover.Action.HAND_OVER);
            assertThat(h.getFromUser()).isEqualTo("memur");
            assertThat(h.getToUser()).isEqualTo("katilim");
            assertThat(h.getActedBy()).isEqualTo("memur");
            assertThat(h.getReason()).isEqualTo("Maliyet kalemleri bütçenin işi");
        });
        assertRefused(() -> RunAs.user("memur", () -> assignments.handOver(taskId, "katilim", "Yine"), MUDUR),
                "task.handover.error.already-holds");

        // Escalation goes to a supervisor of the task's groups.
        RunAs.user("katilim", () -> assignments.escalate(taskId, "mudur", "Tutar onay sınırımın üstünde"), KATILIM);
        assertThat(assignee()).isEqualTo("mudur");
        assertThat(RunAs.user("mudur", () -> assignments.history(taskId), MUDUR))
                .extracting(TaskHandover::getAction).containsExactly(TaskHandover.Action.HAND_OVER, TaskHandover.Action.ESCALATE);
        // KVKK: the people involved find the hand-overs in their own export.
        assertThat(new String(RunAs.user("katilim", personalData::exportJson, KATILIM), java.nio.charset.StandardCharsets.UTF_8))
                .contains("taskHandovers", "Maliyet kalemleri bütçenin işi", "Tutar onay sınırımın üstünde");
    }

    @Test
    void a_supervisor_of_the_tasks_groups_takes_back_a_task_a_colleague_holds_others_may_not() {
        RunAs.user("katilim", () -> inbox.claim(taskId), KATILIM);

        assertThatThrownBy(() -> RunAs.user("memur", () -> assignments.takeBack(taskId, "Ben bakarım"), MEMUR))
                .as("officers are no supervisors").isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> RunAs.user("denetci-" + tag, () -> assignments.takeBack(taskId, "Başka grup"), "supervisor", "dept-culture"),
                "task.error.not-yours");
        assertThat(RunAs.user("memur", () -> inbox.open(taskId), MEMUR)).as("a colleague cannot open a task someone holds").isEmpty();
        assertThat(RunAs.user("mudur", () -> assignments.mayTakeBack(taskId), MUDUR)).isTrue();
        assertThat(RunAs.user("mudur", () -> inbox.open(taskId), MUDUR)).as("the supervisor opens it to take it back").isPresent();
        assertRefused(() -> RunAs.user("mudur", () -> assignments.takeBack(taskId, ""), MUDUR), "task.handover.error.reason-required");
        assertThat(assignee()).isEqualTo("katilim");

        RunAs.user("mudur", () -> assignments.takeBack(taskId, "katilim izinde; süre doluyor"), MUDUR);
        assertThat(assignee()).isEqualTo("mudur");
        assertThat(RunAs.user("mudur", () -> assignments.history(taskId), MUDUR)).singleElement().satisfies(h -> {
            assertThat(h.getAction()).isEqualTo(TaskHandover.Action.TAKE_BACK);
            assertThat(h.getFromUser()).isEqualTo("katilim");
            assertThat(h.getToUser()).isEqualTo("mudur");
            assertThat(h.getReason()).isEqualTo("katilim izinde; süre doluyor");
        });
        // The supervisor can hand it on, e.g. back to the team.
        RunAs.user("mudur", () -> assignments.handOver(taskId, "memur", "Sen devam et"), MUDUR);
        assertThat(assignee()).isEqualTo("memur");
    }

    @Test
    void a_colleague_known_from_a_keycloak_sign_in_may_receive_a_task() {
        String colleague = "kc-memur-" + tag;
        RunAs.user("memur", () -> inbox.claim(taskId), MEMUR);
        assertRefused(() -> RunAs.user("memur", () -> assignments.handOver(taskId, colleague, "Yeni arkadaş"), MEMUR),
                "task.handover.error.unknown-person");

        var token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", colleague, "preferred_username", colleague, "name", "Şükrü Çağlar"));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_officer"), new SimpleGrantedAuthority("GROUP_dept-participation"));
        events.publishEvent(new AuthenticationSuccessEvent(new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token), authorities, "keycloak")));

        assertThat(RunAs.user("memur", () -> assignments.candidates(taskId), MEMUR))
                .anySatisfy(c -> {
                    assertThat(c.username()).isEqualTo(colleague);
                    assertThat(c.displayName()).isEqualTo("Şükrü Çağlar");
                });
        RunAs.user("memur", () -> assignments.handOver(taskId, colleague, "Yeni arkadaş"), MEMUR);
        assertThat(assignee()).isEqualTo(colleague);
        assertThat(new String(RunAs.user(colleague, personalData::exportJson, "officer", "dept-participation"),
                java.nio.charset.StandardCharsets.UTF_8)).as("KVKK: what the directory keeps").contains("staffDirectory", "Şükrü Çağlar");
    }
}
