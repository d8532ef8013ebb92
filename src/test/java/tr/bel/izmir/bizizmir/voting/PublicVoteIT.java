package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CycleBallots;
import tr.bel.izmir.bizizmir.budgeting.CycleVoteClosed;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import javax.sql.DataSource;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ballot integrity on the real application and PostgreSQL: one ballot per voter under
 * concurrency, idempotent submissions, refusals that leave nothing behind, secrecy at close.
 */
@IntegrationTest
@RecordApplicationEvents
class PublicVoteIT {

    static final String[] RESIDENT = {"citizen", "resident"};

    @Autowired VoteFixtures fx;

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired PbCycles cycles;
    @Autowired PublicVotes votes;
    @Autowired CycleBallots cycleBallots;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ApplicationEvents events;

    Receipt cast(String voter, long voteId, Collection<Long> options, String key) {
        return RunAs.user(voter, () -> votes.cast(voteId, options, key), RESIDENT);
    }

    String whyNot(String user, long voteId) {
        return RunAs.user(user, () -> votes.whyCannotVote(voteId), RESIDENT).map(DomainException::messageKey).orElse(null);
    }

    void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void a_vote_cannot_be_scheduled_for_a_cycle_whose_voting_days_are_over_or_that_is_a_draft() {
        var today = java.time.LocalDate.now(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE);
        var over = SystemActor.call(() -> cycles.open(new tr.bel.izmir.bizizmir.budgeting.CycleSpec(fx.neighbourhood("Bitti"),
                "Bitmiş döngü", Money.ofLira(500_000), tr.bel.izmir.bizizmir.budgeting.CyclePhase.REVIEW,
                today.minusDays(90), today.minusDays(60), today.minusDays(30), today.minusDays(10), 0, 3, 16,
                BallotRule.KNAPSACK, tr.bel.izmir.bizizmir.budgeting.AllocationRule.GREEDY)));
        assertThatThrownBy(() -> RunAs.user("memur", () -> voteSchedule.scheduleCycleVote(over.getId(), null, true), "officer"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("vote.schedule.error.over"));
        assertThat(votes.ofCycle(over.getId())).as("no vote created in the past").isEmpty();

        var draft = SystemActor.call(() -> cycles.open(new tr.bel.izmir.bizizmir.budgeting.CycleSpec(fx.neighbourhood("Taslak"),
                "Taslak döngü", Money.ofLira(500_000), tr.bel.izmir.bizizmir.budgeting.CyclePhase.DRAFT,
                today.plusDays(10), today.plusDays(40), today.plusDays(60), today.plusDays(80), 0, 3, 16,
                BallotRule.KNAPSACK, tr.bel.izmir.bizizmir.budgeting.AllocationRule.GREEDY)));
        assertThatThrownBy(() -> RunAs.user("memur", () -> voteSchedule.scheduleCycleVote(draft.getId(), null, true), "officer"))
                .hasMessageContaining("vote.schedule.error.draft");
        assertThat(votes.ofCycle(draft.getId())).isEmpty();
    }

    @Test
    void the_process_opens_the_vote_with_the_feasible_proposals_at_their_assessed_cost() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        assertThat(pb.vote().getStatus()).isEqualTo(VoteStatus.OPEN);
        assertThat(fx.cycles.require(pb.cycle().getId()).getPhase()).as("the cycle, in review until now, shows voting")
                .isEqualTo(tr.bel.izmir.bizizmir.budgeting.CyclePhase.VOTING);
        assertThat(pb.vote().getRule()).isEqualTo(VoteRule.KNAPSACK);
        assertThat(pb.vote().getBudget()).contains(Money.ofLira(500_000));
        assertThat(pb.options()).extracting(VoteOptionInfo::getCost)
                .containsExactly(java.util.Optional.of(Money.ofLira(200_000)), java.util.Optional.of(Money.ofLira(250_000)),
                        java.util.Optional.of(Money.ofLira(100_000)));
        assertThat(pb.options()).allSatisfy(o -> assertThat(o.getLabel()).doesNotStartWith("Denize"));
        // Opens at the start of the opening day and closes at the end of the closing day, Istanbul time.
        assertThat(pb.vote().getOpensAt().atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).getHour()).isZero();
        assertThat(pb.vote().getClosesAt()).isEqualTo(pb.cycle().getVotingCloses().plusDays(1)
                .atStartOfDay(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toInstant());
    }

