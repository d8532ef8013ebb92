package tr.bel.izmir.bizizmir.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;

import java.time.Instant;

/**
 * One staff action on a proposal's support period (DD018): what was done, why, by whom and
 * when. The reason and the dates are public; who acted is shown to staff only.
 */
@Entity
@Table(name = "proposal_support_control")
public class SupportControl extends ProcessControlRecord implements SupportControlInfo {

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    protected SupportControl() {
    }

    SupportControl(long proposalId, Action action, String reason, Instant previousAt, Instant newAt, String actedBy,
            Instant actedAt) {
        super(reason, previousAt, newAt, actedBy, actedAt);
        this.proposalId = proposalId;
        this.action = action;
    }

    public Long getProposalId() { return proposalId; }
    public Action getAction() { return action; }
}
