package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The last step of unlinking a vote at close (DD010): its ballots and its participations are
 * deleted and written again, each table in its own random order, the ballots under new random
 * ids and without voter or submission keys. Afterwards neither table's physical order
 * (PostgreSQL {@code ctid}, H2 row id), inserting transaction ({@code xmin}) nor key order says
 * in which order people voted or which ballot was written together with which participation
 * (the group commit wrote both in one transaction, the heap keeps that order until now).
 * <p>
 * Runs inside the closing transaction, which holds the vote row exclusively: no ballot can be
 * written or changed meanwhile, and either everything is rewritten or nothing is.
 */
@Component
public class ClosedVoteShuffle {

    private record StoredBallot(String receiptCode, String choices, Long districtId) {
    }

    private record StoredParticipation(String username, LocalDate votedOn) {
    }

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public ClosedVoteShuffle(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** @return the number of ballots, all of them now unlinked and in random order */
    @Transactional(propagation = Propagation.MANDATORY)
    public int rewrite(long voteId) {
        List<StoredBallot> ballots = new ArrayList<>(jdbc.query(
                "select receipt_code, choices, district_id from ballot where vote_id = ?",
                (rs, i) -> new StoredBallot(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class)), voteId));
        List<StoredParticipation> participations = new ArrayList<>(jdbc.query(
                "select username, voted_on from vote_participation where vote_id = ?",
                (rs, i) -> new StoredParticipation(rs.getString(1), rs.getDate(2).toLocalDate()), voteId));
        Collections.shuffle(ballots, random);
        Collections.shuffle(participations, random);

        jdbc.update("delete from ballot where vote_id = ?", voteId);
        jdbc.batchUpdate("insert into ballot (id, vote_id, voter_key, submission_key, receipt_code, choices, "
                + "district_id) values (?, ?, null, null, ?, ?, ?)", ballots, 500, (ps, b) -> {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setLong(2, voteId);
            ps.setString(3, b.receiptCode());
            ps.setString(4, b.choices());
            ps.setObject(5, b.districtId(), Types.BIGINT);
        });
        jdbc.update("delete from vote_participation where vote_id = ?", voteId);
        jdbc.batchUpdate("insert into vote_participation (vote_id, username, voted_on) values (?, ?, ?)",
                participations, 500, (ps, p) -> {
                    ps.setLong(1, voteId);
                    ps.setString(2, p.username());
                    ps.setDate(3, Date.valueOf(p.votedOn()));
                });
        return ballots.size();
    }
}
