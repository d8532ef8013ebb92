package tr.bel.izmir.bizizmir.voting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Group commit for new ballots. Request threads hand over a checked ballot and wait; a writer
 * thread takes every ballot waiting at that moment and stores them in ONE transaction: a
 * shared lock on each vote row that is still open at that instant, the ballots and the
 * participations as two JDBC batches, one commit (one WAL flush for the whole group). Each
 * request is answered only after that commit, so an acknowledged ballot is a durable ballot.
 * <p>
 * Integrity stays with the database: the unique keys refuse a second ballot or participation,
 * and the vote row lock makes closing wait for groups in flight (closing takes the row for
 * update before it unlinks ballots), so no ballot can arrive after the unlinking with its voter
 * key. If any ballot of a group is refused, the group is rolled back and each of its ballots is
 * retried alone, so only the refused one fails (with the database's error, which the caller
 * turns into "read the stored ballot" as before).
 * <p>
 * Under light load a group is one ballot, so a lone voter waits no longer than before; under
 * load, groups grow by themselves while the previous group commits.
 */
@Component
public class BallotWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BallotWriter.class);

    private static final String INSERT_BALLOT = "insert into ballot (id, vote_id, voter_key, submission_key, receipt_code, "
            + "choices, district_id) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PARTICIPATION = "insert into vote_participation (vote_id, username, voted_on) "
            + "values (?, ?, ?)";

    /** A checked ballot on its way to the database, and who waits for the answer. */
    private record Pending(Ballot ballot, String username, LocalDate votedOn, Supplier<Instant> clock,
                           CompletableFuture<Boolean> stored) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final int writers;
    private final int maxGroup;
    private final List<Thread> threads = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private volatile boolean running;
    private volatile String lockClause;

    public BallotWriter(DataSource dataSource,
                        @Value("${bizizmir.voting.ballot-writers:2}") int writers,
                        @Value("${bizizmir.voting.ballot-group-max:200}") int maxGroup) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.writers = Math.max(1, writers);
        this.maxGroup = Math.max(1, maxGroup);
    }

    /**
     * Stores a new ballot and its participation, waiting for the commit.
     *
     * @param clock read inside the writing transaction: the vote must still accept ballots then
     * @return false if the vote no longer accepted ballots at commit time (nothing stored)
     * @throws DataAccessException if the database refused it (e.g. the voter's ballot exists)
     */
    public boolean store(Ballot ballot, String username, LocalDate votedOn, Supplier<Instant> clock) {
        var pending = new Pending(ballot, username, votedOn, clock, new CompletableFuture<>());
        if (!running) {
            writeAlone(pending);
        } else {
            queue.add(pending);
        }
        try {
            return pending.stored().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the ballot was being stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the ballot store did not answer in 60 s", e);
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>(maxGroup);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroup - 1);
                writeGroup(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                group.forEach(p -> p.stored().completeExceptionally(e));
                log.error("Ballot group of {} failed", group.size(), e);
            } finally {
                group.clear();
            }
        }
    }

    private void writeGroup(List<Pending> group) {
        if (group.size() == 1) {
            writeAlone(group.get(0));
            return;
        }
        Set<Pending> accepted;
        try {
            accepted = tx.execute(status -> insert(group));
        } catch (DataAccessException refused) {
            // Someone in the group was refused (most likely a voter's second ballot): find out who.
            group.forEach(this::writeAlone);
            return;
        }
        for (Pending p : group) {
            p.stored().complete(accepted.contains(p));
        }
    }

    private void writeAlone(Pending pending) {
        try {
            Set<Pending> accepted = tx.execute(status -> insert(List.of(pending)));
            pending.stored().complete(accepted.contains(pending));
        } catch (RuntimeException e) {
            pending.stored().completeExceptionally(e);
        }
    }

    /** Inside the group's transaction: the ballots of votes still open now, and their participations. */
    private Set<Pending> insert(List<Pending> group) {
        Instant now = group.get(0).clock().get();
        Set<Long> open = new HashSet<>();
        for (Long voteId : new LinkedHashSet<>(group.stream().map(p -> p.ballot().getVoteId()).toList())) {
            var rows = jdbc.queryForList("select id from vote where id = ? and status = 'OPEN' and opens_at <= ? "
                    + "and closes_at > ? " + lockClause(), Long.class, voteId, utc(now), utc(now));
            if (!rows.isEmpty()) {
                open.add(voteId);
            }
        }
        List<Pending> accepted = group.stream().filter(p -> open.contains(p.ballot().getVoteId())).toList();
        if (!accepted.isEmpty()) {
            // Each table gets the group in its own random order: the k-th ballot row of a group is
            // not the k-th participation row (DD010; the close shuffles both tables again anyway).
            List<Pending> ballotOrder = new ArrayList<>(accepted);
            List<Pending> participationOrder = new ArrayList<>(accepted);
            Collections.shuffle(ballotOrder, random);
            Collections.shuffle(participationOrder, random);
            jdbc.batchUpdate(INSERT_BALLOT, ballotOrder, ballotOrder.size(), (ps, p) -> {
                Ballot b = p.ballot();
                ps.setString(1, b.getId());
                ps.setLong(2, b.getVoteId());
                ps.setString(3, b.getVoterKey());
                ps.setString(4, b.getSubmissionKey());
                ps.setString(5, b.getReceiptCode());
                ps.setString(6, b.getChoices());
                ps.setObject(7, b.getDistrictId(), java.sql.Types.BIGINT);
            });
            jdbc.batchUpdate(INSERT_PARTICIPATION, participationOrder, participationOrder.size(), (ps, p) -> {
                ps.setLong(1, p.ballot().getVoteId());
                ps.setString(2, p.username());
                ps.setDate(3, Date.valueOf(p.votedOn()));
            });
        }
        return new HashSet<>(accepted);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** PostgreSQL: a shared row lock (groups do not wait for each other); H2 knows only FOR UPDATE. */
    private String lockClause() {
        String clause = lockClause;
        if (clause == null) {
            try (Connection connection = dataSource.getConnection()) {
                clause = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                        ? "for share" : "for update";
            } catch (SQLException e) {
                clause = "for update";
            }
            lockClause = clause;
        }
        return clause;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(this::run, "ballot-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        // Anyone still waiting gets an answer rather than a hang.
        Pending left;
        while ((left = queue.poll()) != null) {
            writeAlone(left);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
