package tr.bel.izmir.bizizmir.budgeting;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Programme coordinators administer PB cycles (issue 13, DD017) against the real PostgreSQL:
 * bad input is refused field by field with a translated message and stores nothing; what a
 * phase no longer allows is refused; two coordinators saving one cycle: the second is told.
 */
@IntegrationTest
class CycleAdministrationIT {

    @Autowired PbCycles cycles;

    @Autowired tr.bel.izmir.bizizmir.voting.VoteSchedule voteSchedule;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired Messages messages;

    long hood;
    String tag;
    LocalDate today = LocalDate.now(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE);

    @BeforeEach
    void freshNeighbourhood() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bayindir", "Dongu " + tag).getId();
    }

    CycleSpec spec(String title, CyclePhase phase, int start) {
        return new CycleSpec(hood, title, Money.ofLira(300_000), phase, today.plusDays(start), today.plusDays(start + 30),
                today.plusDays(start + 40), today.plusDays(start + 50), 10, 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY);
    }

    static <T> T coordinator(Supplier<T> action) {
        return RunAs.user("koordinator", action, "coordinator");
    }

    InvalidCycleException refused(CycleSpec spec) {
        var e = catchThrowableOfType(InvalidCycleException.class, () -> coordinator(() -> cycles.create(spec)));
        assertThat(e).as("refused: " + spec).isNotNull();
        return e;
    }

    List<PbCycleInfo> stored() {
        return coordinator(() -> cycles.search(null, null)).stream().filter(c -> c.getNeighbourhoodId() == hood).toList();
    }

    String turkish(DomainException e) {
        return messages.get(e.messageKey(), Messages.TURKISH, e.args());
    }

    String english(DomainException e) {
        return messages.get(e.messageKey(), Messages.ENGLISH, e.args());
    }

    CycleSpec with(CycleSpec s, Money envelope) {
        return new CycleSpec(s.neighbourhoodId(), s.title(), envelope, s.phase(), s.submissionOpens(), s.submissionCloses(),
                s.votingOpens(), s.votingCloses(), s.supportThreshold(), s.maxProposalsPerResident(), s.minimumAge(),
                s.ballotRule(), s.allocationRule());
    }

    CycleSpec dates(CycleSpec s, LocalDate subOpens, LocalDate subCloses, LocalDate voteOpens, LocalDate voteCloses) {
        return new CycleSpec(s.neighbourhoodId(), s.title(), s.envelope(), s.phase(), subOpens, subCloses, voteOpens, voteCloses,
                s.supportThreshold(), s.maxProposalsPerResident(), s.minimumAge(), s.ballotRule(), s.allocationRule());
    }

    CycleSpec threshold(CycleSpec s, int supportThreshold) {
        return new CycleSpec(s.neighbourhoodId(), s.title(), s.envelope(), s.phase(), s.submissionOpens(), s.submissionCloses(),
                s.votingOpens(), s.votingCloses(), supportThreshold, s.maxProposalsPerResident(), s.minimumAge(),
                s.ballotRule(), s.allocationRule());
    }

    CycleSpec titled(CycleSpec s, String title) {
        return new CycleSpec(s.neighbourhoodId(), title, s.envelope(), s.phase(), s.submissionOpens(), s.submissionCloses(),
                s.votingOpens(), s.votingCloses(), s.supportThreshold(), s.maxProposalsPerResident(), s.minimumAge(),
                s.ballotRule(), s.allocationRule());
    }

    @Test
    void an_envelope_of_zero_or_less_and_dates_out_of_order_are_refused_field_by_field_in_both_languages_and_nothing_is_stored() {
        var good = spec("Hatalı döngü " + tag, CyclePhase.DRAFT, 5);

        var zero = refused(with(good, Money.ZERO));
        assertThat(zero.field()).isEqualTo(CycleField.ENVELOPE);
        assertThat(turkish(zero)).contains("Bütçe sıfırdan büyük");
        assertThat(english(zero)).contains("The budget must be more than zero");
        assertThat(refused(with(good, Money.of("-1500.00"))).field()).isEqualTo(CycleField.ENVELOPE);
        assertThat(refused(with(good, null)).field()).isEqualTo(CycleField.ENVELOPE);

        var closesFirst = refused(dates(good, today.plusDays(10), today.plusDays(9), today.plusDays(20), today.plusDays(30)));
        assertThat(closesFirst.field()).isEqualTo(CycleField.SUBMISSION_CLOSES);
        assertThat(turkish(closesFirst)).isEqualTo("Öneri bitişi, öneri başlangıcından önce olamaz.");
        assertThat(english(closesFirst)).isEqualTo("Proposals cannot close before they open.");
        assertThat(refused(dates(good, today.plusDays(1), today.plusDays(20), today.plusDays(20), today.plusDays(30))).field())
                .as("voting opens on the day proposals close").isEqualTo(CycleField.VOTING_OPENS);
        assertThat(refused(dates(good, today.plusDays(1), today.plusDays(10), today.plusDays(20), today.plusDays(19))).field())
                .isEqualTo(CycleField.VOTING_CLOSES);
        assertThat(refused(dates(good, today.minusDays(40), today.minusDays(20), today.minusDays(10), today.plusDays(5))).messageKey())
                .isEqualTo("cycle.error.voting-in-past");
        assertThat(refused(dates(good, null, today.plusDays(10), today.plusDays(20), today.plusDays(30))).field())
                .isEqualTo(CycleField.SUBMISSION_OPENS);
        assertThat(refused(threshold(good, -1)).field()).isEqualTo(CycleField.SUPPORT_THRESHOLD);
        assertThat(refused(titled(good, "   ")).field()).isEqualTo(CycleField.TITLE);
        assertThatThrownBy(() -> coordinator(() -> cycles.create(spec("Oylamada " + tag, CyclePhase.VOTING, 5))))
                .isInstanceOf(DomainException.class).hasMessageContaining("cycle.error.create-phase");

        assertThat(stored()).as("nothing half-saved").isEmpty();
        var created = coordinator(() -> cycles.create(good));
        assertThat(stored()).extracting(PbCycleInfo::getId).containsExactly(created.getId());
        assertThat(created.getUpdatedBy()).contains("koordinator");
    }

    @Test
    void two_cycles_of_one_neighbourhood_may_not_overlap_but_may_follow_each_other() {
        var first = coordinator(() -> cycles.create(spec("Birinci " + tag, CyclePhase.DRAFT, 5)));
        // first runs from day 5 (proposals) to day 55 (voting closes)
        var overlap = refused(spec("Çakışan " + tag, CyclePhase.DRAFT, 55));
        assertThat(overlap.field()).isEqualTo(CycleField.SUBMISSION_OPENS);
        assertThat(turkish(overlap)).contains("Birinci " + tag).contains("çakışıyor");
        assertThat(english(overlap)).contains("Birinci " + tag).contains("overlap");
        var before = refused(dates(spec("Önceki " + tag, CyclePhase.DRAFT, 0), today, today.plusDays(2), today.plusDays(3), today.plusDays(5)));
        assertThat(before.messageKey()).isEqualTo("cycle.error.overlap");

        var next = coordinator(() -> cycles.create(spec("Sonraki " + tag, CyclePhase.DRAFT, 56)));
        assertThat(stored()).extracting(PbCycleInfo::getId).containsExactlyInAnyOrder(first.getId(), next.getId());

        // Moving an existing cycle onto the other is refused too, and leaves it as it was.
        var moved = catchThrowableOfType(InvalidCycleException.class, () -> coordinator(() -> cycles.update(next.getId(), next.getVersion(),
                dates(next.toSpec(), today.plusDays(50), today.plusDays(60), today.plusDays(70), today.plusDays(80)))));
        assertThat(moved.messageKey()).isEqualTo("cycle.error.overlap");
        assertThat(cycles.require(next.getId()).getSubmissionOpens()).isEqualTo(today.plusDays(56));
    }

    @Test
    void what_a_phase_no_longer_allows_is_refused_and_what_it_allows_is_saved() {
        var draft = coordinator(() -> cycles.create(spec("Aşamalı " + tag, CyclePhase.DRAFT, 0)));
        // In draft everything may change.
        var edited = coordinator(() -> cycles.update(draft.getId(), draft.getVersion(), threshold(draft.toSpec(), 40)));
        assertThat(edited.getSupportThreshold()).isEqualTo(40);

        var open = coordinator(() -> cycles.advance(edited.getId(), edited.getVersion()));
        assertThat(open.getPhase()).isEqualTo(CyclePhase.SUBMISSION);
        assertThat(cycles.openCycleOf(hood)).map(PbCycleInfo::getId).contains(open.getId());

        // Proposals are being collected under the threshold: it stays.
        var locked = catchThrowableOfType(InvalidCycleException.class,
                () -> coordinator(() -> cycles.update(open.getId(), open.getVersion(), threshold(open.toSpec(), 5))));
        assertThat(locked.field()).isEqualTo(CycleField.SUPPORT_THRESHOLD);
        assertThat(turkish(locked)).isEqualTo("Destek eşiği Öneri toplama aşamasında değiştirilemez.");
        assertThat(english(locked)).isEqualTo("Support threshold cannot change in the phase Collecting proposals.");
        assertThat(cycles.require(open.getId()).getSupportThreshold()).isEqualTo(40);

        // The envelope and the title may still change until the vote is scheduled.
        var richer = coordinator(() -> cycles.update(open.getId(), open.getVersion(),
                titled(with(open.toSpec(), Money.ofLira(450_000)), "Aşamalı döngü " + tag)));
        assertThat(richer.getEnvelope()).isEqualTo(Money.ofLira(450_000));
        assertThat(richer.getTitle()).isEqualTo("Aşamalı döngü " + tag);

        SystemActor.call(() -> voteSchedule.scheduleCycleVote(richer.getId(), null, true));
        var afterVote = cycles.require(richer.getId());
        var frozen = catchThrowableOfType(InvalidCycleException.class, () -> coordinator(() -> cycles.update(afterVote.getId(),
                afterVote.getVersion(), with(afterVote.toSpec(), Money.ofLira(500_000)))));
        assertThat(frozen.field()).isEqualTo(CycleField.ENVELOPE);
        assertThat(english(frozen)).isEqualTo("Budget (TRY) can no longer change: the cycle's vote has been scheduled.");
        assertThat(coordinator(() -> cycles.editableFields(afterVote))).containsExactly(CycleField.TITLE);
        assertThat(cycles.require(afterVote.getId()).getEnvelope()).isEqualTo(Money.ofLira(450_000));

        // Proposals close by hand; voting then begins by itself when the vote opens.
        var review = coordinator(() -> cycles.advance(afterVote.getId(), afterVote.getVersion()));
        assertThat(review.getPhase()).isEqualTo(CyclePhase.REVIEW);
        var automatic = catchThrowableOfType(DomainException.class, () -> coordinator(() -> cycles.advance(review.getId(), review.getVersion())));
        assertThat(automatic.messageKey()).isEqualTo("cycle.error.phase-automatic");
        assertThat(cycles.require(review.getId()).getPhase()).isEqualTo(CyclePhase.REVIEW);
    }

    @Test
    void a_draft_whose_proposal_window_is_over_cannot_be_published_and_stays_a_draft() {
        // Voting still ahead, but proposals closed yesterday.
        var late = coordinator(() -> cycles.create(dates(spec("Geç " + tag, CyclePhase.DRAFT, 0),
                today.minusDays(20), today.minusDays(1), today.plusDays(5), today.plusDays(10))));
        var refused = catchThrowableOfType(InvalidCycleException.class, () -> coordinator(() -> cycles.advance(late.getId(), late.getVersion())));
        assertThat(refused.field()).isEqualTo(CycleField.SUBMISSION_CLOSES);
        assertThat(turkish(refused)).startsWith("Öneri bitiş günü geçmiş");
        assertThat(cycles.require(late.getId()).getPhase()).isEqualTo(CyclePhase.DRAFT);
        // Corrected in the draft, it opens.
        var fixed = coordinator(() -> cycles.update(late.getId(), late.getVersion(),
                dates(late.toSpec(), today.minusDays(20), today.plusDays(2), today.plusDays(5), today.plusDays(10))));
        assertThat(coordinator(() -> cycles.advance(fixed.getId(), fixed.getVersion())).getPhase()).isEqualTo(CyclePhase.SUBMISSION);
    }

    @Test
    void a_second_open_cycle_of_a_neighbourhood_cannot_be_published() {
        var open = coordinator(() -> cycles.create(spec("Açık " + tag, CyclePhase.SUBMISSION, 0)));
        var draft = coordinator(() -> cycles.create(spec("Taslak " + tag, CyclePhase.DRAFT, 60)));
        var second = catchThrowableOfType(DomainException.class, () -> coordinator(() -> cycles.advance(draft.getId(), draft.getVersion())));
        assertThat(second.messageKey()).isEqualTo("cycle.error.already-open");
        assertThat(cycles.require(draft.getId()).getPhase()).isEqualTo(CyclePhase.DRAFT);
        assertThat(cycles.openCycleOf(hood)).map(PbCycleInfo::getId).contains(open.getId());
    }

    @Test
    void a_coordinator_who_saves_a_cycle_someone_else_has_changed_is_told_to_reload_and_the_other_change_stays() {
        var cycle = coordinator(() -> cycles.create(spec("Ortak " + tag, CyclePhase.DRAFT, 5)));
        long openedAt = cycle.getVersion();
        // Ayşe and Ece open the same cycle; Ayşe saves first.
        RunAs.user("admin", () -> cycles.update(cycle.getId(), openedAt, with(cycle.toSpec(), Money.ofLira(310_000))), "admin");
        var stale = catchThrowableOfType(CycleChangedException.class,
                () -> coordinator(() -> cycles.update(cycle.getId(), openedAt, threshold(cycle.toSpec(), 99))));
        assertThat(stale.httpStatus()).isEqualTo(409);
        assertThat(turkish(stale)).startsWith("Bu döngüyü siz düzenlerken başka biri değiştirdi");
        assertThat(english(stale)).startsWith("Someone else changed this cycle while you were editing it");
        var now = cycles.require(cycle.getId());
        assertThat(now.getEnvelope()).isEqualTo(Money.ofLira(310_000));
        assertThat(now.getSupportThreshold()).isEqualTo(10);
        assertThat(now.getUpdatedBy()).contains("admin");
    }

    @Test
    void of_two_coordinators_saving_the_same_version_at_the_same_moment_exactly_one_wins() throws Exception {
        var cycle = coordinator(() -> cycles.create(spec("Yarış " + tag, CyclePhase.DRAFT, 5)));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> runs = new ArrayList<>();
        for (int threshold : new int[]{21, 22}) {
            runs.add(pool.submit(() -> {
                start.await();
                try {
                    outcomes.add(coordinator(() -> cycles.update(cycle.getId(), cycle.getVersion(), threshold(cycle.toSpec(), threshold))));
                } catch (CycleChangedException e) {
                    outcomes.add(e);
                }
                return null;
            }));
        }
        start.countDown();
        for (var run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(CycleChangedException.class::isInstance).hasSize(1);
        var winner = (PbCycle) outcomes.stream().filter(PbCycle.class::isInstance).findFirst().orElseThrow();
        assertThat(cycles.require(cycle.getId()).getSupportThreshold()).isEqualTo(winner.getSupportThreshold());
    }

    @Test
    void only_coordinators_and_admins_administer_cycles() {
        var spec = spec("Yetkisiz " + tag, CyclePhase.DRAFT, 5);
        assertThatThrownBy(() -> RunAs.user("memur", () -> cycles.create(spec), "officer", "dept-budget"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("sakin", () -> cycles.search(null, null), "citizen", "resident"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEmpty();
        assertThat(RunAs.user("admin", () -> cycles.create(spec), "admin").getId()).isNotNull();
    }
}
