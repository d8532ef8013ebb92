package tr.bel.izmir.bizizmir.budgeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;

/** A funded proposal being built, tracked publicly: status, progress and dated updates. */
@Entity
@Table(name = "impl_project")
public class ImplementationProject implements ImplementationProjectInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Column(name = "neighbourhood_id", nullable = false)
    private Long neighbourhoodId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "budget_try", nullable = false, precision = 15, scale = 2)
    private BigDecimal budgetTry;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImplementationStatus status;
    @Column(nullable = false)
    private int progress;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected ImplementationProject() {
    }

    ImplementationProject(long cycleId, long proposalId, long neighbourhoodId, String title, Money budget, Instant at) {
        this.cycleId = cycleId;
        this.proposalId = proposalId;
        this.neighbourhoodId = neighbourhoodId;
        this.title = title;
        this.budgetTry = budget.amount();
        this.status = ImplementationStatus.PLANNED;
        this.progress = 0;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void report(ImplementationStatus status, int progress, Instant at) {
        this.status = status;
        this.progress = progress;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getProposalId() { return proposalId; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public String getTitle() { return title; }
    public Money getBudget() { return new Money(budgetTry); }
    public ImplementationStatus getStatus() { return status; }
    public int getProgress() { return progress; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
