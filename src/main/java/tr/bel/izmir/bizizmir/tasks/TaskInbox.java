package tr.bel.izmir.bizizmir.tasks;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.SearchText;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;
import tr.bel.izmir.bizizmir.shared.process.ModelNames;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import tr.bel.izmir.bizizmir.shared.StorableText;
import tr.bel.izmir.bizizmir.tasks.internal.InboxSql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff inbox over Camunda's task service, for every process. Candidate groups come from
 * the signed-in person's roles and departments ({@code taskCandidateGroupIn}), never from
 * Camunda's identity tables, so it works the same with local users and with Keycloak.
 * The inbox's page and count are SQL over Camunda's tables (InboxSql, DD034): paging in the
 * database, the case data of a page in the same statement.
 */
@Service
public class TaskInbox {

    static final String STAFF = "hasAnyRole('assembly-member','assembly-chair','officer','supervisor','park-manager','moderator','process-owner','admin')";

    /** The process variable through which a process learns who completed one of its tasks. */
    public static final String COMPLETED_BY_PREFIX = "completedBy_";

    public enum Sort { DUE, CREATED, PRIORITY, NAME }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final FormService formService;
    private final org.camunda.bpm.engine.RepositoryService repositoryService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ModelNames modelNames;
    private final InboxSql inboxSql;
    /** Per process definition: user task key → names; a deployed definition never changes. */
    private final Map<String, Map<String, List<String>>> userTasksByDefinition = new java.util.concurrent.ConcurrentHashMap<>();

