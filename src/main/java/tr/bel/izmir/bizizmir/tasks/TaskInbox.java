package tr.bel.izmir.bizizmir.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.security.CurrentUser;

import java.time.Clock;
import java.util.Date;

/**
 * The staff inbox over Camunda's task service. Candidate groups come from the signed-in
 * person's roles and departments ({@code taskCandidateGroupIn}), never from Camunda's own
 * identity tables, so it works the same with local users and with Keycloak.
 */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TaskInbox(TaskService taskService, CurrentUser currentUser, Clock clock) {
        this.taskService = taskService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the staff home shows at a glance. */
    public record Summary(long assignedToMe, long availableToMyGroups, long overdue, long dueToday) {
    }

    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair','officer','supervisor','park-manager','moderator','process-owner','admin')")
    public Summary summary() {
        BizizmirUser user = currentUser.require();
        Date now = Date.from(clock.instant());
        Date endOfDay = Date.from(tr.bel.izmir.bizizmir.shared.IzmirTime.now(clock).toLocalDate().plusDays(1)
                .atStartOfDay(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toInstant());
        long mine = taskService.createTaskQuery().taskAssignee(user.username()).active().count();
        long available = groupTasks(user).taskUnassigned().count();
        long overdue = visible(user).dueBefore(now).count();
        long dueToday = visible(user).dueAfter(now).dueBefore(endOfDay).count();
        return new Summary(mine, available, overdue, dueToday);
    }

    /**
     * Completes a task the person may work on (assigned to them, or offered to one of their
     * groups and not taken by someone else), recording who completed it for the process.
     */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair','officer','supervisor','park-manager','moderator','process-owner','admin')")
    @org.springframework.transaction.annotation.Transactional
    public void complete(String taskId, java.util.Map<String, Object> variables) {
        BizizmirUser user = currentUser.require();
        var task = visible(user).taskId(taskId).singleResult();
        if (task == null) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new tr.bel.izmir.bizizmir.shared.DomainException.Conflict("task.error.gone");
            }
            throw new tr.bel.izmir.bizizmir.shared.DomainException("task.error.not-yours");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new tr.bel.izmir.bizizmir.shared.DomainException.Conflict("task.error.claimed-by-other", task.getAssignee());
        }
        if (task.getAssignee() == null) {
            taskService.claim(taskId, user.username());
        }
        var all = new java.util.HashMap<>(variables);
        all.put(COMPLETED_BY_PREFIX + task.getTaskDefinitionKey(), user.username());
        taskService.complete(taskId, all);
    }

    /** The process variable through which a process learns who completed one of its tasks. */
    public static final String COMPLETED_BY_PREFIX = "completedBy_";

    private TaskQuery groupTasks(BizizmirUser user) {
        return taskService.createTaskQuery().active().taskCandidateGroupIn(user.candidateGroups());
    }

    /** Tasks the person may see: assigned to them, or offered to one of their groups. */
    private TaskQuery visible(BizizmirUser user) {
        return taskService.createTaskQuery().active()
                .or()
                .taskAssignee(user.username())
                .taskCandidateGroupIn(user.candidateGroups())
                .endOr();
    }
}
