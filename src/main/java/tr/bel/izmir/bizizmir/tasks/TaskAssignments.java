package tr.bel.izmir.bizizmir.tasks;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.security.StaffDirectory;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;
import tr.bel.izmir.bizizmir.tasks.internal.TaskHandoverRepository;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Who holds a task (issue 13 item 3, issue 14 bug 3, DD020): hand it over to a colleague who may
 * do it, escalate it to a supervisor of its groups, or — as a supervisor — take back a task of
 * one's groups that someone else holds. "May do it" means being in one of the task's candidate
 * groups (or among its candidate users) in the {@link StaffDirectory}; anyone else is refused, so
 * a task can no longer be handed to a name nobody signs in with. Every hand-over needs a reason and
 * is recorded ({@link TaskHandover}); the engine's task assignment is the only thing changed, and
 * Camunda gets a task comment too (seen in its own task list and history).
 */
@Service
public class TaskAssignments {

    private static final Logger log = LoggerFactory.getLogger(TaskAssignments.class);
    static final String ERROR = "task.handover.error.";

    /** Someone a task may be handed to. */
    public record Candidate(String username, String displayName, boolean supervisor) {
        /** What the picker shows: the name, and the user name when it differs. */
        public String label() {
            return displayName.equals(username) ? username : displayName + " (" + username + ")";
        }
    }

