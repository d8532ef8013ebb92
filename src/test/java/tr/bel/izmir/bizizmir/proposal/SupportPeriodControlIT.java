package tr.bel.izmir.bizizmir.proposal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff control of support periods on the real application, process and PostgreSQL (issue 13,
 * DD018): closing early or extending goes through the proposal's process with an audited,
 * public reason; bad input or the wrong person changes nothing.
 */
@IntegrationTest
class SupportPeriodControlIT {

    @Autowired ProposalSubmissions submissions;
    @Autowired SupportPeriodControls controls;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    long neighbourhoodId;
    PbCycleInfo cycle;
    String tag;

    @BeforeEach
    void neighbourhoodWithOpenCycle() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz", "Destek " + tag).getId();
        cycle = TestCycles.collectingProposals(cycles, neighbourhoodId, "Destek döngüsü " + tag);
    }

    String resident(String prefix) {
        return TestResidents.verified(residents, neighbourhoods, prefix + "-" + UUID.randomUUID().toString().substring(0, 6),
                neighbourhoodId, 1980);
    }

    /** A proposal screened and accepted, collecting support (threshold 2, none yet). */
    long collectingSupport() {
        String author = resident("yazar");
        var result = RunAs.user(author, () -> submissions.submit(cycle.getId(), new ProposalDraft("Parka gölgelik " + tag,
                "Çocuk parkına gölgelik ve bank konsun.", ProposalCategory.PARKS, "Atatürk Parkı", null, null,
                Money.ofLira(80_000)), UUID.randomUUID().toString()), "citizen", "resident");
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(result.proposalId())).singleResult().getId();
        var screening = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        RunAs.user("memur", () -> inbox.complete(screening.getId(),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), "officer", "dept-participation", "dept-parks");
        management.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(submissions.find(result.proposalId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.COLLECTING_SUPPORT);
        return result.proposalId();
    }

    Instant timerDue(long proposalId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(proposalId)).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).timers()
                .activityId(ProposalSubmissionProcess.TIMER_SUPPORT_PERIOD_ENDS).singleResult().getDuedate().toInstant();
    }

    void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    <T> T officer(java.util.function.Supplier<T> action) {
        return RunAs.user("memur-destek", action, "officer");
    }

    @Test
    void an_officer_closes_a_support_period_early_with_a_public_reason() {
        long id = collectingSupport();
        refused(() -> officer(() -> controls.closeNow(id, " ")), "proposal.support-control.error.reason-required");
        assertThat(submissions.find(id).orElseThrow().getStatus()).isEqualTo(ProposalStatus.COLLECTING_SUPPORT);
        Instant deadline = controls.deadline(id).orElseThrow();

        var closed = officer(() -> controls.closeNow(id, "Öneri başka bir projeyle aynı alanı kapsıyor."));

        assertThat(closed.getStatus()).isEqualTo(ProposalStatus.NOT_ENOUGH_SUPPORT);
        assertThat(controls.history(id)).singleElement().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(SupportControlInfo.Action.CLOSE_NOW);
            assertThat(c.getReason()).isEqualTo("Öneri başka bir projeyle aynı alanı kapsıyor.");
            assertThat(c.getActedBy()).isEqualTo("memur-destek");
            assertThat(c.getPreviousAt()).isEqualTo(deadline);
        });
        refused(() -> RunAs.user(resident("gec"), () -> submissions.support(id), "citizen", "resident"),
                "proposal.error.not-collecting-support");
        refused(() -> officer(() -> controls.closeNow(id, "Tekrar")), "proposal.support-control.error.not-collecting");
        refused(() -> officer(() -> controls.extend(id, Instant.now().plus(Duration.ofDays(60)), "Uzat")),
                "proposal.support-control.error.not-collecting");
        assertThat(controls.history(id)).hasSize(1);
    }

    @Test
    void extending_into_the_past_is_refused_and_a_real_extension_moves_the_timer() {
        long id = collectingSupport();
        Instant deadline = controls.deadline(id).orElseThrow();
        assertThat(timerDue(id)).isEqualTo(deadline);

        refused(() -> officer(() -> controls.extend(id, Instant.now().minus(Duration.ofMinutes(5)), "Geçmiş")),
                "proposal.support-control.error.date-in-past");
        refused(() -> officer(() -> controls.extend(id, deadline.minus(Duration.ofDays(1)), "Daha erken")),
                "proposal.support-control.error.not-later");
        refused(() -> officer(() -> controls.extend(id, null, "Tarihsiz")), "proposal.support-control.error.date-required");
        assertThatThrownBy(() -> RunAs.user(resident("yetkisiz"), () -> controls.extend(id,
                deadline.plus(Duration.ofDays(3)), "Ben uzatırım"), "citizen", "resident"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(controls.history(id)).isEmpty();
        assertThat(timerDue(id)).isEqualTo(deadline);

        Instant later = deadline.plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        officer(() -> controls.extend(id, later, "Bayram tatili nedeniyle uzatıldı."));

        assertThat(timerDue(id)).isEqualTo(later);
        assertThat(controls.deadline(id)).contains(later);
        assertThat(controls.history(id)).singleElement().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(SupportControlInfo.Action.EXTEND);
            assertThat(c.getNewAt()).isEqualTo(later);
        });
        // Supports still count, and reaching the threshold qualifies it as before.
        RunAs.user(resident("k1"), () -> submissions.support(id), "citizen", "resident");
        RunAs.user(resident("k2"), () -> submissions.support(id), "citizen", "resident");
        assertThat(submissions.find(id).orElseThrow().getStatus()).isNotEqualTo(ProposalStatus.COLLECTING_SUPPORT);
    }
}
