package tr.bel.izmir.bizizmir.budgeting.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code allocation_run} table (V82): the runs of cycle allocations in the whole cluster. Every
 * write commits at once, in a transaction of its own, because the computing node writes from
 * inside the process job's transaction, which commits only when the computation is over.
 */
@Component
public class AllocationRunBoard {

    /** A run as the board knows it. */
    public record Entry(long cycleId, String node, String status, int percent, Instant startedAt, Instant heartbeatAt,
                        Optional<String> stopRequestedBy) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public AllocationRunBoard(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The run starts on this node (a stale row of a crashed node's run is replaced). */
    public void started(long cycleId, String node, String status, Instant at) {
        own.executeWithoutResult(s -> {
            jdbc.update("delete from allocation_run where cycle_id = ?", cycleId);
            jdbc.update("insert into allocation_run (cycle_id, node, status, percent, started_at, heartbeat_at)"
                    + " values (?, ?, ?, 0, ?, ?)", cycleId, node, status, Timestamp.from(at), Timestamp.from(at));
        });
    }

    public void progress(long cycleId, String node, String status, int percent, Instant at) {
        own.executeWithoutResult(s -> jdbc.update("update allocation_run set status = ?, percent = ?, heartbeat_at = ?"
                + " where cycle_id = ? and node = ?", status, percent, Timestamp.from(at), cycleId, node));
    }

    public void ended(long cycleId, String node) {
        own.executeWithoutResult(s -> jdbc.update("delete from allocation_run where cycle_id = ? and node = ?", cycleId, node));
    }

    /** Asks the run to stop, whichever node computes it; false when no run of the cycle is on the board. */
    public boolean requestStop(long cycleId, String by, Instant at) {
        return own.execute(s -> jdbc.update("update allocation_run set stop_requested_by = ?, stop_requested_at = ?"
                + " where cycle_id = ? and stop_requested_by is null", by, Timestamp.from(at), cycleId)) > 0;
    }

    private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(rs.getLong("cycle_id"), rs.getString("node"),
            rs.getString("status"), rs.getInt("percent"), rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("heartbeat_at").toInstant(), Optional.ofNullable(rs.getString("stop_requested_by")));

    public Optional<Entry> find(long cycleId) {
        return jdbc.query("select * from allocation_run where cycle_id = ?", ENTRY, cycleId).stream().findFirst();
    }

    /** Of these cycles computing on this node, the ones someone asked to stop, with who asked. */
    public List<Entry> stopRequests(String node, Collection<Long> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from allocation_run where node = ? and stop_requested_by is not null", ENTRY, node)
                .stream().filter(e -> cycleIds.contains(e.cycleId())).toList();
    }
}
