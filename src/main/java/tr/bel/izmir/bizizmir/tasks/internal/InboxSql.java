package tr.bel.izmir.bizizmir.tasks.internal;

import tr.bel.izmir.bizizmir.shared.process.CaseVariables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tr.bel.izmir.bizizmir.tasks.InboxFilter;
import tr.bel.izmir.bizizmir.tasks.InboxTask;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The inbox's page and count as SQL over Camunda's runtime tables, read-only (DD034). It mirrors
 * what {@code TaskQuery} built for the inbox — active tasks; "assigned to me or offered to one of
 * my groups and not taken"; the filters; the sort with the task id as tie-break — but tests the
 * candidate groups with {@code exists} over the identity links instead of Camunda's
 * {@code select distinct} over a join, splits "mine or my groups' free tasks" into two branches
 * each cut to the page, so PostgreSQL walks the due-date index and stops after the page, and
 * reads the page's case data (business key, case title, neighbourhood) in the same statement.
 * Plain SQL that runs on PostgreSQL and H2 alike (unquoted names, LIMIT/OFFSET, union all).
 * Camunda owns these tables: InboxSqlTest compares this with Camunda's task query on both
 * databases and fails when a Camunda upgrade changes what this relies on.
 */
public final class InboxSql {

    /** The process variables every process sets for the inbox. */
    static final String CASE_TITLE = CaseVariables.CASE_TITLE;
    static final String NEIGHBOURHOOD_ID = CaseVariables.NEIGHBOURHOOD_ID;

    public enum Order {
        DUE("DUE_DATE_"), CREATED("CREATE_TIME_"), PRIORITY("PRIORITY_"), NAME("NAME_");

        final String column;

        Order(String column) {
            this.column = column;
        }
    }

    /**
     * What the inbox asks for, already resolved to values (the time windows from the clock, the
     * text search to task keys and process instances).
     *
     * @param username         the signed-in person
     * @param groups           their candidate groups (roles and departments)
     * @param processKey       only tasks of this process definition key, or null
     * @param neighbourhoodId  only tasks whose process has this {@code neighbourhoodId} (a Long), or null
     * @param dueBefore        only tasks due before this, or null
     * @param dueAfter         only tasks due after this, or null
     * @param withoutDueDate   only tasks without a due date
     * @param followUpBy       only tasks without a follow-up date or with one before this, or null
     * @param text             only tasks of these keys or process instances, or null for no text filter
     */
    public record Criteria(String username, Collection<String> groups, InboxFilter.Assignment assignment,
                           String processKey, Long neighbourhoodId, Instant dueBefore, Instant dueAfter,
                           boolean withoutDueDate, Instant followUpBy, TextMatch text) {
    }

    /** Tasks whose key is one of these, or whose process instance is one of these. */
    public record TextMatch(Collection<String> taskKeys, Collection<String> processInstanceIds) {
    }

    private static final String PAGE_COLUMNS = "RES.ID_, RES.NAME_, RES.TASK_DEF_KEY_, RES.PROC_DEF_ID_, RES.PROC_INST_ID_, "
            + "RES.CREATE_TIME_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.ASSIGNEE_, RES.PRIORITY_";

    private final NamedParameterJdbcTemplate jdbc;

