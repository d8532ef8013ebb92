package tr.bel.izmir.bizizmir.voting;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo.Action;
import tr.bel.izmir.bizizmir.voting.internal.VoteControlRepository;
import tr.bel.izmir.bizizmir.voting.internal.VoteRepository;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Staff control of running votes (issue 13, DD018): open a scheduled vote now, close an open
 * vote now, extend it, or cancel it, always with a reason. Each action locks the vote row,
 * checks the vote's state, records who did what and why, and sends the vote's process the
 * matching message, all in one transaction: the process does the change (its own service
 * steps), and a refusal anywhere leaves nothing behind.
 */
@Service
public class VoteControls {

    /** An extension may move the close at most this far from now. */
    public static final Duration MAX_EXTENSION = Duration.ofDays(366);
    private static final Logger log = LoggerFactory.getLogger(VoteControls.class);

    private final VoteRepository votes;
    private final VoteControlRepository controls;
    private final PublicVotes publicVotes;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;
    private final Clock clock;

    public VoteControls(VoteRepository votes, VoteControlRepository controls, PublicVotes publicVotes,
                        CurrentUser currentUser, RuntimeService runtime, TransactionTemplate tx, Clock clock) {
        this.votes = votes;
        this.controls = controls;
        this.publicVotes = publicVotes;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.tx = tx;
        this.clock = clock;
    }

    /** Opens a scheduled vote now instead of at its opening time. */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public VoteInfo openNow(long voteId, String reason) {
        String why = requireReason(reason);
        return act(voteId, vote -> {
            Instant now = clock.instant();
            requireStatus(vote, VoteStatus.SCHEDULED, now);
            record(vote, Action.OPEN_NOW, why, vote.getOpensAt(), now);
            vote.openEarly(now);
            correlate(vote, runtime.createMessageCorrelation(PublicVoteProcess.MESSAGE_OPEN_NOW));
        });
    }

    /** Closes an open vote now: ballots are unlinked and results published as at a normal close. */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public VoteInfo closeNow(long voteId, String reason) {
        String why = requireReason(reason);
        return act(voteId, vote -> {
            Instant now = clock.instant();
            requireStatus(vote, VoteStatus.OPEN, now);
            record(vote, Action.CLOSE_NOW, why, vote.getClosesAt(), now);
            correlate(vote, runtime.createMessageCorrelation(PublicVoteProcess.MESSAGE_CLOSE_NOW));
        });
    }

    /** Moves the close of an open vote to a later time; the process sets its closing timer again. */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public VoteInfo extend(long voteId, Instant newClosesAt, String reason) {
        String why = requireReason(reason);
        if (newClosesAt == null) {
            throw new DomainException("vote.control.error.date-required");
        }
        return act(voteId, vote -> {
            Instant now = clock.instant();
            requireStatus(vote, VoteStatus.OPEN, now);
            if (!newClosesAt.isAfter(now)) {
                throw new DomainException("vote.control.error.date-in-past");
            }
            if (!newClosesAt.isAfter(vote.getClosesAt())) {
                throw new DomainException("vote.control.error.not-later");
            }
            if (newClosesAt.isAfter(now.plus(MAX_EXTENSION))) {
                throw new DomainException("vote.control.error.too-far", MAX_EXTENSION.toDays());
            }
            record(vote, Action.EXTEND, why, vote.getClosesAt(), newClosesAt);
            vote.extendTo(newClosesAt);
            correlate(vote, runtime.createMessageCorrelation(PublicVoteProcess.MESSAGE_EXTENDED)
                    .setVariable(PublicVoteProcess.VAR_CLOSES_AT, Date.from(newClosesAt)));
        });
    }

    /** Cancels a scheduled or open vote: nothing is counted, ballots already cast are unlinked. */
    @PreAuthorize("hasAnyRole('admin','officer')")
    public VoteInfo cancel(long voteId, String reason) {
        String why = requireReason(reason);
        return act(voteId, vote -> {
            Instant now = clock.instant();
            if (vote.getStatus() != VoteStatus.SCHEDULED) {
                requireStatus(vote, VoteStatus.OPEN, now);
            }
            record(vote, Action.CANCEL, why, vote.getClosesAt(), now);
            correlate(vote, runtime.createMessageCorrelation(PublicVoteProcess.MESSAGE_CANCELLED));
        });
    }

    /** What staff did to a vote, oldest first (public: reasons and dates are shown to citizens). */
    public List<VoteControlInfo> history(long voteId) {
        return List.copyOf(controls.findByVoteIdOrderByActedAtAscIdAsc(voteId));
    }

    private VoteInfo act(long voteId, Consumer<Vote> action) {
        publicVotes.forget(voteId);
        VoteInfo result = tx.execute(status -> {
            // The closing lock: waits for ballots being written and for a closing timer in progress.
            var vote = votes.findForClosing(voteId)
                    .orElseThrow(() -> new DomainException.NotFound("vote.error.not-found", voteId));
            action.accept(vote);
            return vote;
        });
        publicVotes.forget(voteId);
        return publicVotes.require(voteId);
    }

    private void requireStatus(VoteInfo vote, VoteStatus expected, Instant now) {
        switch (vote.getStatus()) {
            case CLOSED -> throw new DomainException.Conflict("vote.control.error.already-closed");
            case CANCELLED -> throw new DomainException.Conflict("vote.control.error.cancelled");
            default -> {
            }
        }
        if (vote.getStatus() == VoteStatus.OPEN && !now.isBefore(vote.getClosesAt())) {
            // Its closing time has come; the closing timer is about to close it.
            throw new DomainException.Conflict("vote.control.error.already-closed");
        }
        if (vote.getStatus() != expected) {
            throw new DomainException.Conflict(expected == VoteStatus.OPEN
                    ? "vote.control.error.not-open" : "vote.control.error.already-open");
        }
    }

    private void record(VoteInfo vote, Action action, String reason, Instant previous, Instant next) {
        String who = currentUser.require().username();
        controls.save(new VoteControl(vote.getId(), action, reason, previous, next, who, clock.instant()));
        log.info("Vote {}: {} by {} ({})", vote.getId(), action, who, reason);
    }

    private void correlate(VoteInfo vote, MessageCorrelationBuilder message) {
        try {
            message.processInstanceBusinessKey(vote.getId().toString()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // The process is not where the vote's state says (e.g. an instance of an older model
            // without this event): refuse, and the transaction takes the audit row back.
            log.warn("Vote {}: its process did not accept {}", vote.getId(), e.getMessage());
            throw new DomainException.Conflict("vote.control.error.process");
        }
    }

    private static String requireReason(String reason) {
        return ProcessControlRecord.requireReason(reason, "vote.control.error.");
    }
}
