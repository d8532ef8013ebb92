package tr.bel.izmir.bizizmir.parkevent;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.parkevent.internal.EventApplicationRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkEventControlRepository;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;
import tr.bel.izmir.bizizmir.shared.process.ControlMessages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The municipality cancels a park event (issue 13, DD020), always with a reason: a park manager
 * on the event, or a closed day added over it. Each cancellation locks the application, checks
 * it, records who did it and why, and sends the event's process {@code ParkEventCancelled}, whose
 * event subprocess records the cancellation and frees the area — in one transaction, so a refusal
 * anywhere changes nothing. The reason is shown to the group and on the event's public page.
 */
@Service
public class ParkEventControls {

    private static final Logger log = LoggerFactory.getLogger(ParkEventControls.class);
    static final String ERROR = "parkevent.control.error.";

    private final EventApplicationRepository applications;
    private final ParkEventControlRepository controls;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final Clock clock;

    public ParkEventControls(EventApplicationRepository applications, ParkEventControlRepository controls,
                             CurrentUser currentUser, RuntimeService runtime, Clock clock) {
        this.applications = applications;
        this.controls = controls;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Cancels a pending, changes-requested or approved event that has not ended yet.
     *
     * @throws DomainException {@code parkevent.control.error.*}: no reason, already over or ended
     *                         otherwise (refused, withdrawn, cancelled), or its process did not accept it
     */
    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public EventApplicationInfo cancel(long applicationId, String reason) {
        return cancel(applicationId, reason, false);
    }

    /** For {@link ParkManagement#addBlackout}: the same cancellation, marked as caused by the closed day. */
    EventApplication cancel(long applicationId, String reason, boolean blackout) {
        String why = ProcessControlRecord.requireReason(reason, ERROR);
        var a = applications.findForUpdate(applicationId)
                .orElseThrow(() -> new DomainException.NotFound("parkevent.error.not-found", applicationId));
        Instant now = clock.instant();
        if (!a.getStatus().isCancellable()) {
            throw new DomainException.Conflict(ERROR + "not-cancellable");
        }
        if (!now.isBefore(a.getEndsAt())) {
            throw new DomainException.Conflict(ERROR + "over");
        }
        String who = currentUser.require().username();
        controls.save(new ParkEventControl(a.getId(), ParkEventControl.Action.CANCEL, a.getStatus(), blackout, why,
                a.getStartsAt(), now, who, now));
        ControlMessages.correlate(runtime.createMessageCorrelation(ParkEventApprovalProcess.MESSAGE_CANCELLED)
                .setVariable(ParkEventApprovalProcess.VAR_CANCEL_REASON, why), Long.toString(a.getId()), ERROR + "process");
        log.info("Park event {} cancelled by {}{} ({})", a.getId(), who, blackout ? " (closed day)" : "", why);
        return a;
    }

    /** What the municipality did to an event, oldest first (reasons are public; who acted is for staff). */
    @Transactional(readOnly = true)
    public List<ParkEventControl> history(long applicationId) {
        return controls.findByApplicationIdOrderByActedAtAscIdAsc(applicationId);
    }

    /** The cancellation of an event, if the municipality cancelled it. */
    @Transactional(readOnly = true)
    public Optional<ParkEventControl> cancellation(long applicationId) {
        return history(applicationId).stream().filter(c -> c.getAction() == ParkEventControl.Action.CANCEL)
                .reduce((first, second) -> second);
    }
}
