package tr.bel.izmir.bizizmir.transparency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The public statistics (issue 18, item 3): participation per neighbourhood and district, votes
 * over the voting days, money allocated per category and neighbourhood, implementation progress
 * and park events per park and month. Only aggregates; counts of people below
 * {@code bizizmir.statistics.small-count} (5) are left out ({@link Suppression}). The statistics
 * page and the open-data exports read the same methods, so they show the same numbers.
 */
@Service
@Transactional(readOnly = true)
public class PublicStatistics {

    /** Proposals counted and published: those the portal shows (not ones under screening or withdrawn), as an SQL list. */
    public static final String PUBLIC_PROPOSALS = ProposalSubmissions.PUBLIC.stream().map(ProposalStatus::name)
            .sorted().map(s -> "'" + s + "'").collect(Collectors.joining(", ", "(", ")"));
    /** Park events counted and published: approved and held ones, as an SQL list. */
    public static final String PUBLIC_EVENTS = "('APPROVED', 'REPORTED', 'REPORT_OVERDUE', 'CLOSED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int smallCount;
    private final int eligibleAge;

    PublicStatistics(JdbcTemplate jdbc, Clock clock,
                     @Value("${bizizmir.statistics.small-count:5}") int smallCount,
                     @Value("${bizizmir.statistics.eligible-age:16}") int eligibleAge) {
        if (smallCount < 1) {
            throw new IllegalArgumentException("bizizmir.statistics.small-count must be 1 or more");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.smallCount = smallCount;
        this.eligibleAge = eligibleAge;
    }

    /** The fewest people a shown count may stand for. */
    public int smallCount() {
        return smallCount;
    }

    public int eligibleAge() {
        return eligibleAge;
    }

    /**
     * One row of the participation table: a neighbourhood, or a district's total (neighbourhood
     * code null). {@code voters} and {@code turnoutPercent} are null when left out as too small.
     */
    public record Participation(String districtCode, String districtName, String neighbourhoodCode,
                                String neighbourhoodName, long proposals, long supports, Long voters,
                                long eligible, BigDecimal turnoutPercent, boolean suppressed) {
    }

    public record ParticipationTable(List<Participation> districts, List<Participation> neighbourhoods) {
    }

    /** Voters who took part on one day (null: too few to show). */
    public record DayCount(LocalDate day, Long voters, boolean suppressed) {
    }

    public record Allocated(String districtCode, String neighbourhoodCode, String neighbourhoodName, String category,
                            BigDecimal amountTry) {
    }

    public record ProjectProgress(long id, String title, String districtCode, String neighbourhoodName, String status,
                                  int progress, BigDecimal budgetTry) {
    }

    public record ParkMonth(long parkId, String park, String districtCode, YearMonth month, long events) {
    }

    /** Participation per neighbourhood (those with any activity, or the one filtered) and per district. */
    public ParticipationTable participation(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>();
        String place = place(filter, "n", args);
        Map<Long, long[]> raw = new LinkedHashMap<>();
        Map<Long, String[]> names = new HashMap<>();
        // proposals
        List<Object> a1 = new ArrayList<>(List.of(ts(filter.startInstant()), ts(filter.endInstant())));
        a1.addAll(args);
        jdbc.query("select n.id, count(*) from proposal p join neighbourhood n on n.id = p.neighbourhood_id"
                + " where p.status in " + PUBLIC_PROPOSALS + " and p.submitted_at >= ? and p.submitted_at < ?" + place
                + " group by n.id", rs -> {
            raw.computeIfAbsent(rs.getLong(1), k -> new long[4])[0] = rs.getLong(2);
        }, a1.toArray());
        jdbc.query("select n.id, count(*) from proposal_support s join proposal p on p.id = s.proposal_id"
                + " join neighbourhood n on n.id = p.neighbourhood_id"
                + " where p.status in " + PUBLIC_PROPOSALS + " and s.created_at >= ? and s.created_at < ?" + place
                + " group by n.id", rs -> {
            raw.computeIfAbsent(rs.getLong(1), k -> new long[4])[1] = rs.getLong(2);
        }, a1.toArray());
        List<Object> a2 = new ArrayList<>(List.of(java.sql.Date.valueOf(filter.startDate()),
                java.sql.Date.valueOf(filter.endDate())));
        a2.addAll(args);
        jdbc.query("select n.id, count(distinct vp.username) from vote_participation vp"
                + " join resident r on r.username = vp.username join neighbourhood n on n.id = r.neighbourhood_id"
                + " where vp.voted_on >= ? and vp.voted_on <= ?" + place + " group by n.id", rs -> {
            raw.computeIfAbsent(rs.getLong(1), k -> new long[4])[2] = rs.getLong(2);
        }, a2.toArray());
        if (filter.neighbourhoodId() != null) {
            raw.computeIfAbsent(filter.neighbourhoodId(), k -> new long[4]);
        }
        if (!raw.isEmpty()) {
            int year = (filter.to() == null ? LocalDate.now(clock.withZone(IzmirTime.ZONE)) : filter.to()).getYear();
            List<Object> a3 = new ArrayList<>(List.of(year - eligibleAge));
            a3.addAll(args);
            jdbc.query("select n.id, count(*) from census_entry c join neighbourhood n on n.id = c.neighbourhood_id"
                    + " where c.birth_year <= ?" + place + " group by n.id", rs -> {
                long[] row = raw.get(rs.getLong(1));
                if (row != null) {
                    row[3] = rs.getLong(2);
                }
            }, a3.toArray());
            jdbc.query("select n.id, n.code, n.name, d.code, d.name from neighbourhood n join district d on d.id = n.district_id"
                    + " where 1 = 1" + place, rs -> {
                if (raw.containsKey(rs.getLong(1))) {
                    names.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }, args.toArray());
        }
        // Districts, then their neighbourhoods; each level suppressed against its parent's total.
        Map<String, List<Long>> byDistrict = new TreeMap<>();
        raw.keySet().forEach(id -> byDistrict.computeIfAbsent(names.get(id)[2], k -> new ArrayList<>()).add(id));
        Map<String, Long> districtVoters = new LinkedHashMap<>();
        byDistrict.forEach((code, ids) -> districtVoters.put(code, ids.stream().mapToLong(id -> raw.get(id)[2]).sum()));
        Set<String> hiddenDistricts = Suppression.suppressed(districtVoters, smallCount);
        List<Participation> districts = new ArrayList<>();
        List<Participation> hoods = new ArrayList<>();
        var turkish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("tr"));
        byDistrict.forEach((code, ids) -> {
            long proposals = ids.stream().mapToLong(id -> raw.get(id)[0]).sum();
            long supports = ids.stream().mapToLong(id -> raw.get(id)[1]).sum();
            long eligible = ids.stream().mapToLong(id -> raw.get(id)[3]).sum();
            boolean hidden = hiddenDistricts.contains(code);
            districts.add(row(code, names.get(ids.get(0))[3], null, null, proposals, supports,
                    districtVoters.get(code), eligible, hidden));
            Map<Long, Long> voters = new LinkedHashMap<>();
            ids.forEach(id -> voters.put(id, raw.get(id)[2]));
            Set<Long> hiddenHoods = Suppression.suppressed(voters, smallCount);
            ids.stream().sorted(Comparator.comparing((Long id) -> names.get(id)[1], turkish)).forEach(id -> {
                long[] r = raw.get(id);
                String[] n = names.get(id);
                hoods.add(row(code, n[3], n[0], n[1], r[0], r[1], r[2], r[3], hidden || hiddenHoods.contains(id)));
            });
        });
        districts.sort(Comparator.comparing(Participation::districtName, turkish));
        hoods.sort(Comparator.comparing(Participation::districtName, turkish));
        return new ParticipationTable(List.copyOf(districts), List.copyOf(hoods));
    }

    private static Participation row(String districtCode, String districtName, String code, String name, long proposals,
                                     long supports, long voters, long eligible, boolean suppressed) {
        BigDecimal turnout = suppressed || eligible == 0 ? null
                : BigDecimal.valueOf(voters * 100L).divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP);
        return new Participation(districtCode, districtName, code, name, proposals, supports,
                suppressed ? null : voters, eligible, turnout, suppressed);
    }

