package tr.bel.izmir.bizizmir.proposal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ProposalLifecycle(ProposalRepository proposals, PbCycles cycles, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.cycles = cycles;
        this.events = events;
        this.clock = clock;
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
        }
    }

    /** @return whether the proposal already has the supports it needs (threshold 0, or early supports) */
    public boolean openForSupport(long id) {
        var p = require(id);
        if (p.getStatus() == ProposalStatus.SCREENING || p.getStatus() == ProposalStatus.SUBMITTED) {
            p.moveTo(ProposalStatus.COLLECTING_SUPPORT, null, null, clock.instant());
        }
        return p.getSupportCount() >= cycles.require(p.getCycleId()).getSupportThreshold();
    }

    public void qualify(long id) {
        var p = require(id);
        if (p.getStatus() == ProposalStatus.COLLECTING_SUPPORT) {
            p.moveTo(ProposalStatus.QUALIFIED, null, null, clock.instant());
            events.publishEvent(new ProposalQualified(p.getId(), p.getCycleId(), p.getNeighbourhoodId(), p.getCategory().code()));
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
        }
    }

    public void markInFeasibility(long id) {
        var p = require(id);
        if (p.getStatus() == ProposalStatus.QUALIFIED) {
            p.moveTo(ProposalStatus.IN_FEASIBILITY, null, null, clock.instant());
        }
    }

    public void recordFeasibility(long id, boolean feasible, String explanation) {
        var p = require(id);
        p.moveTo(feasible ? ProposalStatus.FEASIBLE : ProposalStatus.NOT_FEASIBLE, explanation, explanation, clock.instant());
    }

    /** Facts the feasibility check needs about a proposal. */
    @Transactional(readOnly = true)
    public Proposal read(long id) {
        return require(id);
    }
}
