package tr.bel.izmir.bizizmir.voting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CycleVoteClosed;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityAssessmentInfo;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.proposal.ProposalInfo;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;
import tr.bel.izmir.bizizmir.voting.internal.ClosedVoteShuffle;
import tr.bel.izmir.bizizmir.voting.internal.VoteOptionRepository;
import tr.bel.izmir.bizizmir.voting.internal.VoteRepository;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * A vote's schedule: staff schedule a PB cycle's vote (a consultation's comes with it), and the
 * PublicVoteProcess opens, closes, cancels it and hands it to allocation on time. Casting and
 * reading results are {@link PublicVotes}'; this class never sees a ballot's content.
 */
@Service
public class VoteSchedule {

    private static final Logger log = LoggerFactory.getLogger(VoteSchedule.class);

    private final PublicVotes publicVotes;
    private final VoteRepository votes;
    private final VoteOptionRepository options;
    private final PbCycles cycles;
    private final ProposalSubmissions proposals;
    private final FeasibilityChecks feasibility;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ClosedVoteShuffle shuffle;
    private final Notifier notifier;

    public VoteSchedule(PublicVotes publicVotes, VoteRepository votes, VoteOptionRepository options, PbCycles cycles,
                        ProposalSubmissions proposals, FeasibilityChecks feasibility, RuntimeService runtime,
                        ApplicationEventPublisher events, TransactionTemplate tx, Clock clock, ClosedVoteShuffle shuffle,
                        Notifier notifier) {
        this.publicVotes = publicVotes;
        this.votes = votes;
        this.options = options;
        this.cycles = cycles;
        this.proposals = proposals;
        this.feasibility = feasibility;
        this.runtime = runtime;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.shuffle = shuffle;
        this.notifier = notifier;
    }

    // ------------------------------------------------------------------ scheduling

    /**
     * Schedules the public vote of a PB cycle: it opens at the start of the cycle's voting-opens
     * day and closes at the end of its voting-closes day, both in Europe/Istanbul.
     *
     * @param maxChoices k of a k-approval cycle (ignored for knapsack cycles)
     * @param changeable whether voters may change their ballot until close
     */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public VoteInfo scheduleCycleVote(long cycleId, Integer maxChoices, boolean changeable) {
        PbCycleInfo cycle = cycles.require(cycleId);
        if (votes.findByCycleId(cycleId).isEmpty()) {
            whyNotSchedulable(cycle).ifPresent(key -> {
                throw new DomainException(key, cycle.getTitle());
            });
        }
        var rule = cycle.getBallotRule() == BallotRule.KNAPSACK ? VoteRule.KNAPSACK : VoteRule.K_APPROVAL;
        return schedule(new VoteSpec(VoteKind.PB_CYCLE, cycleId, null, cycle.getNeighbourhoodId(), null,
                cycle.getTitle(), rule, cycle.getEnvelope(), rule == VoteRule.K_APPROVAL ? maxChoices : null,
                cycle.getMinimumAge(), changeable,
                cycle.getVotingOpens().atStartOfDay(IzmirTime.ZONE).toInstant(),
                cycle.getVotingCloses().plusDays(1).atStartOfDay(IzmirTime.ZONE).toInstant()));
    }

    /**
     * Why a cycle's vote cannot be scheduled now, as a message key; empty when it can: the cycle
     * must be past its draft, not yet counted, and its voting days must not be over (a vote for a
     * finished cycle would be created cancelled, in the past, and shown publicly).
     */
    public java.util.Optional<String> whyNotSchedulable(PbCycleInfo cycle) {
        var phase = cycle.getPhase();
        if (phase == tr.bel.izmir.bizizmir.budgeting.CyclePhase.DRAFT) {
            return java.util.Optional.of("vote.schedule.error.draft");
        }
        if (phase == tr.bel.izmir.bizizmir.budgeting.CyclePhase.ALLOCATION
                || phase == tr.bel.izmir.bizizmir.budgeting.CyclePhase.IMPLEMENTATION
                || phase == tr.bel.izmir.bizizmir.budgeting.CyclePhase.CLOSED
                || cycle.getVotingCloses().isBefore(java.time.LocalDate.now(clock.withZone(IzmirTime.ZONE)))) {
            return java.util.Optional.of("vote.schedule.error.over");
        }
        return java.util.Optional.empty();
    }

    /**
     * Saves the vote and starts its process in one transaction. Scheduling the same cycle or
     * consultation twice answers with the vote already scheduled. Called by the secured
     * {@link #scheduleCycleVote} and {@link Consultations#publish}, inside this feature only.
     */
    Vote schedule(VoteSpec spec) {
        validate(spec);
        var existing = spec.cycleId() != null ? votes.findByCycleId(spec.cycleId())
                : votes.findByConsultationId(spec.consultationId());
        if (existing.isPresent()) {
            return existing.get();
        }
        return tx.execute(status -> {
            var vote = votes.saveAndFlush(new Vote(spec, clock.instant()));
            runtime.startProcessInstanceByKey(PublicVoteProcess.KEY, vote.getId().toString(), Variables.createVariables()
                    .putValue(CaseVariables.CASE_TITLE, vote.getTitle())
                    .putValue(CaseVariables.NEIGHBOURHOOD_ID, vote.getNeighbourhoodId())
                    .putValue(PublicVoteProcess.VAR_KIND, vote.getKind().name())
                    .putValue(PublicVoteProcess.VAR_OPENS_AT, Date.from(vote.getOpensAt()))
                    .putValue(PublicVoteProcess.VAR_CLOSES_AT, Date.from(vote.getClosesAt())));
            log.info("Vote {} ({}) scheduled: {} to {}", vote.getId(), vote.getTitle(), vote.getOpensAt(), vote.getClosesAt());
            return vote;
        });
    }

    private void validate(VoteSpec spec) {
        if (spec.kind() == null || spec.rule() == null || spec.opensAt() == null || spec.closesAt() == null
                || (spec.kind() == VoteKind.PB_CYCLE) != (spec.cycleId() != null)
                || (spec.kind() == VoteKind.CONSULTATION) != (spec.consultationId() != null)) {
            throw new DomainException("vote.error.spec");
        }
        if (spec.title() == null || spec.title().isBlank() || spec.title().length() > 200) {
            throw new DomainException("vote.error.spec");
        }
        if (!spec.opensAt().isBefore(spec.closesAt())) {
            throw new DomainException("vote.error.dates");
        }
        if (spec.rule() == VoteRule.KNAPSACK && (spec.budget() == null || spec.budget().amount().signum() <= 0)) {
            throw new DomainException("vote.error.spec");
        }
        if (spec.rule() == VoteRule.K_APPROVAL && (spec.maxChoices() == null || spec.maxChoices() < 1)) {
            throw new DomainException("vote.error.max-choices");
        }
        if (spec.minimumAge() < 0) {
            throw new DomainException("vote.error.spec");
        }
    }

    /** Adds the answers of a consultation's question before it opens (consultations only). */
    void addOptions(long voteId, List<String> labelsTr, List<String> labelsEn) {
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < labelsTr.size(); i++) {
                options.save(new VoteOption(voteId, i + 1, null, labelsTr.get(i),
                        labelsEn == null ? null : labelsEn.get(i), null));
            }
        });
    }

    // ------------------------------------------------------------------ process steps

    /**
     * Opens the vote (process step at its opening time). A PB ballot is frozen now: the cycle's
     * feasible proposals with their assessed cost. Idempotent for a retried job.
     *
     * @return the number of options on the ballot; 0 cancels the vote
     */
    public int open(long voteId) {
        return tx.execute(status -> {
            var vote = votes.findById(voteId).orElseThrow(() -> new DomainException.NotFound("vote.error.not-found", voteId));
            var current = options.findByVoteIdOrderByPosition(voteId);
            if (vote.getStatus() != VoteStatus.SCHEDULED) {
                return current.size();
            }
            if (vote.getKind() == VoteKind.PB_CYCLE && current.isEmpty()) {
                int position = 1;
                for (ProposalInfo p : feasibleProposals(vote)) {
                    Money cost = feasibility.publicView(p.getId()).flatMap(FeasibilityAssessmentInfo::getCostEstimate)
                            .or(p::getCostEstimate).orElse(Money.ZERO);
                    current.add(options.save(new VoteOption(voteId, position++, p.getId(), p.getTitle(), null, cost)));
                    notifier.send(Notice.of(NotificationKind.PROPOSAL_VOTE, "notification.proposal.in-vote", p.getTitle(),
                            Notice.at(vote.getClosesAt())).toUser(p.getAuthor()).toFollowersOf("proposal", p.getId())
                            .about("proposal", p.getId(), "proposals/" + p.getId()));
                }
            }
            if (current.isEmpty()) {
                vote.cancel(clock.instant());
                log.info("Vote {} cancelled: nothing to vote on", voteId);
                return 0;
            }
            vote.open();
            // Residents who opted in hear that a vote opened where they live (issue 15).
            notifier.send(Notice.of(NotificationKind.VOTE_IN_MY_AREA, "notification.vote.opened", vote.getTitle(),
                    Notice.at(vote.getClosesAt())).toAudience(PublicVotes.ELIGIBLE, voteId).about("vote", voteId, "votes/ballot/" + voteId));
            if (vote.getKind() == VoteKind.PB_CYCLE) {
                cycles.votingOpened(vote.getCycleId());
            }
            log.info("Vote {} open with {} options", voteId, current.size());
            return current.size();
        });
    }

    /**
     * Residents who opted in are reminded of an open vote that closes within a day, unless they
     * voted already; once per vote, whichever node's schedule gets there first.
     *
     * @return the votes reminded of now
     */
    public int remindClosingSoon(java.time.Duration within) {
        var now = clock.instant();
        int reminded = 0;
        for (VoteInfo vote : votes.findByStatusAndClosesAtBetween(VoteStatus.OPEN, now, now.plus(within))) {
            Notice notice = Notice.of(NotificationKind.VOTE_IN_MY_AREA, "notification.vote.closing-soon", vote.getTitle(),
                            Notice.at(vote.getClosesAt())).toAudience(PublicVotes.ELIGIBLE, vote.getId())
                    .exceptAudience(PublicVotes.PARTICIPANTS, vote.getId()).about("vote", vote.getId(), "votes/ballot/" + vote.getId());
            if (tx.execute(s -> notifier.sendOnce("vote-closing:" + vote.getId(), notice))) {
                reminded++;
            }
        }
        return reminded;
    }

    private List<ProposalInfo> feasibleProposals(VoteInfo vote) {
        return proposals.browse(vote.getNeighbourhoodId(), "", null, 0, 10_000).stream()
                .filter(p -> p.getCycleId().equals(vote.getCycleId()) && p.getStatus() == ProposalStatus.FEASIBLE)
                .sorted(Comparator.comparing(ProposalInfo::getId))
                .toList();
    }

    /**
     * Closes the vote (process step at its closing time): no more ballots, every ballot unlinked
     * from its voter (no key, and ballots and participations rewritten in independent random
     * orders), receipts and aggregates public. Idempotent for a retried job.
     */
    public int close(long voteId) {
        publicVotes.forget(voteId);
        return tx.execute(status -> {
            var vote = votes.findForClosing(voteId)
                    .orElseThrow(() -> new DomainException.NotFound("vote.error.not-found", voteId));
            if (vote.getStatus() == VoteStatus.CLOSED) {
                return vote.getBallotsCounted();
            }
            // Unlinks every ballot and rewrites both tables in random order (DD010).
            int counted = shuffle.rewrite(voteId);
            vote.close(clock.instant(), counted);
            log.info("Vote {} closed with {} ballots", voteId, counted);
            return counted;
        });
    }

    /**
     * Cancels the vote (process step after staff cancelled it, DD018): no more ballots, and any
     * ballot already cast unlinked from its voter like at close; nothing is counted or published.
     * Idempotent for a retried job.
     */
    public void cancel(long voteId) {
        publicVotes.forget(voteId);
        tx.executeWithoutResult(status -> {
            var vote = votes.findForClosing(voteId)
                    .orElseThrow(() -> new DomainException.NotFound("vote.error.not-found", voteId));
            if (vote.getStatus() == VoteStatus.CANCELLED || vote.getStatus() == VoteStatus.CLOSED) {
                return;
            }
            int unlinked = shuffle.rewrite(voteId);
            vote.cancel(clock.instant());
            log.info("Vote {} cancelled by staff; {} ballots unlinked and not counted", voteId, unlinked);
        });
    }

    /** Tells budgeting that a PB cycle's ballots are final (process step after close). */
    public void handOverToAllocation(long voteId) {
        var vote = publicVotes.require(voteId);
        if (vote.getKind() == VoteKind.PB_CYCLE && vote.getStatus() == VoteStatus.CLOSED) {
            events.publishEvent(new CycleVoteClosed(vote.getCycleId()));
        }
    }
}
