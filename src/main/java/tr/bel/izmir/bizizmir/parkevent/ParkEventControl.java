package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;

import java.time.Instant;

/**
 * One municipal action on a park event (DD020): it was cancelled, why, by whom and when. The
 * reason is shown to the group and on the event's public page; who acted is shown to staff only.
 * {@code previousAt} is the event's start, {@code newAt} the time of the action.
 */
@Entity
@Table(name = "park_event_control")
public class ParkEventControl extends ProcessControlRecord {

    public enum Action { CANCEL }

    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 30)
    private EventStatus previousStatus;
    /** Whether a closed day added over the event caused the cancellation. */
    @Column(nullable = false)
    private boolean blackout;

    protected ParkEventControl() {
    }

    ParkEventControl(long applicationId, Action action, EventStatus previousStatus, boolean blackout, String reason,
                     Instant previousAt, Instant newAt, String actedBy, Instant actedAt) {
        super(reason, previousAt, newAt, actedBy, actedAt);
        this.applicationId = applicationId;
        this.action = action;
        this.previousStatus = previousStatus;
        this.blackout = blackout;
    }

    public Long getApplicationId() { return applicationId; }
    public Action getAction() { return action; }
    public EventStatus getPreviousStatus() { return previousStatus; }
    public boolean isBlackout() { return blackout; }
}
