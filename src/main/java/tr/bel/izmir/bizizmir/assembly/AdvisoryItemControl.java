package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;

import java.time.Instant;

/**
 * One municipal action on an advisory item (DD020): it was withdrawn, why, by whom and when. The
 * reason and date are public on the item's page; who acted is for staff. {@code previousAt} is
 * the deadline the withdrawal ended (voting or answer), {@code newAt} the time of the action.
 */
@Entity
@Table(name = "advisory_item_control")
public class AdvisoryItemControl extends ProcessControlRecord {

    public enum Action { WITHDRAW }

    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    protected AdvisoryItemControl() {
    }

    AdvisoryItemControl(long itemId, Action action, String reason, Instant previousAt, Instant newAt, String actedBy,
                        Instant actedAt) {
        super(reason, previousAt, newAt, actedBy, actedAt);
        this.itemId = itemId;
        this.action = action;
    }

    public Long getItemId() { return itemId; }
    public Action getAction() { return action; }
}
