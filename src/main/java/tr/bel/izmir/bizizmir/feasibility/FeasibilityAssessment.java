package tr.bel.izmir.bizizmir.feasibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** The feasibility check of one proposal: who checks it, by when, and what they found. */
@Entity
@Table(name = "feasibility_assessment")
public class FeasibilityAssessment implements FeasibilityAssessmentInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id", nullable = false, unique = true)
    private Long proposalId;
    @Column(name = "department_group", nullable = false, length = 60)
    private String departmentGroup;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "original_due_at", nullable = false)
    private Instant originalDueAt;
    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;
    private Boolean feasible;
    @Column(name = "cost_estimate_try", precision = 15, scale = 2)
    private BigDecimal costEstimateTry;
    @Column(length = 300)
    private String timeline;
    @Column(name = "public_explanation", length = 5000)
    private String publicExplanation;
    @Column(name = "assessed_by", length = 120)
    private String assessedBy;
    @Column(name = "approved_by", length = 120)
    private String approvedBy;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected FeasibilityAssessment() {
    }

    FeasibilityAssessment(long proposalId, String departmentGroup, Instant startedAt, Instant dueAt) {
        this.proposalId = proposalId;
        this.departmentGroup = departmentGroup;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.originalDueAt = dueAt;
    }

    void extend(Instant newDue, String reason) {
        this.dueAt = newDue;
        this.extensionReason = reason;
    }

    void complete(boolean feasible, BigDecimal cost, String timeline, String explanation, String assessedBy,
                  String approvedBy, Instant at) {
        this.feasible = feasible;
        this.costEstimateTry = cost;
        this.timeline = timeline;
        this.publicExplanation = explanation;
        this.assessedBy = assessedBy;
        this.approvedBy = approvedBy;
        this.completedAt = at;
    }

    public Long getProposalId() { return proposalId; }
    public String getDepartmentGroup() { return departmentGroup; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getOriginalDueAt() { return originalDueAt; }
    public boolean isExtended() { return !dueAt.equals(originalDueAt); }
    public String getExtensionReason() { return extensionReason; }
    public Optional<Boolean> getFeasible() { return Optional.ofNullable(feasible); }
    public Optional<Money> getCostEstimate() { return Optional.ofNullable(costEstimateTry).map(Money::new); }
    public String getTimeline() { return timeline; }
    public String getPublicExplanation() { return publicExplanation; }
    public Instant getCompletedAt() { return completedAt; }
    public boolean isCompleted() { return completedAt != null; }
}