    @Test
    void a_thousand_parallel_identical_submissions_store_one_ballot_with_one_receipt() throws Exception {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        String voter = fx.resident("secmen", pb.neighbourhoodId(), 1980);
        String key = UUID.randomUUID().toString();
        List<Long> choice = List.of(pb.option(0), pb.option(2));
        List<Callable<Receipt>> submissions = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            submissions.add(() -> cast(voter, pb.vote().getId(), choice, key));
        }
        Set<String> receipts = new HashSet<>();
        allAtOnce(64, submissions).forEach(r -> receipts.add(r.receiptCode()));
        assertThat(receipts).hasSize(1);
        assertThat(fx.ballots(pb.vote().getId())).isEqualTo(1);
        assertThat(fx.participants(pb.vote().getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select choices from ballot where vote_id = ?", String.class, pb.vote().getId()))
                .isEqualTo(pb.option(0) + "," + pb.option(2));
    }

    @Test
    void many_voters_at_once_every_acknowledged_ballot_is_stored_once_and_counted() throws Exception {
        var pb = fx.pbVote(BallotRule.K_APPROVAL, 2, false, -1, 5);
        long voteId = pb.vote().getId();
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            voters.add(fx.resident("kalabalik", pb.neighbourhoodId(), 1970 + i % 30));
        }
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<Long, Integer> expected = new ConcurrentHashMap<>();
        List<Callable<Void>> submissions = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i);
            List<Long> choice = i % 3 == 0 ? List.of(pb.option(0)) : List.of(pb.option(1), pb.option(2));
            choice.forEach(o -> expected.merge(o, 1, Integer::sum));
            String key = UUID.randomUUID().toString();
            // Each voter double-clicks: two identical submissions racing each other.
            for (int click = 0; click < 2; click++) {
                submissions.add(() -> {
                    Receipt r = cast(voter, voteId, choice, key);
                    String before = acknowledged.putIfAbsent(voter, r.receiptCode());
                    assertThat(before == null || before.equals(r.receiptCode())).isTrue();
                    return null;
                });
            }
        }
        allAtOnce(48, submissions);
        assertThat(acknowledged).hasSize(150);
        assertThat(fx.ballots(voteId)).isEqualTo(150);
        assertThat(fx.participants(voteId)).isEqualTo(150);

        fx.closeNow(voteId);
        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(votes.receiptCodes(voteId)).containsExactlyInAnyOrderElementsOf(acknowledged.values());
        assertThat(votes.isCounted(voteId, acknowledged.get(voters.get(7)).toLowerCase())).isTrue();
        assertThat(votes.isCounted(voteId, "XXXX-XXXX-XXXX")).isFalse();
        var results = votes.results(voteId);
        assertThat(results.ballots()).isEqualTo(150);
        results.options().forEach(o -> assertThat(o.votes())
                .isEqualTo(expected.getOrDefault(o.option().getId(), 0).longValue()));
        // Secrecy: nothing left in the ballot table that leads back to a voter.
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ? and (voter_key is not null or submission_key is not null)",
                Long.class, voteId)).isZero();
        // Budgeting's port: the same ballots, as proposal ids, and the hand-over event.
        var result = cycleBallots.closedVote(pb.cycle().getId()).orElseThrow();
        assertThat(result.projects()).extracting(p -> p.proposalId()).containsExactly(
                pb.options().get(0).getProposalId(), pb.options().get(1).getProposalId(), pb.options().get(2).getProposalId());
        assertThat(result.ballots()).hasSize(150);
        assertThat(result.ballots().stream().filter(b -> b.equals(Set.of(pb.options().get(0).getProposalId()))).count())
                .isEqualTo(50);
        assertThat(events.stream(CycleVoteClosed.class)).containsExactly(new CycleVoteClosed(pb.cycle().getId()));
    }

    @Test
    void ballots_racing_the_close_are_either_counted_and_unlinked_or_refused() throws Exception {
        var pb = fx.pbVote(BallotRule.K_APPROVAL, 2, false, -1, 5);
        long voteId = pb.vote().getId();
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            voters.add(fx.resident("kapanis", pb.neighbourhoodId(), 1975));
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refusedAsClosed = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i);
            tasks.add(() -> {
                try {
                    acknowledged.add(cast(voter, voteId, List.of(pb.option(0)), "k").receiptCode());
                } catch (DomainException e) {
                    assertThat(e.messageKey()).isEqualTo("vote.error.closed");
                    refusedAsClosed.add(voter);
                }
                return null;
            });
            if (i == 40) {
                // The close starts while a third of the voters are already casting.
                tasks.add(() -> {
                    fx.closeNow(voteId);
                    return null;
                });
            }
        }
        allAtOnce(24, tasks);
        assertThat(acknowledged.size() + refusedAsClosed.size()).isEqualTo(120);
        var vote = votes.require(voteId);
        assertThat(vote.getStatus()).isEqualTo(VoteStatus.CLOSED);
        // Every acknowledged ballot, and nothing else, is stored, counted and on the receipt list...
        assertThat(fx.ballots(voteId)).isEqualTo(acknowledged.size());
        assertThat(vote.getBallotsCounted()).isEqualTo(acknowledged.size());
        assertThat(votes.receiptCodes(voteId)).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(fx.participants(voteId)).isEqualTo(acknowledged.size());
        // ...and none of them arrived after the unlinking with its voter key.
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ? and (voter_key is not null or submission_key is not null)",
                Long.class, voteId)).isZero();
    }

    /** Runs the tasks on that many threads, all released at once; the first failure fails the test. */
    static <T> List<T> allAtOnce(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A connection of its own, in a transaction that holds the vote row with the given lock. */
    java.sql.Connection holdingTheVoteRow(long voteId, String lock) throws java.sql.SQLException {
        var connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var select = connection.prepareStatement("select id from vote where id = ? and status = 'OPEN' " + lock)) {
            select.setLong(1, voteId);
            assertThat(select.executeQuery().next()).isTrue();
        }
        return connection;
    }

    /** Waits until some session waits for a row lock held by another (PostgreSQL's own view). */
    void untilSomeoneWaitsForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.queryForObject("select count(*) from pg_locks where not granted", Long.class) == 0) {
            assertThat(System.nanoTime()).as("nobody waited for the vote row").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void closing_waits_for_ballots_being_written_and_unlinks_them_too() throws Exception {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        String voter = fx.resident("yolda", pb.neighbourhoodId(), 1980);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        // A ballot group in flight, as BallotWriter writes it: the vote row held shared, the
        // ballot inserted with its voter key, not committed yet.
        try (var connection = holdingTheVoteRow(voteId, "for share")) {
            try (var insert = connection.prepareStatement("insert into ballot (id, vote_id, voter_key, submission_key, "
                    + "receipt_code, choices) values (?, ?, 'key-of-" + voter + "', 'sub', 'AAAA-BBBB-CCCC', ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setLong(2, voteId);
                insert.setString(3, Long.toString(pb.option(0)));
                insert.executeUpdate();
            }
            Future<?> closing = pool.submit(() -> fx.closeNow(voteId));
            untilSomeoneWaitsForALock();
            assertThat(closing).isNotDone();
            connection.commit();
            closing.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // The in-flight ballot is counted and unlinked like every other.
        assertThat(votes.require(voteId).getBallotsCounted()).isEqualTo(1);
        assertThat(votes.receiptCodes(voteId)).containsExactly("AAAA-BBBB-CCCC");
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ? and voter_key is not null",
                Long.class, voteId)).isZero();
    }

    @Test
    void a_ballot_written_while_the_vote_closes_waits_and_is_refused() throws Exception {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        String voter = fx.resident("gecikmeli", pb.neighbourhoodId(), 1980);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        // The close in progress, as PublicVotes.close holds it: the vote row locked for update.
        try (var connection = holdingTheVoteRow(voteId, "for no key update")) {
            Future<Receipt> ballot = pool.submit(() -> cast(voter, voteId, List.of(pb.option(0)), "k"));
            untilSomeoneWaitsForALock();
            assertThat(ballot).isNotDone();
            try (var close = connection.prepareStatement("update vote set status = 'CLOSED' where id = ?")) {
                close.setLong(1, voteId);
                close.executeUpdate();
            }
            connection.commit();
            assertThatThrownBy(() -> ballot.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(DomainException.class)
                    .cause().extracting(e -> ((DomainException) e).messageKey()).isEqualTo("vote.error.closed");
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.ballots(voteId)).isZero();
        assertThat(fx.participants(voteId)).isZero();
    }

    @Test
    void a_ballot_after_close_is_refused() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        long voteId = pb.vote().getId();
        String early = fx.resident("erken", pb.neighbourhoodId(), 1980);
        String late = fx.resident("gec", pb.neighbourhoodId(), 1980);
        String receipt = cast(early, voteId, List.of(pb.option(0)), "k1").receiptCode();
        fx.closeNow(voteId);
        refused(() -> cast(late, voteId, List.of(pb.option(1)), "k2"), "vote.error.closed");
        // Not even a change of an existing ballot, nor a retry of it.
        refused(() -> cast(early, voteId, List.of(pb.option(1)), "k3"), "vote.error.closed");
        refused(() -> cast(early, voteId, List.of(pb.option(0)), "k1"), "vote.error.closed");
        assertThat(fx.ballots(voteId)).isEqualTo(1);
        assertThat(votes.receiptCodes(voteId)).containsExactly(receipt);
        assertThatThrownBy(() -> RunAs.user(early, () -> votes.myBallot(voteId), RESIDENT).orElseThrow().receiptCode().orElseThrow())
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void a_ballot_after_the_closing_time_is_refused_even_before_the_close_job_has_run() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -3, 2);
        long voteId = pb.vote().getId();
        assertThat(pb.vote().getStatus()).isEqualTo(VoteStatus.OPEN); // only the opening job ran
        // Its closing time passes (the test moves it rather than waiting); the close job has not run yet.
        fx.jdbc.update("update vote set closes_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), voteId);
        String voter = fx.resident("gec", pb.neighbourhoodId(), 1980);
        refused(() -> cast(voter, voteId, List.of(pb.option(0)), "k"), "vote.error.closed");
        assertThat(fx.ballots(voteId)).isZero();
    }

    @Test
    void a_ballot_before_opening_is_refused() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, 2, 5);
        assertThat(pb.vote().getStatus()).isEqualTo(VoteStatus.SCHEDULED);
        String voter = fx.resident("erken", pb.neighbourhoodId(), 1980);
        refused(() -> cast(voter, pb.vote().getId(), List.of(1L), "k"), "vote.error.not-open");
        assertThat(fx.ballots(pb.vote().getId())).isZero();
    }

    @Test
    void bad_ballots_are_refused_with_their_reason_and_nothing_is_saved() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        long voteId = pb.vote().getId();
        String voter = fx.resident("secmen", pb.neighbourhoodId(), 1980);
        refused(() -> cast(voter, voteId, List.of(pb.option(0), pb.option(1), pb.option(2)), "k"), "vote.error.over-budget");
        refused(() -> cast(voter, voteId, List.of(pb.option(0), 999_999_999L), "k"), "vote.error.unknown-option");
        refused(() -> cast(voter, voteId, List.of(), "k"), "vote.error.no-choice");
        refused(() -> cast(voter, voteId, List.of(pb.option(0), pb.option(0)), "k"), "vote.error.duplicate-choice");
        refused(() -> cast(voter, voteId, List.of(pb.option(0)), ""), "vote.error.submission-key");
        String stranger = "yabanci-" + UUID.randomUUID();
        refused(() -> cast(stranger, voteId, List.of(pb.option(0)), "k"), "vote.error.not-resident");
        var elsewhere = fx.neighbourhood("Baska");
        String neighbour = fx.resident("komsu", elsewhere, 1980);
        refused(() -> cast(neighbour, voteId, List.of(pb.option(0)), "k"), "vote.error.other-neighbourhood");
        String child = fx.resident("cocuk", pb.neighbourhoodId(), Year.now().getValue() - 12);
        refused(() -> cast(child, voteId, List.of(pb.option(0)), "k"), "vote.error.too-young");
        refused(() -> cast(voter, 999_999_999L, List.of(pb.option(0)), "k"), "vote.error.not-found");
        // The same reasons are told before the ballot is filled in (issue 13), and nobody eligible is turned away.
        assertThat(whyNot(stranger, voteId)).isEqualTo("vote.error.not-resident");
        assertThat(whyNot(neighbour, voteId)).isEqualTo("vote.error.other-neighbourhood");
        assertThat(whyNot(child, voteId)).isEqualTo("vote.error.too-young");
        assertThat(whyNot(voter, voteId)).isNull();
        assertThat(fx.ballots(voteId)).isZero();
        assertThat(fx.participants(voteId)).isZero();
        // Exactly at the envelope is fine.
        assertThat(cast(voter, voteId, List.of(pb.option(1), pb.option(0)), "k").optionIds())
                .containsExactly(pb.option(0), pb.option(1));
    }

    @Test
    void k_approval_allows_at_most_k_projects() {
        var pb = fx.pbVote(BallotRule.K_APPROVAL, 2, true, -1, 5);
        String voter = fx.resident("secmen", pb.neighbourhoodId(), 1980);
        refused(() -> cast(voter, pb.vote().getId(), List.of(pb.option(0), pb.option(1), pb.option(2)), "k"),
                "vote.error.too-many");
        assertThat(fx.ballots(pb.vote().getId())).isZero();
        assertThat(cast(voter, pb.vote().getId(), List.of(pb.option(1), pb.option(2)), "k").optionIds()).hasSize(2);
    }

    @Test
    void a_changeable_ballot_changes_under_the_same_receipt_a_fixed_one_does_not() {
        var open = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        String voter = fx.resident("degisen", open.neighbourhoodId(), 1980);
        Receipt first = cast(voter, open.vote().getId(), List.of(open.option(0)), "form-1");
        Receipt changed = cast(voter, open.vote().getId(), List.of(open.option(1), open.option(2)), "form-2");
        assertThat(changed.receiptCode()).isEqualTo(first.receiptCode());
        assertThat(changed.optionIds()).containsExactly(open.option(1), open.option(2));
        // A late retry of the first form does not undo the change.
        assertThat(cast(voter, open.vote().getId(), List.of(open.option(0)), "form-1").receiptCode()).isEqualTo(first.receiptCode());
        assertThat(fx.ballots(open.vote().getId())).isEqualTo(1);
        var mine = RunAs.user(voter, () -> votes.myBallot(open.vote().getId()), RESIDENT).orElseThrow();
        assertThat(mine.receiptCode()).contains(first.receiptCode());

        var fixed = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        String other = fx.resident("sabit", fixed.neighbourhoodId(), 1980);
        Receipt once = cast(other, fixed.vote().getId(), List.of(fixed.option(0)), "form-1");
        refused(() -> cast(other, fixed.vote().getId(), List.of(fixed.option(1)), "form-2"), "vote.error.already-voted");
        // The same choice from a reloaded form is the same ballot, not a second one.
        assertThat(cast(other, fixed.vote().getId(), List.of(fixed.option(0)), "form-3").receiptCode())
                .isEqualTo(once.receiptCode());
        assertThat(jdbc.queryForObject("select choices from ballot where vote_id = ?", String.class, fixed.vote().getId()))
                .isEqualTo(String.valueOf(fixed.option(0)));
    }

    @Test
    void results_and_receipts_stay_closed_while_the_vote_runs() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        refused(() -> votes.results(pb.vote().getId()), "vote.error.not-closed");
        refused(() -> votes.receiptCodes(pb.vote().getId()), "vote.error.not-closed");
        assertThat(cycleBallots.closedVote(pb.cycle().getId())).isEmpty();
    }
}
