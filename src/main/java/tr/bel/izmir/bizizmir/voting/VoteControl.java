package tr.bel.izmir.bizizmir.voting;

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
 * One staff action on a running vote (DD018): what was done, why, by whom and when. The reason
 * and the dates are public; who acted is kept for the audit and shown to staff only.
 */
@Entity
@Table(name = "vote_control")
public class VoteControl {

    /** What staff did; {@code vote.control.action.<NAME>} names it for people. */
    public enum Action { OPEN_NOW, CLOSE_NOW, EXTEND, CANCEL }

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vote_id", nullable = false)
    private Long voteId;
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

    protected VoteControl() {
    }

    VoteControl(long voteId, Action action, String reason, Instant previousAt, Instant newAt, String actedBy,
                Instant actedAt) {
        this.voteId = voteId;
        this.action = action;
        this.reason = reason;
        this.previousAt = previousAt;
        this.newAt = newAt;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public Long getId() { return id; }
    public Long getVoteId() { return voteId; }
    public Action getAction() { return action; }
    public String getReason() { return reason; }
    public Instant getPreviousAt() { return previousAt; }
    public Instant getNewAt() { return newAt; }
    public String getActedBy() { return actedBy; }
    public Instant getActedAt() { return actedAt; }
}
