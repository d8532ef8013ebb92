package tr.bel.izmir.bizizmir.proposal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalRepository;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Clock;

/**
 * The transitions that the proposal's processes drive (called by their delegates). Each is
 * idempotent: a retried job finds the proposal already in the target state and does nothing.
 */
@Service
@Transactional
public class ProposalLifecycle {

    private final ProposalRepository proposals;
    private final PbCycles cycles;
    private final Clock clock;
    private final Notifier notifier;

    public ProposalLifecycle(ProposalRepository proposals, PbCycles cycles, Clock clock, Notifier notifier) {
        this.proposals = proposals;
        this.cycles = cycles;
        this.clock = clock;
        this.notifier = notifier;
    }

    /** Tells the author, in the transaction of the change (issue 15). */
    private void tellAuthor(Proposal p, NotificationKind kind, String textKey, Object... args) {
        notifier.send(Notice.of(kind, textKey, args).toUser(p.getAuthor()).about("proposal", p.getId(), "proposals/" + p.getId()));
    }

    private Proposal require(long id) {
        return proposals.findById(id).orElseThrow(() -> new DomainException.NotFound("proposal.error.not-found", id));
    }

    public void recordIneligibility(long id, String reasonTr, String reasonEn) {
        var p = require(id);
        if (p.getStatus() != ProposalStatus.INELIGIBLE) {
            p.moveTo(ProposalStatus.INELIGIBLE, reasonTr, reasonEn, clock.instant());
        }
    }

    public void reject(long id, String reason) {
        var p = require(id);
        if (p.getStatus() != ProposalStatus.REJECTED) {
            p.moveTo(ProposalStatus.REJECTED, reason, reason, clock.instant());
            tellAuthor(p, NotificationKind.PROPOSAL_SCREENED, "notification.proposal.rejected", p.getTitle(), reason);
        }
    }

    public void merge(long id, long into, String reason) {
        var p = require(id);
        var target = require(into);
        if (target.getId().equals(p.getId()) || !target.getCycleId().equals(p.getCycleId())) {
            throw new DomainException("proposal.error.merge-target");
        }
        if (p.getStatus() != ProposalStatus.MERGED) {
            p.mergeInto(into, reason, reason, clock.instant());
            tellAuthor(p, NotificationKind.PROPOSAL_SCREENED, "notification.proposal.merged", p.getTitle(), target.getTitle(), reason);
        }
    }

    /** @return whether the proposal already has the supports it needs (threshold 0, or early supports) */
    public boolean openForSupport(long id) {
        var p = require(id);
        if (p.getStatus() == ProposalStatus.SCREENING || p.getStatus() == ProposalStatus.SUBMITTED) {
            p.moveTo(ProposalStatus.COLLECTING_SUPPORT, null, null, clock.instant());
            tellAuthor(p, NotificationKind.PROPOSAL_SCREENED, "notification.proposal.accepted", p.getTitle());
        }
        return p.getSupportCount() >= cycles.require(p.getCycleId()).getSupportThreshold();
    }

    public void qualify(long id) {
        var p = require(id);
        if (p.getStatus() == ProposalStatus.COLLECTING_SUPPORT) {
            p.moveTo(ProposalStatus.QUALIFIED, null, null, clock.instant());
            tellAuthor(p, NotificationKind.PROPOSAL_SUPPORT, "notification.proposal.qualified", p.getTitle(), p.getSupportCount());
        }
    }

    public void withdraw(long id) {
        var p = require(id);
        if (p.getStatus() != ProposalStatus.WITHDRAWN) {
            p.moveTo(ProposalStatus.WITHDRAWN, null, null, clock.instant());
        }
    }

    public void closeForLackOfSupport(long id) {
        var p = require(id);
        if (p.getStatus() == ProposalStatus.COLLECTING_SUPPORT) {
            p.moveTo(ProposalStatus.NOT_ENOUGH_SUPPORT, null, null, clock.instant());
            tellAuthor(p, NotificationKind.PROPOSAL_SUPPORT, "notification.proposal.not-enough-support", p.getTitle(),
                    p.getSupportCount());
        }
    }

    public void markInFeasibility(long id) {
        var p = require(id);
        if (p.getStatus() == ProposalStatus.QUALIFIED) {
            p.moveTo(ProposalStatus.IN_FEASIBILITY, null, null, clock.instant());
        }
    }

    /** The feasibility check of a proposal got a later due date: its author learns when and why (issue 15). */
    public void feasibilityExtended(long id, java.time.Instant newDue, String reason) {
        var p = require(id);
        tellAuthor(p, NotificationKind.PROPOSAL_FEASIBILITY, "notification.proposal.feasibility-extended", p.getTitle(),
                Notice.at(newDue), reason);
    }

    public void recordFeasibility(long id, boolean feasible, String explanation) {
        var p = require(id);
        ProposalStatus outcome = feasible ? ProposalStatus.FEASIBLE : ProposalStatus.NOT_FEASIBLE;
        if (p.getStatus() != outcome) {
            tellAuthor(p, NotificationKind.PROPOSAL_FEASIBILITY, feasible ? "notification.proposal.feasible"
                    : "notification.proposal.not-feasible", p.getTitle(), explanation);
        }
        p.moveTo(outcome, explanation, explanation, clock.instant());
    }

    /** Facts the feasibility check needs about a proposal. */
    @Transactional(readOnly = true)
    public ProposalInfo read(long id) {
        return require(id);
    }
}