    private final TaskService taskService;
    private final RuntimeService runtime;
    private final TaskInbox inbox;
    private final StaffDirectory directory;
    private final TaskHandoverRepository handovers;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TaskAssignments(TaskService taskService, RuntimeService runtime, TaskInbox inbox, StaffDirectory directory,
                           TaskHandoverRepository handovers, CurrentUser currentUser, Clock clock) {
        this.taskService = taskService;
        this.runtime = runtime;
        this.inbox = inbox;
        this.directory = directory;
        this.handovers = handovers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The people the signed-in person may hand the task to: its candidates but the holder and themselves. */
    @PreAuthorize(TaskInbox.STAFF)
    public List<Candidate> candidates(String taskId) {
        var user = currentUser.require();
        var task = requireSeen(user, taskId);
        return candidatesOf(task).stream()
                .filter(p -> !p.username().equals(task.getAssignee()) && !p.username().equals(user.username()))
                .map(p -> new Candidate(p.username(), p.displayName(), p.isSupervisor())).toList();
    }

    /** The supervisors of the task's groups it may be escalated to. */
    @PreAuthorize(TaskInbox.STAFF)
    public List<Candidate> supervisors(String taskId) {
        return candidates(taskId).stream().filter(Candidate::supervisor).toList();
    }

    /** Whether the signed-in person may take the task back: a supervisor of its groups, while someone else holds it. */
    @PreAuthorize(TaskInbox.STAFF)
    public boolean mayTakeBack(String taskId) {
        var user = currentUser.require();
        var task = taskService.createTaskQuery().active().taskId(taskId).singleResult();
        return task != null && task.getAssignee() != null && !task.getAssignee().equals(user.username())
                && inbox.supervises(user, taskId);
    }

    /** Hands the task to a colleague in its candidate groups, with a reason. */
    @PreAuthorize(TaskInbox.STAFF)
    @Transactional
    public void handOver(String taskId, String to, String reason) {
        assign(taskId, to, reason, TaskHandover.Action.HAND_OVER);
    }

    /** Hands the task to a supervisor of its groups, with a reason (why it needs them). */
    @PreAuthorize(TaskInbox.STAFF)
    @Transactional
    public void escalate(String taskId, String supervisor, String reason) {
        assign(taskId, supervisor, reason, TaskHandover.Action.ESCALATE);
    }

    /** A supervisor of the task's groups takes it, even from a colleague who holds it, with a reason. */
    @PreAuthorize("hasRole('supervisor')")
    @Transactional
    public void takeBack(String taskId, String reason) {
        var user = currentUser.require();
        String why = ProcessControlRecord.requireReason(reason, ERROR);
        var task = requireTask(taskId);
        if (!inbox.supervises(user, taskId)) {
            throw new DomainException("task.error.not-yours");
        }
        if (user.username().equals(task.getAssignee())) {
            throw new DomainException.Conflict(ERROR + "already-holds", user.username());
        }
        record(task, TaskHandover.Action.TAKE_BACK, user.username(), why, user);
    }

    /** The hand-overs of a task, oldest first (staff). */
    @PreAuthorize(TaskInbox.STAFF)
    public List<TaskHandover> history(String taskId) {
        requireSeen(currentUser.require(), taskId);
        return handovers.findByTaskIdOrderByActedAtAscIdAsc(taskId);
    }

    /** The hand-overs of the tasks of some process instances (a case's), oldest first. */
    @PreAuthorize(TaskInbox.STAFF)
    public List<TaskHandover> ofProcessInstances(Collection<String> processInstanceIds) {
        return processInstanceIds.isEmpty() ? List.of() : handovers.findByProcessInstanceIdInOrderByActedAtAscIdAsc(processInstanceIds);
    }

    /**
     * KVKK: the hand-overs a person took part in (from, to or by them). They stay on erasure:
     * they are the record of who was responsible for a municipal decision when (DD020).
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, Object> personalData(String username) {
        return java.util.Map.of("taskHandovers", handovers.involving(username).stream().map(h -> java.util.Map.of(
                "task", h.getTaskName() == null ? h.getTaskId() : h.getTaskName(),
                "case", h.getBusinessKey() == null ? "" : h.getBusinessKey(),
                "action", h.getAction().name(), "from", h.getFromUser() == null ? "" : h.getFromUser(),
                "to", h.getToUser(), "by", h.getActedBy(), "reason", h.getReason(), "at", h.getActedAt().toString())).toList());
    }

    private void assign(String taskId, String to, String reason, TaskHandover.Action action) {
        var user = currentUser.require();
        var task = requireTask(taskId);
        boolean holds = user.username().equals(task.getAssignee());
        boolean supervises = inbox.supervises(user, taskId);
        boolean offeredToMe = task.getAssignee() == null && inbox.candidateGroups(taskId).stream().anyMatch(user.candidateGroups()::contains);
        if (!holds && !supervises && !offeredToMe) {
            if (task.getAssignee() != null && inbox.candidateGroups(taskId).stream().anyMatch(user.candidateGroups()::contains)) {
                throw new DomainException.Conflict("task.error.claimed-by-other", task.getAssignee());
            }
            throw new DomainException("task.error.not-yours");
        }
        String target = to == null ? "" : to.strip();
        if (target.isEmpty() || target.equals(user.username())) {
            throw new DomainException("task.error.delegate-to");
        }
        String why = ProcessControlRecord.requireReason(reason, ERROR);
        if (target.equals(task.getAssignee())) {
            throw new DomainException.Conflict(ERROR + "already-holds", target);
        }
        var person = directory.find(target).orElseThrow(() -> new DomainException(ERROR + "unknown-person", target));
        if (candidatesOf(task).stream().noneMatch(p -> p.username().equals(person.username()))) {
            throw new DomainException(ERROR + "not-candidate", target);
        }
        if (action == TaskHandover.Action.ESCALATE && !person.isSupervisor()) {
            throw new DomainException(ERROR + "not-supervisor", target);
        }
        record(task, action, person.username(), why, user);
    }

    private void record(Task task, TaskHandover.Action action, String to, String why, BizizmirUser user) {
        String from = task.getAssignee();
        var instance = task.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        taskService.setAssignee(task.getId(), to);
        taskService.createComment(task.getId(), task.getProcessInstanceId(),
                action + " " + (from == null ? "-" : from) + " -> " + to + " (" + user.username() + "): " + why);
        handovers.save(new TaskHandover(task.getId(), task.getProcessInstanceId(),
                instance == null ? null : instance.getBusinessKey(), task.getName(), action, from, to, why,
                user.username(), clock.instant()));
        log.info("Task {} ({}): {} from {} to {} by {} ({})", task.getId(), task.getName(), action, from, to, user.username(), why);
    }

    /** The task, if the person holds it, is in its groups or supervises them; otherwise refused, nothing shown. */
    private Task requireSeen(BizizmirUser user, String taskId) {
        var task = requireTask(taskId);
        boolean inGroups = inbox.candidateGroups(taskId).stream().anyMatch(user.candidateGroups()::contains);
        if (!user.username().equals(task.getAssignee()) && !inGroups && !inbox.supervises(user, taskId)) {
            throw new DomainException("task.error.not-yours");
        }
        return task;
    }

    private Task requireTask(String taskId) {
        var task = taskId == null ? null : taskService.createTaskQuery().active().taskId(taskId).singleResult();
        if (task == null) {
            throw new DomainException.Conflict("task.error.gone");
        }
        return task;
    }

    /** The known staff in the task's candidate groups, and its candidate users who are known staff. */
    private List<StaffDirectory.Person> candidatesOf(Task task) {
        var links = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
        var groups = links.stream().map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
        var users = links.stream().map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
        return directory.all().stream().filter(p -> p.inAnyOf(groups) || users.contains(p.username())).toList();
    }
}
