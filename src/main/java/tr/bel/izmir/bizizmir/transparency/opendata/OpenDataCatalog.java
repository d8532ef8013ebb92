package tr.bel.izmir.bizizmir.transparency.opendata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.transparency.Days;
import tr.bel.izmir.bizizmir.transparency.PublicStatistics;
import tr.bel.izmir.bizizmir.transparency.StatisticsFilter;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteResults;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.BOOLEAN;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.DATE;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.DATETIME;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.INTEGER;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.NUMBER;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.STRING;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.optional;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.required;

/**
 * Every open dataset of the portal (issue 18, DD029), in the order the open-data page and the
 * catalogue list them. Each publishes only what the portal already shows to anyone: no author,
 * supporter, voter, assessor or applicant, no ballot, no free-text note meant for staff.
 */
@Service
public class OpenDataCatalog {

    public static final String LICENCE = "CC-BY-4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    private static final String PUBLIC_PROPOSALS = PublicStatistics.PUBLIC_PROPOSALS;
    private static final String PUBLIC_EVENTS = PublicStatistics.PUBLIC_EVENTS;

    private final Map<String, Dataset> datasets = new LinkedHashMap<>();

    public OpenDataCatalog(JdbcTemplate jdbc, PlatformTransactionManager transactions, PublicVotes votes,
                           NeighbourhoodCatalog neighbourhoods, PublicStatistics statistics) {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);

        add(new SqlDataset("proposals", List.of(
                required("id", INTEGER), required("cycle_id", INTEGER), required("district", STRING),
                required("neighbourhood", STRING), required("neighbourhood_name", STRING), required("title", STRING),
                required("description", STRING), required("category", STRING), required("status", STRING),
                optional("cost_estimate_try", NUMBER), optional("feasibility_cost_try", NUMBER),
                required("supports", INTEGER), optional("merged_into_id", INTEGER),
                required("submitted_at", DATETIME), required("updated_at", DATETIME)),
                "select p.id, p.cycle_id, d.code, n.code, n.name, p.title, p.description, lower(p.category), p.status,"
                        + " p.cost_estimate_try, fa.cost_estimate_try, p.support_count, p.merged_into_id, p.submitted_at,"
                        + " p.updated_at from proposal p join neighbourhood n on n.id = p.neighbourhood_id"
                        + " join district d on d.id = n.district_id"
                        + " left join feasibility_assessment fa on fa.proposal_id = p.id and fa.completed_at is not null"
                        + " where p.status in " + PUBLIC_PROPOSALS + " order by p.id", 15, null,
                List.of("select max(updated_at) from proposal where status in " + PUBLIC_PROPOSALS),
                null, jdbc, readOnly));

        add(new SqlDataset("feasibility", List.of(
                required("proposal_id", INTEGER), required("district", STRING), required("neighbourhood", STRING),
                required("category", STRING), required("department", STRING), required("started_at", DATETIME),
                required("due_at", DATETIME), required("original_due_at", DATETIME), optional("completed_at", DATETIME),
                optional("feasible", BOOLEAN), optional("cost_estimate_try", NUMBER), optional("timeline", STRING),
                optional("public_explanation", STRING), optional("days_taken", NUMBER), optional("within_due", BOOLEAN),
                required("extended", BOOLEAN)),
                "select fa.proposal_id, d.code, n.code, lower(p.category), fa.department_group, fa.started_at, fa.due_at,"
                        + " fa.original_due_at, fa.completed_at, fa.feasible, fa.cost_estimate_try, fa.timeline,"
                        + " fa.public_explanation from feasibility_assessment fa join proposal p on p.id = fa.proposal_id"
                        + " join neighbourhood n on n.id = p.neighbourhood_id join district d on d.id = n.district_id"
                        + " where p.status in " + PUBLIC_PROPOSALS + " order by fa.proposal_id", 13,
                v -> {
                    Instant started = (Instant) v[5];
                    Instant due = (Instant) v[6];
                    Instant completed = (Instant) v[8];
                    v[13] = Days.between(started, completed);
                    v[14] = completed == null ? null : !completed.isAfter(due);
                    v[15] = !Objects.equals(due, v[7]);
                    return v;
                },
                List.of("select max(started_at) from feasibility_assessment",
                        "select max(completed_at) from feasibility_assessment",
                        "select max(due_at) from feasibility_assessment where due_at <> original_due_at and completed_at is null"),
                null, jdbc, readOnly));

