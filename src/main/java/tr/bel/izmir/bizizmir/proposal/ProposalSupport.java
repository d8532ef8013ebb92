package tr.bel.izmir.bizizmir.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One resident's support for one proposal; the database refuses a second one. */
@Entity
@Table(name = "proposal_support")
public class ProposalSupport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Column(nullable = false, length = 120)
    private String supporter;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProposalSupport() {
    }

    public Long getProposalId() { return proposalId; }
    public Instant getCreatedAt() { return createdAt; }

    ProposalSupport(Long proposalId, String supporter, Instant createdAt) {
        this.proposalId = proposalId;
        this.supporter = supporter;
        this.createdAt = createdAt;
    }
}
