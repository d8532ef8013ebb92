package tr.bel.izmir.bizizmir.notification.internal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.NotificationProperties;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.notification.OverdueTaskReport;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Staff notifications from the engine, for every process at once: a task assigned or handed to
 * someone (through Camunda's Spring event bridge, inside the engine's transaction), and a task
 * that passed its due date (a periodic check that tells the assignee, or else the candidate
 * groups, once per task).
 */
@Component
public class TaskNotifications {

    private static final Logger log = LoggerFactory.getLogger(TaskNotifications.class);
    static final int OVERDUE_BATCH = 500;
    /** Supervisors: the candidate group of every escalation in the processes. */
    static final String ESCALATION_GROUP = "supervisor";
    /** Candidate groups whose members are not municipal staff: no group digest for them. */
    static final java.util.Set<String> NOT_STAFF = java.util.Set.of("civic-group", "citizen", "resident",
            "assembly-member", "assembly-chair");

    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final TaskService taskService;
    private final OverdueTaskReportRepository reports;
    private final NotificationProperties properties;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public TaskNotifications(Notifier notifier, CurrentUser currentUser, TaskService taskService,
                             OverdueTaskReportRepository reports, NotificationProperties properties, Clock clock,
                             org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.taskService = taskService;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A task got an assignee who is not the person acting (it was handed to them, or assigned by
     * the process); or a task for supervisors was created, which is how the processes escalate
     * (an overdue assessment or answer goes to a supervisor's task).
     */
    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() == null
                && task.getCandidates().stream().anyMatch(l -> ESCALATION_GROUP.equals(l.getGroupId()))) {
            Object title = task.getVariable(CaseVariables.CASE_TITLE);
            notifier.send(Notice.of(NotificationKind.TASK_OVERDUE, "notification.task.escalated", task.getName(),
                    title == null ? "" : title).toGroup(ESCALATION_GROUP).about("task", task.getId(), "inbox"));
            return;
        }
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || task.getAssignee() == null) {
            return;
        }
        boolean self = currentUser.get().map(u -> u.username().equals(task.getAssignee())).orElse(false);
        if (!self) {
            Object title = task.getVariable(CaseVariables.CASE_TITLE);
            notifier.send(Notice.of(NotificationKind.TASK_ASSIGNED, "notification.task.assigned", task.getName(),
                    title == null ? "" : title).toUser(task.getAssignee()).about("task", task.getId(), "inbox"));
        }
    }

    @Scheduled(fixedDelayString = "${bizizmir.notification.overdue-check-interval:PT10M}", initialDelayString = "PT1M")
    void scheduledOverdueCheck() {
        properties.runScheduled(log, "Overdue task check", () -> notifyOverdue(clock.instant()));
    }

    @Scheduled(cron = "${bizizmir.notification.task-digest-cron:0 0 8 * * *}", zone = "Europe/Istanbul")
    void scheduledDigest() {
        properties.runScheduled(log, "Daily task digest", () -> sendDigests(clock.instant()));
    }

    /** A group's tasks due by the end of the day: how many are overdue already and how many fall due today. */
    public record GroupLoad(String group, int overdue, int dueToday) {
    }

    /** Active tasks offered to each candidate group that are overdue or due by the end of {@code now}'s day in İzmir. */
    public java.util.List<GroupLoad> dueToday(Instant now) {
        Instant endOfDay = now.atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toLocalDate().plusDays(1)
                .atStartOfDay(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toInstant();
        return jdbc.query("""
                        select l.GROUP_ID_ as grp,
                               sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as overdue,
                               sum(case when t.DUE_DATE_ >= ? then 1 else 0 end) as due_today
                        from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_
                        where l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null and t.DUE_DATE_ < ? and t.SUSPENSION_STATE_ = 1
                        group by l.GROUP_ID_ order by l.GROUP_ID_""",
                (rs, i) -> new GroupLoad(rs.getString("grp"), rs.getInt("overdue"), rs.getInt("due_today")),
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), java.sql.Timestamp.from(endOfDay));
    }

    /**
     * The morning digest: each group with tasks overdue or due today is told how many, once per
     * group and day (two nodes on the same schedule send it once).
     *
     * @return the groups told now
     */
    @Transactional
    public int sendDigests(Instant now) {
        String day = now.atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toLocalDate().toString();
        int sent = 0;
        for (GroupLoad load : dueToday(now)) {
            if (NOT_STAFF.contains(load.group())) {
                // Civic groups and assembly members share one candidate group each: a count of everyone's
                // tasks would tell each of them about the others; they hear of their own tasks instead.
                continue;
            }
            String label = load.group().startsWith("dept-") || "officer".equals(load.group())
                    ? "department." + load.group() : "role." + load.group();
            Notice notice = Notice.of(NotificationKind.TASK_DIGEST, "notification.task.digest", Notice.translated(label),
                    load.dueToday(), load.overdue()).toGroup(load.group()).about("inbox", load.group(), "inbox");
            if (notifier.sendOnce("task-digest:" + load.group() + ":" + day, notice)) {
                sent++;
            }
        }
        return sent;
    }

    /** Tells the people of each task that passed its due date before {@code now}, once per task. @return tasks reported */
    @Transactional
    public int notifyOverdue(Instant now) {
        int reported = 0;
        for (Task t : taskService.createTaskQuery().active().dueBefore(Date.from(now)).orderByDueDate().asc()
                .listPage(0, OVERDUE_BATCH)) {
            if (reports.existsById(t.getId())) {
                continue;
            }
            Object title = taskService.getVariable(t.getId(), CaseVariables.CASE_TITLE);
            Notice notice = Notice.of(NotificationKind.TASK_OVERDUE, "notification.task.overdue", t.getName(),
                    title == null ? "" : title).about("task", t.getId(), "inbox");
            if (t.getAssignee() != null) {
                notice = notice.toUser(t.getAssignee());
            } else {
                for (IdentityLink link : taskService.getIdentityLinksForTask(t.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                        notice = link.getGroupId() != null ? notice.toGroup(link.getGroupId()) : notice.toUser(link.getUserId());
                    }
                }
            }
            notifier.send(notice);
            reports.save(new OverdueTaskReport(t.getId(), now));
            reported++;
        }
        return reported;
    }
}
