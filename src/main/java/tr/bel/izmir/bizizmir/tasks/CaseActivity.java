package tr.bel.izmir.bizizmir.tasks;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.tasks.forms.FormComponent;
import tr.bel.izmir.bizizmir.tasks.forms.FormDefinition;
import tr.bel.izmir.bizizmir.tasks.forms.FormDefinitionParser;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the processes of one case (all processes that ran with its business key) say about it
 * for the staff: the open tasks and who holds them, and the full history — every step, every
 * task with who completed it, when, and what they decided (the task form's fields, labelled as
 * the form labels them). Case pages call this after deciding that the reader may see the case;
 * unlike the public timeline it names people.
 */
@Service
public class CaseActivity {

    /** Activity types worth showing; tasks and events, not gateways. */
    static final Set<String> SHOWN = Set.of("startEvent", "noneEndEvent", "userTask", "businessRuleTask",
            "intermediateMessageCatch", "boundaryMessage", "intermediateTimer", "boundaryTimer", "serviceTask");

    private final TaskService taskService;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ProcessEngine engine;
    private final CurrentUser currentUser;
    private final tr.bel.izmir.bizizmir.tasks.internal.TaskHandoverRepository handovers;
    private final tr.bel.izmir.bizizmir.shared.Messages messages;

    public CaseActivity(TaskService taskService, HistoryService history, RepositoryService repository,
                        ProcessEngine engine, CurrentUser currentUser,
                        tr.bel.izmir.bizizmir.tasks.internal.TaskHandoverRepository handovers,
                        tr.bel.izmir.bizizmir.shared.Messages messages) {
        this.handovers = handovers;
        this.messages = messages;
        this.taskService = taskService;
        this.history = history;
        this.repository = repository;
        this.engine = engine;
        this.currentUser = currentUser;
    }

    /**
     * An open task of the case; {@code assignee} is null while nobody has claimed it, and
     * {@code workable} says whether the signed-in person holds it, may claim it, or — as a
     * supervisor of its groups — may take it back.
     */
    public record OpenTask(String id, String name, String taskKey, String processKey, String assignee,
                           List<String> candidateGroups, Instant created, Instant due, boolean workable) {
    }

    /** One field of a completed task's form as the person filled it in. */
    public record Decision(String key, String label, String value) {
    }

    /**
     * One line of a case's history.
     *
     * @param name      the BPMN element name (Turkish); views translate {@code timeline.<processKey>.<activityId>} first
     * @param ended     null while in progress
     * @param actor     for a task: who completed it (or holds it now); null for other steps
     * @param cancelled a task that ended without being completed (e.g. the proposal was withdrawn)
     */
    public record Entry(String processKey, String activityId, String activityType, String name, Instant started,
                        Instant ended, String actor, boolean cancelled, List<Decision> decisions) {
        public boolean isTask() {
            return "userTask".equals(activityType);
        }
    }

    /** Whether the signed-in person holds, or may claim, an open task of the case. */
    @PreAuthorize(TaskInbox.STAFF)
    public boolean mayWorkOn(String businessKey, Collection<String> processKeys) {
        var user = currentUser.require();
        return taskService.createTaskQuery().active().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(processKeys.toArray(String[]::new))
                .or().taskAssignee(user.username()).taskCandidateGroupIn(user.candidateGroups()).endOr()
                .count() > 0;
    }

