package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** The assembly's advisory review of one proposal; open until it has an outcome. */
@Entity
@Table(name = "assembly_review")
public class AssemblyReview {

    public enum Outcome { RECOMMENDED, NOT_RECOMMENDED, NO_QUORUM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id", nullable = false, unique = true)
    private Long proposalId;
    @Column(name = "assembly_id", nullable = false)
    private Long assemblyId;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected AssemblyReview() {
    }

    AssemblyReview(long proposalId, long assemblyId, Instant openedAt, Instant deadlineAt) {
        this.proposalId = proposalId;
        this.assemblyId = assemblyId;
        this.openedAt = openedAt;
        this.deadlineAt = deadlineAt;
    }

    void extendTo(Instant newDeadline) {
        this.deadlineAt = newDeadline;
    }

    void close(Outcome outcome, Instant at) {
        this.outcome = outcome;
        this.closedAt = at;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Optional<Outcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }
}