    /** Age groups of voters, by age in the year the period ends (or this year). */
    public enum AgeBand {
        UP_TO_24(0, 24), FROM_25_TO_34(25, 34), FROM_35_TO_49(35, 49), FROM_50_TO_64(50, 64), FROM_65(65, 200);

        final int from;
        final int to;

        AgeBand(int from, int to) {
            this.from = from;
            this.to = to;
        }

        static AgeBand of(int age) {
            for (AgeBand band : values()) {
                if (age <= band.to) {
                    return band;
                }
            }
            return FROM_65;
        }
    }

    /** People of an age group who voted in the period, living in the place filtered (null: too few to show). */
    public record AgeGroup(AgeBand band, Long voters, boolean suppressed) {
    }

    /**
     * Voters per age group (a per-age table, issue 18): residents of the place filtered who voted
     * at least once in the period. Groups of 1 to 4 people are hidden, and one more when only one
     * would be, so that the total of the participation table does not give it away.
     */
    public List<AgeGroup> votersByAge(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>(List.of(java.sql.Date.valueOf(filter.startDate()),
                java.sql.Date.valueOf(filter.endDate())));
        String place = place(filter, "n", args);
        int year = (filter.to() == null ? LocalDate.now(clock.withZone(IzmirTime.ZONE)) : filter.to()).getYear();
        Map<AgeBand, Long> counts = new java.util.EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            counts.put(band, 0L);
        }
        jdbc.query("select r.birth_year, count(distinct vp.username) from vote_participation vp"
                + " join resident r on r.username = vp.username join neighbourhood n on n.id = r.neighbourhood_id"
                + " where vp.voted_on >= ? and vp.voted_on <= ?" + place + " group by r.birth_year", rs -> {
            counts.merge(AgeBand.of(year - rs.getInt(1)), rs.getLong(2), Long::sum);
        }, args.toArray());
        Set<AgeBand> hidden = Suppression.suppressed(counts, smallCount);
        List<AgeGroup> out = new ArrayList<>();
        counts.forEach((band, n) -> out.add(new AgeGroup(band, hidden.contains(band) ? null : n, hidden.contains(band))));
        return out;
    }

    /** People who cast a ballot, per day of voting, in the votes of the place filtered. */
    public List<DayCount> votesPerDay(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>(List.of(java.sql.Date.valueOf(filter.startDate()),
                java.sql.Date.valueOf(filter.endDate())));
        StringBuilder where = new StringBuilder();
        if (filter.neighbourhoodId() != null) {
            where.append(" and v.neighbourhood_id = ?");
            args.add(filter.neighbourhoodId());
        } else if (filter.districtId() != null) {
            where.append(" and (v.district_id = ? or v.neighbourhood_id in (select id from neighbourhood where district_id = ?))");
            args.add(filter.districtId());
            args.add(filter.districtId());
        }
        List<DayCount> days = new ArrayList<>();
        jdbc.query("select vp.voted_on, count(*) from vote_participation vp join vote v on v.id = vp.vote_id"
                + " where vp.voted_on >= ? and vp.voted_on <= ?" + where + " group by vp.voted_on order by vp.voted_on", rs -> {
            long n = rs.getLong(2);
            boolean small = Suppression.small(n, smallCount);
            days.add(new DayCount(rs.getDate(1).toLocalDate(), small ? null : n, small));
        }, args.toArray());
        return days;
    }

    /** Money of published allocations given to selected projects, per neighbourhood and category. */
    public List<Allocated> allocated(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>(List.of(ts(filter.startInstant()), ts(filter.endInstant())));
        String place = place(filter, "n", args);
        return jdbc.query("select d.code, n.code, n.name, p.category, sum(l.cost_try) from pb_allocation_project l"
                        + " join pb_allocation a on a.id = l.allocation_id join proposal p on p.id = l.proposal_id"
                        + " join neighbourhood n on n.id = p.neighbourhood_id join district d on d.id = n.district_id"
                        + " where a.status = 'PUBLISHED' and l.outcome = 'SELECTED' and a.published_at >= ? and a.published_at < ?"
                        + place + " group by d.code, n.code, n.name, p.category order by n.code, p.category",
                (rs, i) -> new Allocated(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).toLowerCase(java.util.Locale.ROOT), rs.getBigDecimal(5)), args.toArray());
    }

    /** The implementation projects started in the period, with their status and progress. */
    public List<ProjectProgress> implementation(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>(List.of(ts(filter.startInstant()), ts(filter.endInstant())));
        String place = place(filter, "n", args);
        return jdbc.query("select ip.id, ip.title, d.code, n.name, ip.status, ip.progress, ip.budget_try from impl_project ip"
                        + " join neighbourhood n on n.id = ip.neighbourhood_id join district d on d.id = n.district_id"
                        + " where ip.created_at >= ? and ip.created_at < ?" + place + " order by ip.id",
                (rs, i) -> new ProjectProgress(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getBigDecimal(7)), args.toArray());
    }

    /** Approved and held park events per park and month (İzmir time) of their start. */
    public List<ParkMonth> parkEvents(StatisticsFilter filter) {
        List<Object> args = new ArrayList<>(List.of(ts(filter.startInstant()), ts(filter.endInstant())));
        StringBuilder where = new StringBuilder();
        if (filter.neighbourhood() != null) {
            where.append(" and lp.neighbourhood_code = ?");
            args.add(filter.neighbourhood().getCode());
        } else if (filter.district() != null) {
            where.append(" and lp.district_code = ?");
            args.add(filter.district().getCode());
        }
        Map<List<Object>, Long> counts = new TreeMap<>(Comparator.<List<Object>, String>comparing(k -> (String) k.get(1))
                .thenComparing(k -> (Long) k.get(0)).thenComparing(k -> (YearMonth) k.get(3)));
        jdbc.query("select lp.id, lp.name, lp.district_code, e.starts_at from park_event_application e"
                + " join park_area pa on pa.id = e.area_id join living_park lp on lp.id = pa.park_id"
                + " where e.status in " + PUBLIC_EVENTS + " and e.starts_at >= ? and e.starts_at < ?" + where, rs -> {
            YearMonth month = YearMonth.from(rs.getTimestamp(4).toInstant().atZone(IzmirTime.ZONE));
            counts.merge(List.of(rs.getLong(1), rs.getString(2), rs.getString(3), month), 1L, Long::sum);
        }, args.toArray());
        List<ParkMonth> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new ParkMonth((Long) k.get(0), (String) k.get(1), (String) k.get(2),
                (YearMonth) k.get(3), n)));
        return out;
    }

    /** The SQL condition on the neighbourhood alias for the filter's place; adds its arguments. */
    static String place(StatisticsFilter filter, String alias, List<Object> args) {
        if (filter.neighbourhoodId() != null) {
            args.add(filter.neighbourhoodId());
            return " and " + alias + ".id = ?";
        }
        if (filter.districtId() != null) {
            args.add(filter.districtId());
            return " and " + alias + ".district_id = ?";
        }
        return "";
    }

    private static Timestamp ts(java.time.Instant instant) {
        return Timestamp.from(instant);
    }
}
