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

    /** {@code MERGED}: the assembly found a duplicate and merged it into another proposal. */
    public enum Outcome { RECOMMENDED, NOT_RECOMMENDED, NO_QUORUM, MERGED }

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
    @Column(name = "merged_into_id")
    private Long mergedIntoId;
    @Column(name = "merge_reason", length = 2000)
    private String mergeReason;

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

    void closeAsMerged(long intoProposalId, String reason, Instant at) {
        close(Outcome.MERGED, at);
        this.mergedIntoId = intoProposalId;
        this.mergeReason = reason;
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

    /** The proposal this one was merged into, when the outcome is {@code MERGED}. */
    public Optional<Long> getMergedIntoId() {
        return Optional.ofNullable(mergedIntoId);
    }

    public Optional<String> getMergeReason() {
        return Optional.ofNullable(mergeReason);
    }
}
