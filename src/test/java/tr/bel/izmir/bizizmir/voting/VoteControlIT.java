package tr.bel.izmir.bizizmir.voting;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff control of running votes on the real application, process and PostgreSQL (issue 13,
 * DD018): each action goes through the vote's process, records who did it and why, and bad
 * input or the wrong person changes nothing.
 */
@IntegrationTest
class VoteControlIT {

    static final String[] OFFICER = {"officer"};
    static final String[] RESIDENT = {"citizen", "resident"};

    @Autowired VoteFixtures fx;

    @Autowired PublicVotes votes;
    @Autowired VoteControls controls;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    <T> T officer(java.util.function.Supplier<T> action) {
        return RunAs.user("memur-kontrol", action, OFFICER);
    }

    void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    Receipt cast(String voter, VoteFixtures.PbVote pb) {
        return RunAs.user(voter, () -> votes.cast(pb.vote().getId(), List.of(pb.option(0)), UUID.randomUUID().toString()),
                RESIDENT);
    }

    Instant closingTimerDue(long voteId) {
        return management.createJobQuery().processInstanceId(fx.processOf(voteId)).timers()
                .activityId(PublicVoteProcess.TIMER_CLOSES).singleResult().getDuedate().toInstant();
    }

    boolean processRunning(long voteId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PublicVoteProcess.KEY)
                .processInstanceBusinessKey(Long.toString(voteId)).count() > 0;
    }

    @Test
    void an_officer_closes_an_open_vote_early_and_the_reason_is_public_with_the_results() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        var receipt = cast(fx.resident("erken", pb.neighbourhoodId(), 1980), pb);

        var closed = officer(() -> controls.closeNow(voteId, "  Seçim yasakları nedeniyle oylama erken kapatıldı.  "));

        assertThat(closed.getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(closed.getClosedAt()).isBefore(pb.vote().getClosesAt());
        assertThat(votes.results(voteId).ballots()).isEqualTo(1);
        assertThat(votes.isCounted(voteId, receipt.receiptCode())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ? and voter_key is not null",
                Long.class, voteId)).as("ballots unlinked from voters as at a normal close").isZero();
        assertThat(processRunning(voteId)).as("the process closed it and handed over to allocation").isFalse();
        assertThat(controls.history(voteId)).singleElement().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(VoteControl.Action.CLOSE_NOW);
            assertThat(c.getReason()).isEqualTo("Seçim yasakları nedeniyle oylama erken kapatıldı.");
            assertThat(c.getActedBy()).isEqualTo("memur-kontrol");
            assertThat(c.getPreviousAt()).isEqualTo(pb.vote().getClosesAt());
        });
        // A late ballot is refused, as after any close.
        refused(() -> cast(fx.resident("gec", pb.neighbourhoodId(), 1980), pb), "vote.error.closed");
    }

    @Test
    void closing_a_vote_that_already_closed_is_refused_and_records_nothing() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        fx.closeNow(voteId);
        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.CLOSED);

        refused(() -> officer(() -> controls.closeNow(voteId, "Tekrar kapat")), "vote.control.error.already-closed");
        refused(() -> officer(() -> controls.extend(voteId, Instant.now().plus(Duration.ofDays(9)), "Uzat")),
                "vote.control.error.already-closed");
        refused(() -> officer(() -> controls.cancel(voteId, "İptal")), "vote.control.error.already-closed");
        assertThat(controls.history(voteId)).isEmpty();
    }

    @Test
    void closing_or_cancelling_without_a_reason_is_refused_and_the_vote_runs_on() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();

        refused(() -> officer(() -> controls.closeNow(voteId, "   ")), "vote.control.error.reason-required");
        refused(() -> officer(() -> controls.cancel(voteId, null)), "vote.control.error.reason-required");
        refused(() -> officer(() -> controls.cancel(voteId, "x".repeat(VoteControl.MAX_REASON + 1))),
                "vote.control.error.reason-too-long");

        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.OPEN);
        assertThat(controls.history(voteId)).isEmpty();
        assertThat(closingTimerDue(voteId)).isEqualTo(pb.vote().getClosesAt());
        assertThat(cast(fx.resident("devam", pb.neighbourhoodId(), 1980), pb).receiptCode()).isNotBlank();
    }

    @Test
    void extending_into_the_past_or_to_an_earlier_time_is_refused_and_a_real_extension_moves_the_timer() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        Instant closes = pb.vote().getClosesAt();

        refused(() -> officer(() -> controls.extend(voteId, Instant.now().minus(Duration.ofHours(1)), "Geçmişe")),
                "vote.control.error.date-in-past");
        refused(() -> officer(() -> controls.extend(voteId, closes.minus(Duration.ofDays(1)), "Daha erken")),
                "vote.control.error.not-later");
        refused(() -> officer(() -> controls.extend(voteId, null, "Tarihsiz")), "vote.control.error.date-required");
        refused(() -> officer(() -> controls.extend(voteId, Instant.now().plus(Duration.ofDays(400)), "Çok uzak")),
                "vote.control.error.too-far");
        assertThat(votes.require(voteId).getClosesAt()).isEqualTo(closes);
        assertThat(closingTimerDue(voteId)).isEqualTo(closes);
        assertThat(controls.history(voteId)).isEmpty();

        Instant later = closes.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        var extended = officer(() -> controls.extend(voteId, later, "Deprem nedeniyle katılım düşük kaldı."));

        assertThat(extended.getStatus()).isEqualTo(VoteStatus.OPEN);
        assertThat(extended.getClosesAt()).isEqualTo(later);
        assertThat(closingTimerDue(voteId)).as("the process waits for the new time").isEqualTo(later);
        assertThat(controls.history(voteId)).singleElement().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo(VoteControl.Action.EXTEND);
            assertThat(c.getPreviousAt()).isEqualTo(closes);
            assertThat(c.getNewAt()).isEqualTo(later);
        });
    }

    @Test
    void only_officers_and_admins_may_control_a_vote() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        String voter = fx.resident("yetkisiz", pb.neighbourhoodId(), 1980);

        assertThatThrownBy(() -> RunAs.user(voter, () -> controls.closeNow(voteId, "Ben kapatırım"), RESIDENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("moderator-1", () -> controls.cancel(voteId, "Ben iptal ederim"), "moderator"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.OPEN);
        assertThat(controls.history(voteId)).isEmpty();

        var byAdmin = RunAs.user("yonetici", () -> controls.extend(voteId, pb.vote().getClosesAt().plus(Duration.ofDays(1)),
                "Yönetici uzattı"), "admin");
        assertThat(byAdmin.getClosesAt()).isEqualTo(pb.vote().getClosesAt().plus(Duration.ofDays(1)));
        assertThat(controls.history(voteId)).extracting(VoteControlInfo::getActedBy).containsExactly("yonetici");
    }

    @Test
    void an_officer_opens_a_scheduled_vote_now_and_residents_can_vote_at_once() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, 3, 8);
        long voteId = pb.vote().getId();
        assertThat(pb.vote().getStatus()).isEqualTo(VoteStatus.SCHEDULED);
        refused(() -> officer(() -> controls.closeNow(voteId, "Açılmadan kapat")), "vote.control.error.not-open");

        var opened = officer(() -> controls.openNow(voteId, "Mahalle toplantısında erken açılması istendi."));

        assertThat(opened.getStatus()).isEqualTo(VoteStatus.OPEN);
        assertThat(opened.getOpensAt()).isBefore(Instant.now().plusSeconds(1));
        var ballot = votes.optionsOf(opened);
        assertThat(ballot).hasSize(3);
        var voted = RunAs.user(fx.resident("erkenci", pb.neighbourhoodId(), 1980),
                () -> votes.cast(voteId, List.of(ballot.get(0).getId()), UUID.randomUUID().toString()), RESIDENT);
        assertThat(voted.receiptCode()).isNotBlank();
        assertThat(closingTimerDue(voteId)).isEqualTo(pb.vote().getClosesAt());
        refused(() -> officer(() -> controls.openNow(voteId, "Tekrar aç")), "vote.control.error.already-open");
        assertThat(controls.history(voteId)).extracting(VoteControlInfo::getAction).containsExactly(VoteControl.Action.OPEN_NOW);
    }

    @Test
    void a_cancelled_vote_counts_nothing_and_its_ballots_are_unlinked() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        cast(fx.resident("iptal", pb.neighbourhoodId(), 1980), pb);

        var cancelled = officer(() -> controls.cancel(voteId, "Yargı kararıyla durduruldu."));

        assertThat(cancelled.getStatus()).isEqualTo(VoteStatus.CANCELLED);
        refused(() -> votes.results(voteId), "vote.error.not-closed");
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ? and voter_key is not null",
                Long.class, voteId)).isZero();
        assertThat(processRunning(voteId)).isFalse();
        refused(() -> officer(() -> controls.cancel(voteId, "Tekrar")), "vote.control.error.cancelled");
        refused(() -> cast(fx.resident("iptal2", pb.neighbourhoodId(), 1980), pb), "vote.error.closed");
    }

    @Test
    void ballots_racing_an_early_close_are_either_counted_and_unlinked_or_refused() throws Exception {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            voters.add(fx.resident("yaris", pb.neighbourhoodId(), 1975));
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refusedAsClosed = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i);
            tasks.add(() -> {
                try {
                    acknowledged.add(cast(voter, pb).receiptCode());
                } catch (DomainException e) {
                    assertThat(e.messageKey()).isEqualTo("vote.error.closed");
                    refusedAsClosed.add(voter);
                }
                return null;
            });
            if (i == 20) {
                tasks.add(() -> {
                    officer(() -> controls.closeNow(voteId, "Yarış testi: erken kapanış."));
                    return null;
                });
            }
        }
        var pool = Executors.newFixedThreadPool(12);
        try {
            var start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(acknowledged.size() + refusedAsClosed.size()).isEqualTo(voters.size());
        var vote = votes.require(voteId);
        assertThat(vote.getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(vote.getBallotsCounted()).isEqualTo(acknowledged.size());
        assertThat(votes.receiptCodes(voteId)).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ? and (voter_key is not null or submission_key is not null)",
                Long.class, voteId)).isZero();
    }
}
