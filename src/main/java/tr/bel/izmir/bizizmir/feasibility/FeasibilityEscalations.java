package tr.bel.izmir.bizizmir.feasibility;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which feasibility checks were escalated: those whose overdue review reached a supervisor
 * (the process's overdue review task, read from the engine's history), for staff statistics.
 */
@Service
public class FeasibilityEscalations {

    private final HistoryService history;

    FeasibilityEscalations(HistoryService history) {
        this.history = history;
    }

    /** The proposals (business keys) whose check was escalated as overdue, ever. */
    @PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
    public Set<Long> escalatedProposals() {
        Set<String> instances = history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(FeasibilityCheckProcess.KEY)
                .taskDefinitionKey(FeasibilityCheckProcess.TASK_REVIEW_OVERDUE).list().stream()
                .map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Set.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .map(HistoricProcessInstance::getBusinessKey).filter(k -> k != null && k.matches("\\d{1,18}"))
                .map(Long::valueOf).collect(Collectors.toSet());
    }
}
