package tr.bel.izmir.bizizmir.transparency;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff service levels (issue 18): feasibility checks of a department done by their due date,
 * median and 90th-percentile days, open and overdue now; for officers, supervisors and admins only
 * (checked by the service, not only by the page).
 */
@IntegrationTest
class ServiceLevelsIT {

    @Autowired ServiceLevels levels;
    @Autowired JdbcTemplate jdbc;
    @Autowired NeighbourhoodCatalog neighbourhoods;

    @Test
    @Transactional
    void a_departments_checks_are_counted_by_due_date_with_median_and_90th_percentile_days() {
        long district = jdbc.queryForObject("select id from district where code = 'konak'", Long.class);
        long hood = jdbc.queryForObject("insert into neighbourhood (code, name, district_id) values ('sla-test', 'SLA Deneme', ?)"
                + " returning id", Long.class, district);
        long cycle = jdbc.queryForObject("select min(id) from pb_cycle", Long.class);
        Instant start = Instant.parse("2026-03-02T07:00:00Z");
        check(cycle, hood, 1, start, Duration.ofDays(10), Duration.ofDays(2));
        check(cycle, hood, 2, start, Duration.ofDays(10), Duration.ofDays(4));
        check(cycle, hood, 3, start, Duration.ofDays(5), Duration.ofDays(10));
        check(cycle, hood, 4, start, Duration.ofDays(5), null);
        var filter = StatisticsFilter.parse("2026-03-01", "2026-03-31", null, "sla-test", neighbourhoods);

        var rows = RunAs.user("memur", () -> levels.feasibility(filter), "officer");

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.department()).isEqualTo("dept-sla-test");
            assertThat(r.done()).isEqualTo(3);
            assertThat(r.doneWithinDue()).isEqualTo(2);
            assertThat(r.withinDuePercent()).isEqualByComparingTo("66.7");
            assertThat(r.medianDays()).isEqualByComparingTo("4.0");
            assertThat(r.p90Days()).isEqualByComparingTo("10.0");
            assertThat(r.open()).isEqualTo(1);
            assertThat(r.overdue()).as("due in March 2026, still open").isEqualTo(1);
        });

        // Answers to assembly advice: asked when the vote closed, due by answer_due_at.
        long assembly = jdbc.queryForObject("insert into assembly (neighbourhood_id, name, pilot, established_on, created_at)"
                + " values (?, 'SLA Meclisi', false, date '2026-01-01', now()) returning id", Long.class, hood);
        Instant closed = Instant.parse("2026-03-05T09:00:00Z");
        advice(assembly, closed, closed.plus(Duration.ofDays(15)), closed.plus(Duration.ofDays(5)), false, false);
        advice(assembly, closed, closed.plus(Duration.ofDays(15)), closed.plus(Duration.ofDays(20)), false, false);
        advice(assembly, closed, closed.plus(Duration.ofDays(15)), null, true, false);
        advice(assembly, closed, closed.plus(Duration.ofDays(15)), null, false, true);
        var answers = RunAs.user("amir", () -> levels.advisoryAnswers(filter), "supervisor");
        assertThat(answers).singleElement().satisfies(r -> {
            assertThat(r.done()).isEqualTo(2);
            assertThat(r.doneWithinDue()).isEqualTo(1);
            assertThat(r.withinDuePercent()).isEqualByComparingTo("50.0");
            assertThat(r.medianDays()).isEqualByComparingTo("12.5");
            assertThat(r.p90Days()).isEqualByComparingTo("20.0");
            assertThat(r.open()).as("the withdrawn item is not waiting for anyone").isEqualTo(1);
            assertThat(r.overdue()).isEqualTo(1);
            assertThat(r.escalations()).isEqualTo(1);
        });

        var outside = StatisticsFilter.parse("2026-04-01", null, null, "sla-test", neighbourhoods);
        assertThat(RunAs.user("memur", () -> levels.feasibility(outside), "officer")).as("started before the period").isEmpty();
        assertThat(RunAs.user("amir", () -> levels.inboxLoad(), "supervisor"))
                .extracting(ServiceLevels.InboxLoad::group).contains("dept-parks", "supervisor");
    }

    private void check(long cycle, long hood, int n, Instant start, Duration due, Duration took) {
        long proposal = jdbc.queryForObject("insert into proposal (cycle_id, neighbourhood_id, author, submission_key, title,"
                        + " description, category, location, status, support_count, submitted_at, updated_at)"
                        + " values (?, ?, 'sla', ?, 'SLA', 'SLA', 'PARKS', 'Yer', 'IN_FEASIBILITY', 0, ?, ?) returning id",
                Long.class, cycle, hood, "sla-" + n, Timestamp.from(start), Timestamp.from(start));
        jdbc.update("insert into feasibility_assessment (proposal_id, department_group, started_at, due_at, original_due_at,"
                        + " completed_at) values (?, 'dept-sla-test', ?, ?, ?, ?)", proposal, Timestamp.from(start),
                Timestamp.from(start.plus(due)), Timestamp.from(start.plus(due)),
                took == null ? null : Timestamp.from(start.plus(took)));
    }

    private void advice(long assembly, Instant closed, Instant due, Instant answered, boolean escalated, boolean withdrawn) {
        Instant tabled = closed.minus(Duration.ofDays(3));
        jdbc.update("insert into advisory_item (assembly_id, title, description, department_group, tabled_by, tabled_at,"
                        + " voting_deadline_at, voting_closed_at, advice, answer_due_at, answer, answer_reasons, answered_at,"
                        + " escalated_at, withdrawn_at) values (?, 'SLA', 'SLA', 'dept-sla-test', 'uye', ?, ?, ?, 'RECOMMENDED', ?,"
                        + " ?, ?, ?, ?, ?)", assembly, Timestamp.from(tabled), Timestamp.from(closed), Timestamp.from(closed),
                Timestamp.from(due), answered == null ? null : "ACCEPTED", answered == null ? null : "Gerekçe",
                answered == null ? null : Timestamp.from(answered),
                escalated ? Timestamp.from(due.plus(Duration.ofDays(1))) : null,
                withdrawn ? Timestamp.from(closed.plus(Duration.ofDays(1))) : null);
    }

    @Test
    void residents_and_visitors_do_not_get_the_service_levels() {
        assertThatThrownBy(() -> RunAs.user("sakin", () -> levels.feasibility(StatisticsFilter.ALL), "citizen", "resident"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> levels.inboxLoad())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
