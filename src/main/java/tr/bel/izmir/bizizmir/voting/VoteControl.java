package tr.bel.izmir.bizizmir.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;

import java.time.Instant;

/**
 * One staff action on a running vote (DD018): what was done, why, by whom and when. The reason
 * and the dates are public; who acted is kept for the audit and shown to staff only.
 */
@Entity
@Table(name = "vote_control")
public class VoteControl extends ProcessControlRecord implements VoteControlInfo {

    @Column(name = "vote_id", nullable = false)
    private Long voteId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    protected VoteControl() {
    }

    VoteControl(long voteId, Action action, String reason, Instant previousAt, Instant newAt, String actedBy,
            Instant actedAt) {
        super(reason, previousAt, newAt, actedBy, actedAt);
        this.voteId = voteId;
        this.action = action;
    }

    public Long getVoteId() { return voteId; }
    public Action getAction() { return action; }
}