    public InboxSql(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<InboxTask> page(Criteria criteria, Order order, boolean ascending, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        // Limit and offset as numbers in the text, not parameters: PostgreSQL's plan for a
        // prepared statement would otherwise be chosen without knowing that only a page is wanted.
        var params = new MapSqlParameterSource();
        String orderBy = " order by RES." + order.column + (ascending ? " asc" : " desc") + ", RES.ID_ asc";
        List<String> branches = branches(criteria, params);
        String tasks;
        if (branches.size() == 1) {
            tasks = "select " + PAGE_COLUMNS + " from ACT_RU_TASK RES where " + branches.get(0);
        } else {
            // Each branch ordered and cut to offset + limit by itself, so that the planner can walk
            // the due-date index (or, for a rare group, start from its few links) per branch.
            tasks = "select * from (" + String.join(" union all ", branches.stream()
                    .map(where -> "(select " + PAGE_COLUMNS + " from ACT_RU_TASK RES where " + where + orderBy + " limit " + ((long) offset + limit) + ")")
                    .toList()) + ") RES";
        }
        // The page first, then its case data: instance-scope variables, unique per (scope, name)
        // in Camunda's schema (ACT_UNIQ_VARIABLE).
        String sql = "select P.*, E.BUSINESS_KEY_, T.TYPE_ TITLE_TYPE_, T.TEXT_ TITLE_TEXT_, "
                + "N.TYPE_ HOOD_TYPE_, N.LONG_ HOOD_LONG_, N.DOUBLE_ HOOD_DOUBLE_ from ("
                + tasks + orderBy + " limit " + limit + " offset " + offset + ") P"
                + " left join ACT_RU_EXECUTION E on E.ID_ = P.PROC_INST_ID_"
                + " left join ACT_RU_VARIABLE T on T.VAR_SCOPE_ = P.PROC_INST_ID_ and T.NAME_ = '" + CASE_TITLE + "'"
                + " left join ACT_RU_VARIABLE N on N.VAR_SCOPE_ = P.PROC_INST_ID_ and N.NAME_ = '" + NEIGHBOURHOOD_ID + "'"
                + orderBy.replace("RES.", "P.");
        return jdbc.query(sql, params, (rs, row) -> task(rs));
    }

    public long count(Criteria criteria) {
        var params = new MapSqlParameterSource();
        String sql = "select " + String.join(" + ", branches(criteria, params).stream()
                .map(where -> "(select count(*) from ACT_RU_TASK RES where " + where + ")").toList());
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The conditions, as disjoint branches whose tasks together are the result: "mine and my
     * groups" is two (assigned to me; free and offered to one of my groups), each of which the
     * planner answers from an index or a semi-join, where one {@code or} across both made it
     * choose between probing the links of every task it reads and hashing all links of my
     * groups, blind to the limit. The same conditions as the inbox's Camunda task query had
     * (Task.xml of Camunda 7.24).
     */
    private static List<String> branches(Criteria c, MapSqlParameterSource params) {
        String common = common(c, params);
        params.addValue("me", c.username());
        String offered;
        if (c.groups().isEmpty()) {
            offered = "1 = 0";
        } else {
            params.addValue("groups", List.copyOf(c.groups()));
            offered = "exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate'"
                    + " and I.GROUP_ID_ in (:groups))";
        }
        return switch (c.assignment()) {
            case MINE -> List.of(common + " and RES.ASSIGNEE_ = :me");
            case UNASSIGNED -> List.of(common + " and RES.ASSIGNEE_ is null and " + offered);
            case GROUPS_ALL -> List.of(common + " and " + offered);
            case MINE_AND_GROUPS -> List.of(common + " and RES.ASSIGNEE_ = :me",
                    common + " and RES.ASSIGNEE_ is null and " + offered);
        };
    }

    private static String common(Criteria c, MapSqlParameterSource params) {
        var sql = new StringBuilder("RES.SUSPENSION_STATE_ = 1");
        if (c.processKey() != null) {
            params.addValue("processKey", c.processKey());
            sql.append(" and RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = :processKey)");
        }
        if (c.neighbourhoodId() != null) {
            // What processVariableValueEquals(name, Long) matches: a long variable of any scope of
            // the task's process instance, not a task-local one.
            params.addValue("hood", c.neighbourhoodId());
            sql.append(" and exists (select 1 from ACT_RU_VARIABLE V where V.NAME_ = '" + NEIGHBOURHOOD_ID + "'"
                    + " and V.TASK_ID_ is null and V.PROC_INST_ID_ = RES.PROC_INST_ID_"
                    + " and V.TYPE_ = 'long' and V.LONG_ is not null and V.LONG_ = :hood)");
        }
        if (c.dueBefore() != null) {
            params.addValue("dueBefore", Timestamp.from(c.dueBefore()));
            sql.append(" and RES.DUE_DATE_ < :dueBefore");
        }
        if (c.dueAfter() != null) {
            params.addValue("dueAfter", Timestamp.from(c.dueAfter()));
            sql.append(" and RES.DUE_DATE_ > :dueAfter");
        }
        if (c.withoutDueDate()) {
            sql.append(" and RES.DUE_DATE_ is null");
        }
        if (c.followUpBy() != null) {
            params.addValue("followUpBy", Timestamp.from(c.followUpBy()));
            sql.append(" and (RES.FOLLOW_UP_DATE_ is null or RES.FOLLOW_UP_DATE_ < :followUpBy)");
        }
        if (c.text() != null) {
            var keys = c.text().taskKeys();
            var instances = c.text().processInstanceIds();
            if (keys.isEmpty() && instances.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                List<String> either = new java.util.ArrayList<>();
                if (!keys.isEmpty()) {
                    params.addValue("keys", List.copyOf(keys));
                    either.add("RES.TASK_DEF_KEY_ in (:keys)");
                }
                if (!instances.isEmpty()) {
                    params.addValue("instances", List.copyOf(instances));
                    either.add("RES.PROC_INST_ID_ in (:instances)");
                }
                sql.append(" and (").append(String.join(" or ", either)).append(')');
            }
        }
        return sql.toString();
    }

    private static InboxTask task(ResultSet rs) throws SQLException {
        String definition = rs.getString("PROC_DEF_ID_");
        String title = "string".equals(rs.getString("TITLE_TYPE_")) ? rs.getString("TITLE_TEXT_") : null;
        String hoodType = rs.getString("HOOD_TYPE_");
        Long hood = null;
        if ("long".equals(hoodType) || "integer".equals(hoodType) || "short".equals(hoodType)) {
            long value = rs.getLong("HOOD_LONG_");
            hood = rs.wasNull() ? null : value;
        } else if ("double".equals(hoodType)) {
            double value = rs.getDouble("HOOD_DOUBLE_");
            hood = rs.wasNull() ? null : (long) value;
        }
        return new InboxTask(rs.getString("ID_"), rs.getString("NAME_"), rs.getString("TASK_DEF_KEY_"),
                definition == null ? null : definition.substring(0, Math.max(0, definition.indexOf(':'))),
                rs.getString("PROC_INST_ID_"), rs.getString("BUSINESS_KEY_"), title, hood,
                instant(rs.getTimestamp("CREATE_TIME_")), instant(rs.getTimestamp("DUE_DATE_")),
                instant(rs.getTimestamp("FOLLOW_UP_DATE_")), rs.getString("ASSIGNEE_"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