        add(new SqlDataset("advisory-items", List.of(
                required("id", INTEGER), required("assembly_id", INTEGER), required("district", STRING),
                required("neighbourhood", STRING), required("title", STRING), required("description", STRING),
                required("department", STRING), required("tabled_at", DATETIME), required("voting_deadline_at", DATETIME),
                optional("voting_closed_at", DATETIME), optional("withdrawn_at", DATETIME), optional("advice", STRING),
                optional("answer_due_at", DATETIME), optional("answer", STRING), optional("answer_reasons", STRING),
                optional("answered_at", DATETIME), required("escalated", BOOLEAN), optional("days_to_answer", NUMBER),
                optional("answered_within_due", BOOLEAN)),
                "select ai.id, ai.assembly_id, d.code, n.code, ai.title, ai.description, ai.department_group, ai.tabled_at,"
                        + " ai.voting_deadline_at, ai.voting_closed_at, ai.withdrawn_at, ai.advice, ai.answer_due_at,"
                        + " ai.answer, ai.answer_reasons, ai.answered_at,"
                        + " case when ai.escalated_at is null then false else true end"
                        + " from advisory_item ai join assembly a on a.id = ai.assembly_id"
                        + " join neighbourhood n on n.id = a.neighbourhood_id join district d on d.id = n.district_id"
                        + " order by ai.id", 17,
                v -> {
                    Instant answered = (Instant) v[15];
                    v[17] = Days.between((Instant) v[9], answered);
                    v[18] = answered == null || v[12] == null ? null : !answered.isAfter((Instant) v[12]);
                    return v;
                },
                List.of("select max(tabled_at) from advisory_item", "select max(voting_closed_at) from advisory_item",
                        "select max(answered_at) from advisory_item", "select max(withdrawn_at) from advisory_item",
                        "select max(escalated_at) from advisory_item"),
                null, jdbc, readOnly));

        add(new VoteResultsDataset(votes, neighbourhoods, jdbc, readOnly));

        add(new SqlDataset("consultations", List.of(
                required("id", INTEGER), required("title", STRING), required("question", STRING),
                required("description", STRING), required("kind", STRING), optional("district", STRING),
                optional("vote_id", INTEGER), optional("opens_at", DATETIME), optional("closes_at", DATETIME),
                optional("vote_status", STRING), required("created_at", DATETIME), optional("response", STRING),
                optional("responded_at", DATETIME)),
                "select c.id, c.title, c.question, c.description, c.kind, d.code, v.id, v.opens_at, v.closes_at,"
                        + " v.status, c.created_at, c.response, c.responded_at from consultation c"
                        + " left join district d on d.id = c.district_id left join vote v on v.consultation_id = c.id"
                        + " order by c.id", 13, null,
                List.of("select max(created_at) from consultation", "select max(responded_at) from consultation"),
                null, jdbc, readOnly));

        add(new SqlDataset("pb-cycles", List.of(
                required("id", INTEGER), required("title", STRING), required("district", STRING),
                required("neighbourhood", STRING), required("envelope_try", NUMBER), required("phase", STRING),
                required("submission_opens", DATE), required("submission_closes", DATE), required("voting_opens", DATE),
                required("voting_closes", DATE), required("support_threshold", INTEGER), required("ballot_rule", STRING),
                required("allocation_rule", STRING), optional("allocated_try", NUMBER), optional("voters", INTEGER),
                optional("allocation_published_at", DATETIME)),
                "select c.id, c.title, d.code, n.code, c.envelope_try, c.phase, c.submission_opens, c.submission_closes,"
                        + " c.voting_opens, c.voting_closes, c.support_threshold, c.ballot_rule, c.allocation_rule,"
                        + " a.total_cost_try, a.voters, a.published_at from pb_cycle c"
                        + " join neighbourhood n on n.id = c.neighbourhood_id join district d on d.id = n.district_id"
                        + " left join pb_allocation a on a.cycle_id = c.id and a.status = 'PUBLISHED'"
                        + " where c.phase <> 'DRAFT' order by c.id", 16, null,
                List.of("select max(created_at) from pb_cycle", "select max(updated_at) from pb_cycle",
                        "select max(published_at) from pb_allocation"),
                null, jdbc, readOnly));