    public TaskInbox(TaskService taskService, RuntimeService runtimeService, FormService formService,
                     org.camunda.bpm.engine.RepositoryService repositoryService, CurrentUser currentUser, Clock clock,
                     ModelNames modelNames, NamedParameterJdbcTemplate jdbc) {
        this.modelNames = modelNames;
        this.inboxSql = new InboxSql(jdbc);
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.formService = formService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the staff home shows at a glance. */
    public record Summary(long assignedToMe, long availableToMyGroups, long overdue, long dueToday) {
    }

    @PreAuthorize(STAFF)
    public Summary summary() {
        BizizmirUser user = currentUser.require();
        Date now = Date.from(clock.instant());
        Date endOfDay = Date.from(IzmirTime.now(clock).toLocalDate().plusDays(1).atStartOfDay(IzmirTime.ZONE).toInstant());
        long mine = taskService.createTaskQuery().taskAssignee(user.username()).active().count();
        long available = taskService.createTaskQuery().active().taskCandidateGroupIn(user.candidateGroups()).count();
        long overdue = visible(user).dueBefore(now).count();
        long dueToday = visible(user).dueAfter(now).dueBefore(endOfDay).count();
        return new Summary(mine, available, overdue, dueToday);
    }

    /**
     * A page of the inbox, and the case data its rows show, in one statement on Camunda's tables
     * (InboxSql, DD034): the same tasks, filters and order as Camunda's task query gave.
     */
    @PreAuthorize(STAFF)
    public List<InboxTask> page(InboxFilter filter, Sort sort, boolean ascending, int offset, int limit) {
        var order = switch (sort) {
            case DUE -> InboxSql.Order.DUE;
            case CREATED -> InboxSql.Order.CREATED;
            case PRIORITY -> InboxSql.Order.PRIORITY;
            case NAME -> InboxSql.Order.NAME;
        };
        return inboxSql.page(criteria(currentUser.require(), filter), order, ascending, offset, limit);
    }

    @PreAuthorize(STAFF)
    public long count(InboxFilter filter) {
        return inboxSql.count(criteria(currentUser.require(), filter));
    }

    private List<InboxTask> rows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        var instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, Map<String, Object>> caseData = new HashMap<>();
        Map<String, String> businessKeys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .variableNameIn(CaseVariables.CASE_TITLE, CaseVariables.NEIGHBOURHOOD_ID).disableCustomObjectDeserialization().list()
                    .forEach(v -> caseData.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue()));
            for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
                businessKeys.put(pi.getId(), pi.getBusinessKey());
            }
        }
        return tasks.stream().map(t -> {
            var data = caseData.getOrDefault(t.getProcessInstanceId(), Map.of());
            Object hood = data.get(CaseVariables.NEIGHBOURHOOD_ID);
            String definition = t.getProcessDefinitionId();
            return new InboxTask(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                    definition == null ? null : definition.substring(0, Math.max(0, definition.indexOf(':'))),
                    t.getProcessInstanceId(), businessKeys.get(t.getProcessInstanceId()), (String) data.get(CaseVariables.CASE_TITLE),
                    hood instanceof Number n ? n.longValue() : null,
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    t.getFollowUpDate() == null ? null : t.getFollowUpDate().toInstant(), t.getAssignee());
        }).toList();
    }

    private InboxSql.Criteria criteria(BizizmirUser user, InboxFilter filter) {
        Instant now = clock.instant();
        var today = IzmirTime.now(clock).toLocalDate();
        Instant dueBefore = switch (filter.due()) {
            case OVERDUE -> now;
            case TODAY -> today.plusDays(1).atStartOfDay(IzmirTime.ZONE).toInstant();
            case THIS_WEEK -> today.plusDays(7).atStartOfDay(IzmirTime.ZONE).toInstant();
            case NONE, ANY -> null;
        };
        Instant dueAfter = filter.due() == InboxFilter.Due.TODAY || filter.due() == InboxFilter.Due.THIS_WEEK ? now : null;
        String needle = SearchText.fold(filter.text());
        return new InboxSql.Criteria(user.username(), user.candidateGroups(), filter.assignment(), filter.processKey(),
                filter.neighbourhoodId(), dueBefore, dueAfter, filter.due() == InboxFilter.Due.NONE,
                filter.followUpDue() ? now : null, needle.isEmpty() ? null : matchText(needle));
    }

    /**
     * Tasks whose name or case title (what a row shows) contains the folded text. The database's
     * LIKE cannot fold Turkish letters, so the folding happens here: the user tasks of the
     * deployed models whose name matches, and the running cases whose title matches, become
     * an "or" of task keys and process instances.
     */
    private InboxSql.TextMatch matchText(String needle) {
        List<String> keys = userTaskNames().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(name -> SearchText.fold(name).contains(needle)))
                .map(Map.Entry::getKey).distinct().toList();
        List<String> instances = runtimeService.createVariableInstanceQuery().variableName(CaseVariables.CASE_TITLE)
                .disableCustomObjectDeserialization().list().stream()
                .filter(v -> v.getValue() instanceof String title && SearchText.fold(title).contains(needle))
                .map(org.camunda.bpm.engine.runtime.VariableInstance::getProcessInstanceId)
                .distinct().toList();
        return new InboxSql.TextMatch(keys, instances);
    }

    private Map<String, Set<String>> userTaskNames() {
        Map<String, Set<String>> names = new HashMap<>();
        for (var definition : repositoryService.createProcessDefinitionQuery().list()) {
            userTasksByDefinition.computeIfAbsent(definition.getId(), id -> {
                Map<String, List<String>> tasks = new HashMap<>();
                repositoryService.getBpmnModelInstance(id).getModelElementsByType(UserTask.class).forEach(t -> {
                    // The model's name and the names shown in every language (ModelNames).
                    tasks.computeIfAbsent(t.getId(), k -> new ArrayList<>()).addAll(modelNames.allNames(t.getId(), t.getName()));
                });
                return tasks;
            }).forEach((key, list) -> names.computeIfAbsent(key, k -> new HashSet<>()).addAll(list));
        }
        return names;
    }

    /** Tasks the person may see: assigned to them, or offered to one of their groups. */
    private TaskQuery visible(BizizmirUser user) {
        return taskService.createTaskQuery().active()
                .or()
                .taskAssignee(user.username())
                .taskCandidateGroupIn(user.candidateGroups())
                .endOr();
    }

    private Task requireVisible(BizizmirUser user, String taskId) {
        var task = visible(user).taskId(taskId).singleResult();
        if (task == null) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new DomainException.Conflict("task.error.gone");
            }
            throw new DomainException("task.error.not-yours");
        }
        return task;
    }

    /** The groups a task is offered to (its candidate groups). */
    List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).sorted().toList();
    }

    /** Whether the person is a supervisor in one of the groups the task is offered to. */
    boolean supervises(BizizmirUser user, String taskId) {
        return user.hasRole(tr.bel.izmir.bizizmir.security.AppRoles.SUPERVISOR)
                && candidateGroups(taskId).stream().anyMatch(user.candidateGroups()::contains);
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void claim(String taskId) {
        BizizmirUser user = currentUser.require();
        var task = requireVisible(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new DomainException.Conflict("task.error.claimed-by-other", task.getAssignee());
        }
        taskService.claim(taskId, user.username());
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void unclaim(String taskId) {
        BizizmirUser user = currentUser.require();
        var task = requireVisible(user, taskId);
        if (!user.username().equals(task.getAssignee())) {
            throw new DomainException.Conflict("task.error.not-assigned-to-you");
        }
        taskService.setAssignee(taskId, null);
    }

    /** Claims several tasks; the ones someone else took meanwhile are reported, not failed. */
    public record BulkResult(int claimed, List<String> refused) {
    }

    @PreAuthorize(STAFF)
    public BulkResult claimAll(Collection<String> taskIds) {
        int claimed = 0;
        List<String> refused = new ArrayList<>();
        for (String id : taskIds) {
            try {
                claim(id);
                claimed++;
            } catch (DomainException | TaskAlreadyClaimedException e) {
                refused.add(id);
            }
        }
        return new BulkResult(claimed, List.copyOf(refused));
    }

    /**
     * Completes a task the person may work on (assigned to them, or offered to one of their
     * groups and not taken by someone else), recording who completed it for the process.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void complete(String taskId, Map<String, Object> variables) {
        BizizmirUser user = currentUser.require();
        // Form values go to Camunda's tables, past the entity check: the same rule here.
        variables.forEach((name, value) -> {
            if (value instanceof String text) {
                StorableText.requireInForm(name, text);
            }
        });
        var task = requireVisible(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new DomainException.Conflict("task.error.claimed-by-other", task.getAssignee());
        }
        var all = new HashMap<>(variables);
        all.put(COMPLETED_BY_PREFIX + task.getTaskDefinitionKey(), user.username());
        try {
            // The claim is part of the race: two officers (on two nodes) who both saw the task
            // free both claim it; the second claim waits for the first transaction and then finds
            // the task's revision changed (issue 17, competing staff drill; CompetingStaffIT).
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.username());
            }
            taskService.complete(taskId, all);
        } catch (org.camunda.bpm.engine.exception.NullValueException | org.camunda.bpm.engine.OptimisticLockingException e) {
            // Someone else completed it between our check and our commit.
            throw new DomainException.Conflict("task.error.gone");
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            // A task listener of the process refused the values (a required reason, say): its words.
            throw DomainException.in(e).orElseThrow(() -> e);
        }
    }

    /** The processes that have user tasks, newest definition of each, for the inbox filter. */
    public Map<String, String> processes() {
        Map<String, String> names = new java.util.TreeMap<>();
        repositoryService.createProcessDefinitionQuery().latestVersion().active().list()
                .forEach(d -> names.put(d.getKey(), d.getName() == null ? d.getKey() : d.getName()));
        return names;
    }

    /** A task with its Camunda Form (formRef) JSON, if it has one, and its primitive variables. */
    public record TaskForm(InboxTask task, Optional<String> formJson, Map<String, Object> variables) {
    }

    @PreAuthorize(STAFF)
    public Optional<TaskForm> open(String taskId) {
        BizizmirUser user = currentUser.require();
        var task = visible(user).taskId(taskId).initializeFormKeys().singleResult();
        if (task == null && supervises(user, taskId)) {
            // A supervisor opens a task of their groups that a colleague holds, to take it back (DD020).
            task = taskService.createTaskQuery().active().taskId(taskId).initializeFormKeys().singleResult();
        }
        if (task == null) {
            return Optional.empty();
        }
        Optional<String> json = Optional.empty();
        if (task.getCamundaFormRef() != null) {
            try (InputStream in = formService.getDeployedTaskForm(taskId)) {
                json = Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | BadUserRequestException e) {
                // The inbox shows the task without a form and says so.
            }
        }
        Map<String, Object> variables = new HashMap<>();
        // Typed access: a JSON object variable (a DMN result) must not be deserialised here.
        var typed = taskService.getVariablesTyped(taskId, false);
        for (String name : typed.keySet()) {
            if (typed.getValueTyped(name) instanceof PrimitiveValue<?> p && p.getValue() != null) {
                variables.put(name, p.getValue());
            }
        }
        return Optional.of(new TaskForm(rows(List.of(task)).get(0), json, variables));
    }
}
