package tr.bel.izmir.bizizmir.feasibility;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.feasibility.internal.FeasibilityAssessmentRepository;
import tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess;
import tr.bel.izmir.bizizmir.proposal.ProposalLifecycle;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.WorkingCalendar;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

/**
 * Feasibility checks: started when a proposal qualifies, due after a number of working days,
 * extendable by a supervisor with a public reason, completed with a public explanation.
 */
@Service
@Transactional
public class FeasibilityChecks {

    public static final int EXPLANATION_MIN = 20;

    private final FeasibilityAssessmentRepository assessments;
    private final ProposalLifecycle proposals;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int slaWorkingDays;

    public FeasibilityChecks(FeasibilityAssessmentRepository assessments, ProposalLifecycle proposals,
                             RuntimeService runtime, TaskService tasks, WorkingCalendar calendar, Clock clock,
                             @Value("${bizizmir.feasibility.sla-working-days:10}") int slaWorkingDays) {
        this.assessments = assessments;
        this.proposals = proposals;
        this.runtime = runtime;
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
        this.slaWorkingDays = slaWorkingDays;
    }

    /** Starts the feasibility check of a proposal (once). */
    public void request(long proposalId) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(FeasibilityCheckProcess.KEY)
                .processInstanceBusinessKey(Long.toString(proposalId)).count() > 0) {
            return;
        }
        var proposal = proposals.read(proposalId);
        runtime.startProcessInstanceByKey(FeasibilityCheckProcess.KEY, Long.toString(proposalId),
                Variables.createVariables()
                        .putValue(FeasibilityCheckProcess.VAR_CATEGORY, proposal.getCategory().code())
                        .putValue(CaseVariables.NEIGHBOURHOOD_ID, proposal.getNeighbourhoodId())
                        .putValue(CaseVariables.CASE_TITLE, proposal.getTitle()));
        proposals.markInFeasibility(proposalId);
    }

    /** Called by the process once the department is known: records the check and its due date. */
    public Date start(long proposalId, String departmentGroup) {
        var assessment = assessments.findByProposalId(proposalId).orElseGet(() -> {
            var now = IzmirTime.now(clock);
            Instant due = calendar.addWorkingDays(now, slaWorkingDays).toInstant();
            return assessments.save(new FeasibilityAssessment(proposalId, departmentGroup, now.toInstant(), due));
        });
        return Date.from(assessment.getDueAt());
    }

    /** A supervisor gives the department more time; the new date and the reason are public. */
    public Date extend(long proposalId, LocalDate newDueDay, String reason) {
        var assessment = assessments.findByProposalId(proposalId)
                .orElseThrow(() -> new DomainException.NotFound("feasibility.error.not-found", proposalId));
        if (reason == null || reason.strip().length() < 10) {
            throw new DomainException("feasibility.error.extension-reason");
        }
        Instant newDue = newDueDay.atTime(17, 0).atZone(IzmirTime.ZONE).toInstant();
        if (!newDue.isAfter(assessment.getDueAt()) || !newDue.isAfter(clock.instant())) {
            throw new DomainException("feasibility.error.extension-date");
        }
        assessment.extend(newDue, reason.strip());
        proposals.feasibilityExtended(proposalId, newDue, reason.strip());
        tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(proposalId))
                .taskDefinitionKey(FeasibilityCheckProcess.TASK_ASSESS).list()
                .forEach(task -> {
                    task.setDueDate(Date.from(newDue));
                    tasks.saveTask(task);
                });
        return Date.from(newDue);
    }

    /** Records the outcome and tells the proposal; idempotent for a retried job. */
    public void complete(long proposalId, boolean feasible, BigDecimal cost, String timeline, String explanation,
                         String assessedBy, String approvedBy) {
        var assessment = assessments.findByProposalId(proposalId)
                .orElseThrow(() -> new DomainException.NotFound("feasibility.error.not-found", proposalId));
        if (explanation == null || explanation.strip().length() < EXPLANATION_MIN) {
            throw new DomainException("feasibility.error.explanation", EXPLANATION_MIN);
        }
        if (cost != null && cost.signum() < 0) {
            throw new DomainException("feasibility.error.cost");
        }
        if (!assessment.isCompleted()) {
            assessment.complete(feasible, cost, timeline, explanation.strip(), assessedBy, approvedBy, clock.instant());
            proposals.recordFeasibility(proposalId, feasible, explanation.strip());
        }
    }

    /** What citizens see: department, due date, whether it was extended and why, and the outcome. */
    @Transactional(readOnly = true)
    public Optional<FeasibilityAssessmentInfo> publicView(long proposalId) {
        return assessments.findByProposalId(proposalId).map(FeasibilityAssessmentInfo.class::cast);
    }
}