    @PreAuthorize(TaskInbox.STAFF)
    public List<OpenTask> openTasks(String businessKey, Collection<String> processKeys) {
        var user = currentUser.require();
        var workable = taskService.createTaskQuery().active().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(processKeys.toArray(String[]::new))
                .or().taskAssignee(user.username()).taskCandidateGroupIn(user.candidateGroups()).endOr()
                .list().stream().map(Task::getId).collect(java.util.stream.Collectors.toSet());
        List<OpenTask> result = new ArrayList<>();
        for (Task t : taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(processKeys.toArray(String[]::new)).orderByTaskCreateTime().asc().list()) {
            var groups = taskService.getIdentityLinksForTask(t.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(l -> l.getGroupId()).sorted().toList();
            // A supervisor of the task's groups may open a task a colleague holds, to take it back (DD020).
            boolean supervises = user.hasRole(tr.bel.izmir.bizizmir.security.AppRoles.SUPERVISOR)
                    && groups.stream().anyMatch(user.candidateGroups()::contains);
            result.add(new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), processKey(t.getProcessDefinitionId()),
                    t.getAssignee(), groups, instant(t.getCreateTime()), instant(t.getDueDate()),
                    workable.contains(t.getId()) || supervises));
        }
        return result;
    }

    /** The case's history, oldest first; decisions are labelled in {@code locale} where the form says so. */
    @PreAuthorize(TaskInbox.STAFF)
    public List<Entry> history(String businessKey, Collection<String> processKeys, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Optional<FormDefinition>> forms = new HashMap<>();
        var instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(processKeys.toArray(String[]::new)).list();
        // Who handed which task to whom (DD020), shown with the task like its decisions.
        Map<String, List<TaskHandover>> handedOver = instances.isEmpty() ? Map.of()
                : handovers.findByProcessInstanceIdInOrderByActedAtAscIdAsc(instances.stream().map(i -> i.getId()).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(TaskHandover::getTaskId));
        for (var instance : instances) {
            Map<String, HistoricTaskInstance> tasks = new HashMap<>();
            history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()
                    .forEach(t -> tasks.put(t.getActivityInstanceId(), t));
            Map<String, Map<String, Object>> valuesByActivity = new HashMap<>();
            for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(instance.getId())
                    .variableUpdates().disableCustomObjectDeserialization().orderByTime().asc().list()) {
                if (d instanceof HistoricVariableUpdate u && u.getActivityInstanceId() != null && tasks.containsKey(u.getActivityInstanceId())) {
                    valuesByActivity.computeIfAbsent(u.getActivityInstanceId(), k -> new LinkedHashMap<>())
                            .put(u.getVariableName(), u.getValue());
                }
            }
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).list()) {
                if (!SHOWN.contains(a.getActivityType()) || a.getActivityName() == null) {
                    continue;
                }
                String actor = null;
                boolean cancelled = false;
                List<Decision> decisions = List.of();
                var task = tasks.get(a.getId());
                if (task != null) {
                    actor = task.getAssignee();
                    cancelled = task.getEndTime() != null && !"completed".equals(task.getDeleteReason());
                    var values = valuesByActivity.getOrDefault(a.getId(), Map.of());
                    var form = forms.computeIfAbsent(a.getProcessDefinitionId() + "/" + a.getActivityId(),
                            k -> form(a.getProcessDefinitionId(), a.getActivityId()));
                    decisions = new ArrayList<>(decisions(values, form, locale));
                    for (TaskHandover h : handedOver.getOrDefault(task.getId(), List.of())) {
                        decisions.add(new Decision("handover", messages.get("task.handover.case-label", locale),
                                messages.get("task.handover.case-entry", locale,
                                        messages.get("task.handover.action." + h.getAction().name(), locale),
                                        h.getFromUser() == null ? messages.get("inbox.unassigned", locale) : h.getFromUser(),
                                        h.getToUser(), h.getActedBy(), tr.bel.izmir.bizizmir.shared.IzmirTime.formatDateTime(h.getActedAt(), locale),
                                        h.getReason())));
                    }
                }
                entries.add(new Entry(instance.getProcessDefinitionKey(), a.getActivityId(), a.getActivityType(),
                        a.getActivityName(), instant(a.getStartTime()), instant(a.getEndTime()), actor, cancelled, decisions));
            }
        }
        entries.sort(Comparator.comparing(Entry::started).thenComparing(e -> e.ended() == null ? Instant.MAX : e.ended()));
        return entries;
    }

    /** The fields of the form in form order; without the form, every value the task set except bookkeeping. */
    private static List<Decision> decisions(Map<String, Object> values, Optional<FormDefinition> form, Locale locale) {
        List<Decision> result = new ArrayList<>();
        if (form.isPresent()) {
            for (FormComponent.Field f : form.get().fields()) {
                if (f.editable() && values.containsKey(f.key()) && values.get(f.key()) != null
                        && !values.get(f.key()).toString().isBlank()) {
                    Object value = values.get(f.key());
                    String shown = f.values().stream().filter(o -> o.value().equals(value.toString()))
                            .map(o -> f.localized(o, locale).label()).findFirst().orElse(value.toString());
                    result.add(new Decision(f.key(), f.localized(f.label(), FormComponent.LABEL_EN, locale), shown));
                }
            }
            // A field a later form version dropped still shows, under its variable name.
            var known = form.get().fields().stream().map(FormComponent.Field::key).collect(java.util.stream.Collectors.toSet());
            values.forEach((name, value) -> {
                if (!known.contains(name) && !name.startsWith(TaskInbox.COMPLETED_BY_PREFIX) && value != null && !value.toString().isBlank()) {
                    result.add(new Decision(name, name, value.toString()));
                }
            });
            return result;
        }
        values.forEach((name, value) -> {
            if (!name.startsWith(TaskInbox.COMPLETED_BY_PREFIX) && value != null && !value.toString().isBlank()) {
                result.add(new Decision(name, name, value.toString()));
            }
        });
        return result;
    }

    /** The Camunda Form a user task references (latest deployed version of its formRef). */
    private Optional<FormDefinition> form(String processDefinitionId, String activityId) {
        try {
            var element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
            if (!(element instanceof UserTask userTask) || userTask.getCamundaFormRef() == null) {
                return Optional.empty();
            }
            // Camunda 7 has no public query for form definitions; the engine's own lookup answers.
            var cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            var definition = cfg.getCommandExecutorTxRequired().execute(c ->
                    c.getCamundaFormDefinitionManager().findLatestDefinitionByKey(userTask.getCamundaFormRef()));
            if (definition == null) {
                return Optional.empty();
            }
            try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
                return Optional.of(new FormDefinitionParser().parse(in));
            }
        } catch (IOException | RuntimeException e) {
            // History stays readable with the raw variable names.
            return Optional.empty();
        }
    }

    private static String processKey(String definitionId) {
        return definitionId == null ? null : definitionId.substring(0, Math.max(0, definitionId.indexOf(':')));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
