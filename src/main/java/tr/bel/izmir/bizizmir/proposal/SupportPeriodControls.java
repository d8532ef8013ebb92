package tr.bel.izmir.bizizmir.proposal;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.proposal.SupportControlInfo.Action;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalRepository;
import tr.bel.izmir.bizizmir.proposal.internal.SupportControlRepository;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Staff control of proposals' support periods (issue 13, DD018): close a support period now
 * (the proposal closes for lack of support, as when its deadline passes) or extend it, always
 * with a reason. Each action locks the proposal row, checks it, records who did what and why,
 * and sends the proposal's process the matching message, in one transaction.
 */
@Service
public class SupportPeriodControls {

    /** An extension may move the deadline at most this far from now. */
    public static final Duration MAX_EXTENSION = Duration.ofDays(366);
    private static final Logger log = LoggerFactory.getLogger(SupportPeriodControls.class);

    private final ProposalRepository proposals;
    private final SupportControlRepository controls;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final org.camunda.bpm.engine.HistoryService history;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SupportPeriodControls(ProposalRepository proposals, SupportControlRepository controls,
                                 CurrentUser currentUser, RuntimeService runtime, org.camunda.bpm.engine.HistoryService history,
                                 TransactionTemplate tx, Clock clock) {
        this.history = history;
        this.proposals = proposals;
        this.controls = controls;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.tx = tx;
        this.clock = clock;
    }

    /** Proposals collecting support now, oldest first, with their deadlines (staff). */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public List<ProposalInfo> collectingSupport() {
        return List.copyOf(proposals.findByStatusOrderBySubmittedAtAsc(ProposalStatus.COLLECTING_SUPPORT));
    }

    /** When the proposal's support period ends, while it collects support. */
    public Optional<Instant> deadline(long proposalId) {
        return Optional.ofNullable(deadlines(List.of(proposalId)).get(proposalId));
    }

    /** The support deadlines of the given proposals that collect support now, in two queries (a page of a list). */
    public java.util.Map<Long, Instant> deadlines(java.util.Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Long> proposalOfInstance = new java.util.HashMap<>();
        history.createHistoricProcessInstanceQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKeyIn(proposalIds.stream().map(String::valueOf).toArray(String[]::new)).unfinished()
                .list().forEach(pi -> proposalOfInstance.put(pi.getId(), Long.valueOf(pi.getBusinessKey())));
        if (proposalOfInstance.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Instant> deadlines = new java.util.HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(proposalOfInstance.keySet().toArray(String[]::new))
                .variableName(ProposalSubmissionProcess.VAR_SUPPORT_DEADLINE).list().forEach(v -> {
                    if (v.getValue() instanceof Date date && v.getProcessInstanceId().equals(v.getExecutionId())) {
                        deadlines.put(proposalOfInstance.get(v.getProcessInstanceId()), date.toInstant());
                    }
                });
        return deadlines;
    }

    /** Ends the support period now: the proposal closes for lack of support. */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public ProposalInfo closeNow(long proposalId, String reason) {
        String why = requireReason(reason);
        return act(proposalId, (proposal, deadline) -> {
            Instant now = clock.instant();
            record(proposal, Action.CLOSE_NOW, why, deadline, now);
            correlate(proposal, runtime.createMessageCorrelation(ProposalSubmissionProcess.MESSAGE_SUPPORT_CLOSED_NOW));
        });
    }

    /** Moves the end of the support period to a later time; the process sets its timer again. */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public ProposalInfo extend(long proposalId, Instant newDeadline, String reason) {
        String why = requireReason(reason);
        if (newDeadline == null) {
            throw new DomainException("proposal.support-control.error.date-required");
        }
        return act(proposalId, (proposal, deadline) -> {
            Instant now = clock.instant();
            if (!newDeadline.isAfter(now)) {
                throw new DomainException("proposal.support-control.error.date-in-past");
            }
            if (!newDeadline.isAfter(deadline)) {
                throw new DomainException("proposal.support-control.error.not-later");
            }
            if (newDeadline.isAfter(now.plus(MAX_EXTENSION))) {
                throw new DomainException("proposal.support-control.error.too-far", MAX_EXTENSION.toDays());
            }
            record(proposal, Action.EXTEND, why, deadline, newDeadline);
            correlate(proposal, runtime.createMessageCorrelation(ProposalSubmissionProcess.MESSAGE_SUPPORT_EXTENDED)
                    .setVariable(ProposalSubmissionProcess.VAR_SUPPORT_DEADLINE, Date.from(newDeadline)));
        });
    }

    /** What staff did to a proposal's support period, oldest first (public: reasons and dates). */
    public List<SupportControlInfo> history(long proposalId) {
        return List.copyOf(controls.findByProposalIdOrderByActedAtAscIdAsc(proposalId));
    }

    /** {@link #history} of several proposals in one query, for a page of a list. */
    public java.util.Map<Long, List<SupportControlInfo>> histories(java.util.Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return java.util.Map.of();
        }
        return controls.findByProposalIdInOrderByActedAtAscIdAsc(proposalIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(SupportControl::getProposalId,
                        java.util.stream.Collectors.toList()));
    }

    private interface Step {
        void run(Proposal proposal, Instant deadline);
    }

    private Proposal act(long proposalId, Step step) {
        return tx.execute(status -> {
            var proposal = proposals.findForUpdate(proposalId)
                    .orElseThrow(() -> new DomainException.NotFound("proposal.error.not-found", proposalId));
            if (proposal.getStatus() != ProposalStatus.COLLECTING_SUPPORT) {
                throw new DomainException.Conflict("proposal.support-control.error.not-collecting");
            }
            Instant deadline = deadline(proposalId)
                    .orElseThrow(() -> new DomainException.Conflict("proposal.support-control.error.process"));
            if (!clock.instant().isBefore(deadline)) {
                // The deadline has come; the process's timer is about to close the period.
                throw new DomainException.Conflict("proposal.support-control.error.not-collecting");
            }
            step.run(proposal, deadline);
            return proposal;
        });
    }

    private void record(Proposal proposal, Action action, String reason, Instant previous, Instant next) {
        String who = currentUser.require().username();
        controls.save(new SupportControl(proposal.getId(), action, reason, previous, next, who, clock.instant()));
        log.info("Proposal {} support period: {} by {} ({})", proposal.getId(), action, who, reason);
    }

    private void correlate(Proposal proposal, MessageCorrelationBuilder message) {
        try {
            message.processInstanceBusinessKey(proposal.getId().toString()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            log.warn("Proposal {}: its process did not accept {}", proposal.getId(), e.getMessage());
            throw new DomainException.Conflict("proposal.support-control.error.process");
        }
    }

    private static String requireReason(String reason) {
        return ProcessControlRecord.requireReason(reason, "proposal.support-control.error.");
    }
}
