package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which group receives which work, read from what is deployed (issue 13, item 2): routing lives
 * in the models, not in a table of ours. Each user task of the latest version of every process
 * names its candidate groups; a task whose group is an expression is routed by a decision, and
 * the feasibility routing decision is evaluated for every proposal category, so the page shows
 * what the engine will really do. Process owners change it in the model editor.
 */
@Service
public class WorkRouting {

    /** The decision that picks the department of a feasibility check. */
    public static final String FEASIBILITY_ROUTING = "FeasibilityRouting";

    /**
     * A user task as it is offered: to fixed groups, or (when {@code routedByDecision}) to the
     * group a decision picked for the case.
     */
    public record OfferedTask(String processKey, String processName, String taskId, String taskName,
                              boolean routedByDecision) {
    }

    /** A proposal category and the department its feasibility checks go to. */
    public record CategoryRoute(ProposalCategory category, String departmentGroup) {
    }

    private final RepositoryService repository;
    private final DecisionService decisions;

    public WorkRouting(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    /** Candidate group → the tasks offered to it, groups sorted; a decision-routed task is under "" (no fixed group). */
    @PreAuthorize("hasAnyRole('admin','coordinator','process-owner','supervisor')")
    public Map<String, List<OfferedTask>> tasksByGroup() {
        Map<String, List<OfferedTask>> byGroup = new TreeMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            var model = repository.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String groups = Optional.ofNullable(task.getCamundaCandidateGroups()).orElse("");
                String name = task.getName() == null ? task.getId() : task.getName();
                String processName = definition.getName() == null ? definition.getKey() : definition.getName();
                for (String group : Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList()) {
                    boolean expression = group.contains("${") || group.contains("#{");
                    byGroup.computeIfAbsent(expression ? "" : group, g -> new ArrayList<>())
                            .add(new OfferedTask(definition.getKey(), processName, task.getId(), name, expression));
                }
            }
        }
        byGroup.values().forEach(list -> list.sort(Comparator.comparing(OfferedTask::processKey).thenComparing(OfferedTask::taskName)));
        return byGroup;
    }

    /** Where each category's feasibility checks go, by the deployed decision; empty when it is not deployed. */
    @PreAuthorize("hasAnyRole('admin','coordinator','process-owner','supervisor')")
    public List<CategoryRoute> feasibilityRouting() {
        if (repository.createDecisionDefinitionQuery().decisionDefinitionKey(FEASIBILITY_ROUTING).count() == 0) {
            return List.of();
        }
        List<CategoryRoute> routes = new ArrayList<>();
        for (ProposalCategory category : ProposalCategory.values()) {
            var result = decisions.evaluateDecisionByKey(FEASIBILITY_ROUTING)
                    .variables(Map.of("category", category.code())).evaluate();
            Object group = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
            routes.add(new CategoryRoute(category, group == null ? null : group.toString()));
        }
        return routes;
    }

    /** The id of the latest deployed routing decision, for a link to its editor. */
    @PreAuthorize("hasAnyRole('admin','coordinator','process-owner','supervisor')")
    public Optional<String> routingDecisionId() {
        return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(FEASIBILITY_ROUTING)
                .latestVersion().singleResult()).map(d -> d.getId());
    }
}