        add(new SqlDataset("pb-allocations", List.of(
                required("cycle_id", INTEGER), required("proposal_id", INTEGER), required("title", STRING),
                required("district", STRING), required("neighbourhood", STRING), required("category", STRING),
                required("cost_try", NUMBER), required("votes", INTEGER), required("outcome", STRING),
                optional("selection_order", INTEGER), required("rule", STRING), required("published_at", DATETIME)),
                "select a.cycle_id, l.proposal_id, l.title, d.code, n.code, lower(p.category), l.cost_try, l.votes,"
                        + " l.outcome, l.selection_order, a.rule, a.published_at from pb_allocation_project l"
                        + " join pb_allocation a on a.id = l.allocation_id join proposal p on p.id = l.proposal_id"
                        + " join neighbourhood n on n.id = p.neighbourhood_id join district d on d.id = n.district_id"
                        + " where a.status = 'PUBLISHED' order by a.cycle_id, l.votes desc, l.proposal_id", 12, null,
                List.of("select max(published_at) from pb_allocation"),
                null, jdbc, readOnly));

        add(new SqlDataset("implementation-projects", List.of(
                required("id", INTEGER), required("cycle_id", INTEGER), required("proposal_id", INTEGER),
                required("district", STRING), required("neighbourhood", STRING), required("title", STRING),
                optional("category", STRING), required("budget_try", NUMBER), required("status", STRING),
                required("progress_percent", INTEGER), required("created_at", DATETIME), required("updated_at", DATETIME)),
                "select ip.id, ip.cycle_id, ip.proposal_id, d.code, n.code, ip.title, lower(p.category), ip.budget_try,"
                        + " ip.status, ip.progress, ip.created_at, ip.updated_at from impl_project ip"
                        + " join neighbourhood n on n.id = ip.neighbourhood_id join district d on d.id = n.district_id"
                        + " left join proposal p on p.id = ip.proposal_id order by ip.id", 12, null,
                List.of("select max(updated_at) from impl_project"),
                null, jdbc, readOnly));

        add(new SqlDataset("park-events", List.of(
                required("id", INTEGER), required("park_id", INTEGER), required("park", STRING),
                required("district", STRING), optional("neighbourhood", STRING), required("area", STRING),
                required("title", STRING), required("activity_type", STRING), required("starts_at", DATETIME),
                required("ends_at", DATETIME), required("expected_attendance", INTEGER),
                optional("actual_attendance", INTEGER), required("status", STRING)),
                "select e.id, lp.id, lp.name, lp.district_code, lp.neighbourhood_code, pa.name, e.title, e.activity_type,"
                        + " e.starts_at, e.ends_at, e.expected_attendance, e.actual_attendance, e.status"
                        + " from park_event_application e join park_area pa on pa.id = e.area_id"
                        + " join living_park lp on lp.id = pa.park_id where e.status in " + PUBLIC_EVENTS
                        + " order by e.starts_at, e.id", 13, null,
                List.of("select max(updated_at) from park_event_application where status in " + PUBLIC_EVENTS),
                null, jdbc, readOnly));

