package tr.bel.izmir.bizizmir.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One staff action on a proposal's support period (DD018): what was done, why, by whom and
 * when. The reason and the dates are public; who acted is shown to staff only.
 */
@Entity
@Table(name = "proposal_support_control")
public class SupportControl {

    /** What staff did; {@code proposal.support-control.note.<NAME>} names it for people. */
    public enum Action { CLOSE_NOW, EXTEND }

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;
    @Column(nullable = false, length = MAX_REASON)
    private String reason;
    @Column(name = "previous_at", nullable = false)
    private Instant previousAt;
    @Column(name = "new_at", nullable = false)
    private Instant newAt;
    @Column(name = "acted_by", nullable = false, length = 120)
    private String actedBy;
    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected SupportControl() {
    }

    SupportControl(long proposalId, Action action, String reason, Instant previousAt, Instant newAt, String actedBy,
                   Instant actedAt) {
        this.proposalId = proposalId;
        this.action = action;
        this.reason = reason;
        this.previousAt = previousAt;
        this.newAt = newAt;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public Action getAction() { return action; }
    public String getReason() { return reason; }
    public Instant getPreviousAt() { return previousAt; }
    public Instant getNewAt() { return newAt; }
    public String getActedBy() { return actedBy; }
    public Instant getActedAt() { return actedAt; }
}
