package tr.bel.izmir.bizizmir.transparency;

import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityEscalations;
import tr.bel.izmir.bizizmir.security.AppRoles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Service levels for staff (issue 18, item 3): per department, the feasibility checks and the
 * answers to assembly advice done within their due date, the median and 90th percentile of the
 * days they took, how many are open and overdue now and how many were escalated; and the load
 * of each candidate group's inbox. For officers, supervisors and admins.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
public class ServiceLevels {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final FeasibilityEscalations escalations;
    private final Clock clock;

    ServiceLevels(JdbcTemplate jdbc, TaskService tasks, FeasibilityEscalations escalations, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.escalations = escalations;
        this.clock = clock;
    }

    /**
     * One department's figures for one kind of work.
     *
     * @param withinDuePercent share of the done ones finished by their due date, null when none is done
     */
    public record Level(String department, long done, long doneWithinDue, BigDecimal withinDuePercent,
                        BigDecimal medianDays, BigDecimal p90Days, long open, long overdue, long escalations) {
    }

    public record InboxLoad(String group, long open, long overdue) {
    }

    private record Item(String department, Instant start, Instant due, Instant done, boolean escalated, boolean open) {
    }

    /** Feasibility checks started in the period, per department. */
    public List<Level> feasibility(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(filter.startInstant()), Timestamp.from(filter.endInstant())));
        String place = PublicStatistics.place(filter, "n", args);
        Set<Long> escalated = escalations.escalatedProposals();
        List<Item> items = jdbc.query("select fa.department_group, fa.started_at, fa.due_at, fa.completed_at, fa.proposal_id"
                        + " from feasibility_assessment fa join proposal p on p.id = fa.proposal_id"
                        + " join neighbourhood n on n.id = p.neighbourhood_id"
                        + " where fa.started_at >= ? and fa.started_at < ?" + place,
                (rs, i) -> new Item(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), escalated.contains(rs.getLong(5)), rs.getTimestamp(4) == null),
                args.toArray());
        return levels(items);
    }

    /** Answers to assembly advice asked for in the period (items tabled then), per department. */
    public List<Level> advisoryAnswers(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(filter.startInstant()), Timestamp.from(filter.endInstant())));
        String place = PublicStatistics.place(filter, "n", args);
        List<Item> items = jdbc.query("select ai.department_group, ai.voting_closed_at, ai.answer_due_at, ai.answered_at,"
                        + " ai.escalated_at, ai.withdrawn_at from advisory_item ai join assembly a on a.id = ai.assembly_id"
                        + " join neighbourhood n on n.id = a.neighbourhood_id"
                        + " where ai.answer_due_at is not null and ai.tabled_at >= ? and ai.tabled_at < ?" + place,
                (rs, i) -> new Item(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), rs.getTimestamp(5) != null,
                        rs.getTimestamp(4) == null && rs.getTimestamp(6) == null),
                args.toArray());
        return levels(items);
    }

    /** Open tasks and the overdue ones among them, per candidate group, now. */
    public List<InboxLoad> inboxLoad() {
        List<String> groups = new ArrayList<>(AppRoles.DEPARTMENTS);
        groups.addAll(List.of(AppRoles.SUPERVISOR, AppRoles.PARK_MANAGER, AppRoles.ASSEMBLY_CHAIR));
        Date now = Date.from(clock.instant());
        return groups.stream().map(g -> new InboxLoad(g,
                tasks.createTaskQuery().active().taskCandidateGroup(g).includeAssignedTasks().count(),
                tasks.createTaskQuery().active().taskCandidateGroup(g).includeAssignedTasks().dueBefore(now).count()))
                .toList();
    }

    private List<Level> levels(List<Item> items) {
        Instant now = clock.instant();
        Map<String, List<Item>> byDepartment = new TreeMap<>();
        items.forEach(i -> byDepartment.computeIfAbsent(i.department(), k -> new ArrayList<>()).add(i));
        List<Level> out = new ArrayList<>();
        byDepartment.forEach((department, list) -> {
            List<BigDecimal> days = new ArrayList<>();
            long done = 0;
            long within = 0;
            long open = 0;
            long overdue = 0;
            long escalations = 0;
            for (Item i : list) {
                if (i.done() != null) {
                    done++;
                    if (i.due() != null && !i.done().isAfter(i.due())) {
                        within++;
                    }
                    BigDecimal d = Days.between(i.start(), i.done());
                    if (d != null) {
                        days.add(d);
                    }
                } else if (i.open()) {
                    open++;
                    if (i.due() != null && i.due().isBefore(now)) {
                        overdue++;
                    }
                }
                if (i.escalated()) {
                    escalations++;
                }
            }
            BigDecimal percent = done == 0 ? null
                    : BigDecimal.valueOf(within * 100).divide(BigDecimal.valueOf(done), 1, RoundingMode.HALF_UP);
            out.add(new Level(department, done, within, percent, Days.median(days), Days.p90(days), open, overdue,
                    escalations));
        });
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