        add(new ParticipationDataset(statistics, jdbc, readOnly));
        add(new AgeDataset(statistics, jdbc, readOnly));
    }

    private void add(Dataset dataset) {
        datasets.put(dataset.id(), dataset);
    }

    public List<Dataset> all() {
        return List.copyOf(datasets.values());
    }

    /** The dataset with this identifier; an unknown one is a translated 404. */
    public Dataset require(String id) {
        Dataset dataset = id == null ? null : datasets.get(id);
        if (dataset == null) {
            String shown = id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id;
            throw new DomainException.NotFound("opendata.error.unknown-dataset", shown);
        }
        return dataset;
    }

    static Optional<Instant> latest(JdbcTemplate jdbc, TransactionTemplate readOnly, List<String> queries) {
        return readOnly.execute(status -> queries.stream().map(q -> jdbc.queryForObject(q, Timestamp.class))
                .filter(Objects::nonNull).map(t -> t.toInstant().truncatedTo(ChronoUnit.SECONDS)).max(Instant::compareTo));
    }

    /**
     * Results of closed votes and consultations (issue 18): per option, overall and per district as
     * the results page shows them, with the small-group rule of DD010 (bizizmir.voting.min-group-size):
     * small districts appear together as one OTHER group, or the breakdown is withheld. Counts only.
     */
    static final class VoteResultsDataset implements Dataset {

        private final PublicVotes votes;
        private final NeighbourhoodCatalog neighbourhoods;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate readOnly;

        VoteResultsDataset(PublicVotes votes, NeighbourhoodCatalog neighbourhoods, JdbcTemplate jdbc,
                           TransactionTemplate readOnly) {
            this.votes = votes;
            this.neighbourhoods = neighbourhoods;
            this.jdbc = jdbc;
            this.readOnly = readOnly;
        }

        @Override
        public String id() {
            return "vote-results";
        }

        @Override
        public List<Column> columns() {
            return List.of(required("vote_id", INTEGER), required("kind", STRING), optional("cycle_id", INTEGER),
                    optional("consultation_id", INTEGER), required("title", STRING), optional("neighbourhood", STRING),
                    optional("district", STRING), required("closes_at", DATETIME), optional("closed_at", DATETIME),
                    required("ballots", INTEGER), required("participants", INTEGER), required("district_breakdown", STRING),
                    required("group", STRING), optional("group_district", STRING), required("group_districts", INTEGER),
                    required("group_ballots", INTEGER), required("option_position", INTEGER),
                    required("option_label", STRING), optional("option_proposal_id", INTEGER), required("votes", INTEGER));
        }

        @Override
        public Optional<String> noteKey() {
            return Optional.of("opendata.note.vote-results");
        }

        @Override
        public Object[] noteArgs() {
            return new Object[]{votes.minGroupSize()};
        }

        @Override
        public void rows(RowSink sink) throws IOException {
            Map<Long, String> districtCodes = neighbourhoods.districts().stream()
                    .collect(Collectors.toMap(d -> d.getId(), d -> d.getCode()));
            List<VoteInfo> closed = new ArrayList<>(votes.all().stream().filter(v -> v.getStatus() == VoteStatus.CLOSED).toList());
            closed.sort(java.util.Comparator.comparing(VoteInfo::getId));
            for (VoteInfo vote : closed) {
                VoteResults r = votes.results(vote.getId());
                String hood = vote.getNeighbourhoodId() == null ? null : neighbourhoods.require(vote.getNeighbourhoodId()).getCode();
                String district = vote.getDistrictId() == null ? null : districtCodes.get(vote.getDistrictId());
                Object[] head = {vote.getId(), vote.getKind().name(), vote.getCycleId(), vote.getConsultationId(),
                        vote.getTitle(), hood, district, seconds(vote.getClosesAt()), seconds(vote.getClosedAt()),
                        r.ballots(), r.participants(), r.districtOutcome().name()};
                for (var option : r.options()) {
                    sink.row(row(head, "ALL", null, 0, r.ballots(), option.option(), option.votes()));
                }
                for (var group : r.districts()) {
                    for (var option : r.options()) {
                        long n = group.votesByOption().getOrDefault(option.option().getId(), 0L);
                        sink.row(row(head, group.other() ? "OTHER" : "DISTRICT",
                                group.other() ? null : districtCodes.get(group.districtId()), group.districtsMerged(),
                                group.ballots(), option.option(), n));
                    }
                }
            }
        }

        private static Object[] row(Object[] head, String group, String groupDistrict, int districts, long ballots,
                                    tr.bel.izmir.bizizmir.voting.VoteOptionInfo option, long votes) {
            Object[] row = java.util.Arrays.copyOf(head, 20);
            row[12] = group;
            row[13] = groupDistrict;
            row[14] = (long) districts;
            row[15] = ballots;
            row[16] = (long) option.getPosition();
            row[17] = option.getLabel();
            row[18] = option.getProposalId();
            row[19] = votes;
            return row;
        }

        private static Instant seconds(Instant i) {
            return i == null ? null : i.truncatedTo(ChronoUnit.SECONDS);
        }

        @Override
        public Optional<Instant> lastUpdated() {
            return latest(jdbc, readOnly, List.of("select max(closed_at) from vote where status = 'CLOSED'"));
        }
    }

    /**
     * Participation per neighbourhood, the same table as the statistics page: public proposals,
     * supports, people who voted (distinct) and residents on the census list of voting age, with
     * turnout. Voter counts below the small-count minimum are left out (voters_suppressed).
     */
    static final class ParticipationDataset implements Dataset {

        private final PublicStatistics statistics;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate readOnly;

        ParticipationDataset(PublicStatistics statistics, JdbcTemplate jdbc, TransactionTemplate readOnly) {
            this.statistics = statistics;
            this.jdbc = jdbc;
            this.readOnly = readOnly;
        }

        @Override
        public String id() {
            return "participation";
        }

        @Override
        public List<Column> columns() {
            return List.of(required("level", STRING), required("district", STRING), required("district_name", STRING),
                    optional("neighbourhood", STRING), optional("neighbourhood_name", STRING),
                    required("proposals", INTEGER), required("supports", INTEGER), optional("voters", INTEGER),
                    required("voters_suppressed", BOOLEAN), required("eligible_residents", INTEGER),
                    optional("turnout_percent", NUMBER));
        }

        @Override
        public Optional<String> noteKey() {
            return Optional.of("opendata.note.participation");
        }

        @Override
        public Object[] noteArgs() {
            return new Object[]{statistics.smallCount()};
        }

        @Override
        public void rows(RowSink sink) throws IOException {
            var table = statistics.participation(StatisticsFilter.ALL);
            for (var d : table.districts()) {
                write(sink, "DISTRICT", d);
            }
            for (var n : table.neighbourhoods()) {
                write(sink, "NEIGHBOURHOOD", n);
            }
        }

        private static void write(RowSink sink, String level, PublicStatistics.Participation p) throws IOException {
            sink.row(level, p.districtCode(), p.districtName(), p.neighbourhoodCode(), p.neighbourhoodName(),
                    p.proposals(), p.supports(), p.voters(), p.suppressed(), p.eligible(), p.turnoutPercent());
        }

        @Override
        public Optional<Instant> lastUpdated() {
            return latest(jdbc, readOnly, List.of("select max(updated_at) from proposal",
                    "select max(created_at) from proposal_support", "select max(closed_at) from vote",
                    "select max(imported_at) from census_entry"));
        }
    }


    /** Voters per age group, the statistics page's per-age table, small groups hidden. */
    static final class AgeDataset implements Dataset {

        private final PublicStatistics statistics;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate readOnly;

        AgeDataset(PublicStatistics statistics, JdbcTemplate jdbc, TransactionTemplate readOnly) {
            this.statistics = statistics;
            this.jdbc = jdbc;
            this.readOnly = readOnly;
        }

        @Override
        public String id() {
            return "voters-by-age";
        }

        @Override
        public List<Column> columns() {
            return List.of(required("age_group", STRING), optional("voters", INTEGER), required("voters_suppressed", BOOLEAN));
        }

        @Override
        public Optional<String> noteKey() {
            return Optional.of("opendata.note.voters-by-age");
        }

        @Override
        public Object[] noteArgs() {
            return new Object[]{statistics.smallCount()};
        }

        @Override
        public void rows(RowSink sink) throws IOException {
            for (var g : statistics.votersByAge(StatisticsFilter.ALL)) {
                sink.row(g.band().name(), g.voters(), g.suppressed());
            }
        }

        @Override
        public Optional<Instant> lastUpdated() {
            return latest(jdbc, readOnly, List.of("select max(closed_at) from vote", "select max(verified_at) from resident"));
        }
    }
}
