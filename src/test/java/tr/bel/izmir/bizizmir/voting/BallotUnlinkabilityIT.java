package tr.bel.izmir.bizizmir.voting;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 2: after close nothing in the database orders ballots like the voters who cast
 * them (DD010). A few hundred residents vote one after the other, each choosing a set of
 * projects that is a known, monotone function of their place in the queue; after the close,
 * every way an operator could order the ballots (physical order {@code ctid}, inserting
 * transaction {@code xmin}, every column) and every way to order the participations must carry
 * no voting order: Spearman's rank correlation with the voting order stays near 0.
 * <p>
 * With n = 300 an ordering that carries no information gives |rho| of about 1/sqrt(n-1) = 0.058
 * (one standard deviation); the bound 0.25 is more than four of them, so a correct
 * implementation fails this test about once in 10^4 runs, while ballots kept in voting order
 * give rho near 1.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BallotUnlinkabilityIT {

    static final int VOTERS = 300;
    static final double BOUND = 0.25;

    @Autowired VoteFixtures fx;

    @Autowired ResidentRegistry residents;
    @Autowired PublicVotes votes;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;
    @Autowired tr.bel.izmir.bizizmir.voting.internal.VoterKeys keys;

    @Test
    void after_close_no_order_of_ballots_or_participations_follows_the_voting_order(CapturedOutput output) {
        // A changeable k-approval vote with three projects: seven possible ballots, 1..7.
        var pb = fx.pbVote(BallotRule.K_APPROVAL, 3, true, -1, 5);
        long voteId = pb.vote().getId();
        Map<String, Integer> turn = new HashMap<>();
        Map<String, Integer> bucketOfChoices = new HashMap<>();
        for (int mask = 1; mask <= 7; mask++) {
            bucketOfChoices.put(choicesOf(pb, mask), mask);
        }
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            voters.add(fx.resident("sira", pb.neighbourhoodId(), 1950 + i % 50));
        }
        int logFrom = output.getAll().length();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String voter = voters.get(i);
            int first = bucket(i);
            turn.put(voter, i);
            receipts.add(RunAs.user(voter, () -> votes.cast(voteId, options(pb, first), "form-" + UUID.randomUUID()),
                    "citizen", "resident").receiptCode());
        }
        // A few voters change their mind late (an UPDATE puts the new row version at the end of the heap).
        Map<String, Integer> finalBucket = new HashMap<>();
        for (int i = 0; i < VOTERS; i++) {
            finalBucket.put(voters.get(i), bucket(i));
        }
        for (int i = 0; i < VOTERS; i += 30) {
            String voter = voters.get(i);
            int again = bucket(i) == 7 ? 6 : bucket(i) + 1;
            finalBucket.put(voter, again);
            RunAs.user(voter, () -> votes.cast(voteId, options(pb, again), "change-" + UUID.randomUUID()),
                    "citizen", "resident");
        }

        fx.closeNow(voteId);
        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(fx.ballots(voteId)).isEqualTo(VOTERS);
        assertThat(fx.participants(voteId)).isEqualTo(VOTERS);

        Map<String, Double> correlations = new LinkedHashMap<>();
        // Ballots: what was chosen (a function of the voting turn) against every order of the table.
        for (var order : orders("ballot", "choices").entrySet()) {
            var rows = jdbc.queryForList("select choices, dense_rank() over (order by " + order.getValue() + ") as r from ballot "
                    + "where vote_id = ?", voteId);
            double[] content = rows.stream().mapToDouble(r -> bucketOfChoices.get((String) r.get("choices"))).toArray();
            double[] rank = rows.stream().mapToDouble(r -> ((Number) r.get("r")).doubleValue()).toArray();
            correlations.put("ballot by " + order.getKey(), spearman(content, rank));
        }
        // Participations: who voted when, against every order of the table.
        for (var order : orders("vote_participation", "").entrySet()) {
            var rows = jdbc.queryForList("select username, dense_rank() over (order by " + order.getValue() + ") as r "
                    + "from vote_participation where vote_id = ?", voteId);
            double[] when = rows.stream().mapToDouble(r -> turn.get((String) r.get("username"))).toArray();
            double[] rank = rows.stream().mapToDouble(r -> ((Number) r.get("r")).doubleValue()).toArray();
            correlations.put("participation by " + order.getKey(), spearman(when, rank));
        }
        // The attack itself: pair the k-th ballot with the k-th participation in physical order.
        List<String> ballotsByCtid = jdbc.queryForList("select choices from ballot where vote_id = ? order by ctid",
                String.class, voteId);
        List<String> votersByCtid = jdbc.queryForList("select username from vote_participation where vote_id = ? "
                + "order by ctid", String.class, voteId);
        double[] chosen = ballotsByCtid.stream().mapToDouble(bucketOfChoices::get).toArray();
        double[] paired = votersByCtid.stream().mapToDouble(finalBucket::get).toArray();
        correlations.put("ballot and participation paired by ctid", spearman(chosen, paired));

        LoggerFactory.getLogger(BallotUnlinkabilityIT.class).info("Rank correlations with the voting order: {}",
                correlations);
        assertThat(correlations).as("orders checked").containsKeys("ballot by ctid", "ballot by xmin",
                "ballot by id", "ballot by receipt_code", "participation by ctid", "participation by xmin",
                "participation by username");
        assertThat(correlations).allSatisfy((channel, rho) -> assertThat(Math.abs(rho))
                .as("rank correlation of %s with the voting order (all: %s)", channel, correlations)
                .isLessThan(BOUND));

        // Nothing finer than the day on the participation side, nothing at all on the ballot side.
        assertThat(jdbc.queryForList("select distinct voted_on from vote_participation where vote_id = ?", voteId))
                .hasSize(1);
        assertThat(timeColumns("ballot")).isEmpty();
        assertThat(timeColumns("vote_participation")).containsExactly("voted_on");
        // No log line from casting to close names a voter or a receipt (which would pair them up).
        String log = output.getAll().substring(logFrom);
        assertThat(log).as("the log is captured").contains("Vote " + voteId + " closed with " + VOTERS + " ballots");
        assertThat(voters).noneMatch(log::contains);
        assertThat(receipts).noneMatch(log::contains);
        // No Camunda variable of the vote's process names a voter or carries a ballot.
        String process = history.createHistoricProcessInstanceQuery().processDefinitionKey(
                tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess.KEY).processInstanceBusinessKey(Long.toString(voteId))
                .singleResult().getId();
        var variables = history.createHistoricVariableInstanceQuery().processInstanceId(process).list();
        assertThat(history.createHistoricDetailQuery().processInstanceId(process).list().size())
                .as("no variable update per ballot either").isLessThan(20);
        assertThat(variables).allSatisfy(v -> assertThat(String.valueOf(v.getValue()))
                .doesNotContain(voters.get(0)).doesNotContain(voters.get(VOTERS - 1)));
        assertThat(variables.size()).as("a handful of schedule variables, not one per ballot").isLessThan(20);
    }

    @Test
    void while_the_vote_runs_a_group_commit_writes_its_ballots_and_participations_in_independent_orders()
            throws Exception {
        var pb = fx.pbVote(BallotRule.K_APPROVAL, 3, false, -1, 5);
        long voteId = pb.vote().getId();
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            voters.add(fx.resident("grup", pb.neighbourhoodId(), 1980));
        }
        List<java.util.concurrent.Callable<Void>> casts = new ArrayList<>();
        for (String voter : voters) {
            casts.add(() -> {
                RunAs.user(voter, () -> votes.cast(voteId, List.of(pb.option(0)), "k"), "citizen", "resident");
                return null;
            });
        }
        PublicVoteIT.allAtOnce(48, casts);
        // Ballots and participations of one group share the transaction (xmin); within it, pair the
        // k-th ballot with the k-th participation by physical order and count the right guesses.
        Map<String, List<String>> ballotsByGroup = new LinkedHashMap<>();
        jdbc.query("select xmin::text as x, voter_key from ballot where vote_id = ? order by ctid", rs -> {
            ballotsByGroup.computeIfAbsent(rs.getString("x"), x -> new ArrayList<>()).add(rs.getString("voter_key"));
        }, voteId);
        Map<String, List<String>> participationsByGroup = new LinkedHashMap<>();
        jdbc.query("select xmin::text as x, username from vote_participation where vote_id = ? order by ctid", rs -> {
            participationsByGroup.computeIfAbsent(rs.getString("x"), x -> new ArrayList<>())
                    .add(keys.voterKey(voteId, rs.getString("username")));
        }, voteId);
        int groups = 0;
        int rows = 0;
        int rightGuesses = 0;
        for (var group : ballotsByGroup.entrySet()) {
            List<String> ballotKeys = group.getValue();
            if (ballotKeys.size() < 2) {
                continue;
            }
            List<String> participationKeys = participationsByGroup.get(group.getKey());
            assertThat(participationKeys).containsExactlyInAnyOrderElementsOf(ballotKeys);
            groups++;
            rows += ballotKeys.size();
            for (int k = 0; k < ballotKeys.size(); k++) {
                if (ballotKeys.get(k).equals(participationKeys.get(k))) {
                    rightGuesses++;
                }
            }
        }
        // Independent random orders: a group has one right guess on average (fixed points of a
        // random permutation, mean 1, variance 1); in the same order every guess is right.
        double bound = groups + 5 * Math.sqrt(groups) + 1;
        LoggerFactory.getLogger(BallotUnlinkabilityIT.class).info(
                "Group commit: {} groups of 2 or more with {} ballots, {} right guesses by physical order", groups, rows,
                rightGuesses);
        assertThat(rows).as("groups formed under load (else this test says nothing)").isGreaterThan((int) bound + 10);
        assertThat((double) rightGuesses).isLessThan(bound);
    }

    /** The seven possible ballots in voting order: the first seventh of the voters choose 1, ... */
    static int bucket(int turn) {
        return 1 + turn * 7 / VOTERS;
    }

    static List<Long> options(VoteFixtures.PbVote pb, int mask) {
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(pb.option(i));
            }
        }
        return chosen;
    }

    static String choicesOf(VoteFixtures.PbVote pb, int mask) {
        return String.join(",", options(pb, mask).stream().sorted().map(String::valueOf).toList());
    }

    /** Every order an operator can put the table in: physical, by inserting transaction, by each column. */
    private Map<String, String> orders(String table, String except) {
        Map<String, String> orders = new LinkedHashMap<>();
        orders.put("ctid", "ctid");
        orders.put("xmin", "xmin::text::bigint");
        jdbc.queryForList("select column_name from information_schema.columns where table_name = ? "
                + "and table_schema = current_schema()", String.class, table).stream()
                .filter(c -> !c.equals(except) && !c.equals("vote_id"))
                .forEach(c -> orders.put(c, c));
        return orders;
    }

    private List<String> timeColumns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_name = ? "
                + "and table_schema = current_schema() and (data_type like 'time%' or data_type = 'date')", String.class, table);
    }

    /** Spearman's rho; an order that puts every row level (a constant column) carries no order: 0. */
    private static double spearman(double[] a, double[] b) {
        double rho = new SpearmansCorrelation().correlation(a, b);
        return Double.isNaN(rho) ? 0 : rho;
    }
}
