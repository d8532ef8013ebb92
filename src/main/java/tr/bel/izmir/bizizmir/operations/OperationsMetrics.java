package tr.bel.izmir.bizizmir.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.notification.NotificationMailInfo;
import tr.bel.izmir.bizizmir.notification.SentMail;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.security.AppRoles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme's state as Prometheus gauges under {@code bizizmir_} (issue 17): proposals by
 * status, open and overdue tasks per candidate group, the job executor's backlog, failed jobs,
 * open incidents and the mail outbox by status (queued, sent, failed). Counters and timers written where things happen (ballots, allocations)
 * complete the picture. The gauges read the database at most once per {@link #MAX_AGE}, however
 * often they are scraped, so two Prometheus servers cannot load the database.
 */
@Component
class OperationsMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final ProposalSubmissions proposals;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final SentMail mails;
    private final Clock clock;
    private volatile Snapshot snapshot;

    OperationsMetrics(ProposalSubmissions proposals, TaskService tasks, ManagementService management,
                      RuntimeService runtime, SentMail mails, Clock clock) {
        this.proposals = proposals;
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.mails = mails;
        this.clock = clock;
    }

    /** The candidate groups watched: departments and the roles that receive tasks. */
    static List<String> groups() {
        List<String> groups = new ArrayList<>(AppRoles.DEPARTMENTS);
        groups.addAll(List.of(AppRoles.SUPERVISOR, AppRoles.PARK_MANAGER, AppRoles.ASSEMBLY_CHAIR, AppRoles.CIVIC_GROUP));
        return groups;
    }

    private record Snapshot(Instant takenAt, Map<ProposalStatus, Long> proposals, Map<String, Long> openTasks,
                            Map<String, Long> overdueTasks, long executableJobs, long failedJobs, long incidents,
                            Map<NotificationMailInfo.Status, Long> mails) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ProposalStatus status : ProposalStatus.values()) {
            Gauge.builder("bizizmir.proposals", this, m -> m.current().proposals().getOrDefault(status, 0L))
                    .description("Proposals by status").tag("status", status.name()).register(registry);
        }
        for (String group : groups()) {
            Gauge.builder("bizizmir.tasks.open", this, m -> m.current().openTasks().getOrDefault(group, 0L))
                    .description("Open tasks offered to a candidate group").tag("group", group).register(registry);
            Gauge.builder("bizizmir.tasks.overdue", this, m -> m.current().overdueTasks().getOrDefault(group, 0L))
                    .description("Open tasks of a candidate group past their due date").tag("group", group).register(registry);
        }
        Gauge.builder("bizizmir.jobs.executable", this, m -> m.current().executableJobs())
                .description("Jobs due and waiting for the job executor (backlog)").register(registry);
        Gauge.builder("bizizmir.jobs.failed", this, m -> m.current().failedJobs())
                .description("Jobs whose retries are used up").register(registry);
        Gauge.builder("bizizmir.incidents", this, m -> m.current().incidents())
                .description("Open Camunda incidents (need an admin)").register(registry);
        for (NotificationMailInfo.Status status : NotificationMailInfo.Status.values()) {
            Gauge.builder("bizizmir.mails", this, m -> m.current().mails().getOrDefault(status, 0L))
                    .description("Mails in the outbox by status (PENDING: queued, SENT, FAILED/UNCERTAIN: need a look)")
                    .tag("status", status.name()).register(registry);
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.takenAt().plus(MAX_AGE).isBefore(now)) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.takenAt().plus(MAX_AGE).isBefore(now)) {
                    s = take(now);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot take(Instant now) {
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        for (String group : groups()) {
            open.put(group, tasks.createTaskQuery().active().taskCandidateGroup(group).includeAssignedTasks().count());
            overdue.put(group, tasks.createTaskQuery().active().taskCandidateGroup(group).includeAssignedTasks()
                    .dueBefore(Date.from(now)).count());
        }
        return new Snapshot(now, proposals.countsByStatus(), open, overdue,
                management.createJobQuery().executable().count(),
                management.createJobQuery().noRetriesLeft().count(),
                runtime.createIncidentQuery().count(),
                mails.countsByStatus());
    }
}
