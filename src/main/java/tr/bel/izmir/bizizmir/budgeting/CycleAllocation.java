package tr.bel.izmir.bizizmir.budgeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation of one cycle's envelope after its vote: one line per project on the ballot
 * with its votes and outcome. Recomputed while under review (each time the budget office
 * sends it back), frozen once published.
 */
@Entity
@Table(name = "pb_allocation")
public class CycleAllocation implements CycleAllocationInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AllocationRule rule;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AllocationStatus status;
    @Column(name = "envelope_try", nullable = false, precision = 15, scale = 2)
    private BigDecimal envelopeTry;
    @Column(name = "total_cost_try", nullable = false, precision = 15, scale = 2)
    private BigDecimal totalCostTry;
    @Column(nullable = false)
    private int voters;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;
    @Column(nullable = false)
    private int rounds;
    @Column(name = "return_reason", length = 1000)
    private String returnReason;
    @Column(name = "returned_by", length = 120)
    private String returnedBy;
    @Column(name = "approved_by", length = 120)
    private String approvedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "allocation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<AllocationLine> lines = new ArrayList<>();

    protected CycleAllocation() {
    }

    CycleAllocation(long cycleId) {
        this.cycleId = cycleId;
        this.status = AllocationStatus.UNDER_REVIEW;
    }

    /** Replaces the outcome with a fresh computation (only while under review). */
    void recompute(AllocationRule rule, Money envelope, Money totalCost, int voters, List<AllocationLine> newLines,
                   Instant at) {
        if (status != AllocationStatus.UNDER_REVIEW) {
            throw new tr.bel.izmir.bizizmir.shared.DomainException.Conflict("budget.error.already-published");
        }
        this.rule = rule;
        this.envelopeTry = envelope.amount();
        this.totalCostTry = totalCost.amount();
        this.voters = voters;
        this.computedAt = at;
        this.rounds++;
        // Updated in place: deleting and re-inserting would hit the unique (allocation, proposal)
        // key, because the persistence layer inserts before it deletes orphans.
        java.util.Map<Long, AllocationLine> fresh = new java.util.LinkedHashMap<>();
        newLines.forEach(l -> fresh.put(l.getProposalId(), l));
        lines.removeIf(old -> !fresh.containsKey(old.getProposalId()));
        for (AllocationLine old : lines) {
            old.copyFrom(fresh.remove(old.getProposalId()));
        }
        for (AllocationLine line : fresh.values()) {
            line.attach(this);
            lines.add(line);
        }
    }

    void sendBack(String reason, String by) {
        this.returnReason = reason;
        this.returnedBy = by;
    }

    void publish(String by, Instant at) {
        this.status = AllocationStatus.PUBLISHED;
        this.approvedBy = by;
        this.publishedAt = at;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public AllocationRule getRule() { return rule; }
    public AllocationStatus getStatus() { return status; }
    public Money getEnvelope() { return new Money(envelopeTry); }
    public Money getTotalCost() { return new Money(totalCostTry); }
    public Money getLeftOver() { return getEnvelope().minus(getTotalCost()); }
    public int getVoters() { return voters; }
    public Instant getComputedAt() { return computedAt; }
    public int getRounds() { return rounds; }
    public String getReturnReason() { return returnReason; }
    public String getReturnedBy() { return returnedBy; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public boolean isPublished() { return status == AllocationStatus.PUBLISHED; }

    /** Every project on the ballot, most votes first, then cheaper, then proposal id as text. */
    public List<AllocationLine> getLines() {
        return lines.stream().sorted(java.util.Comparator.comparingInt(AllocationLine::getVotes).reversed()
                .thenComparing(l -> l.getCost().amount())
                .thenComparing(l -> Long.toString(l.getProposalId()))).toList();
    }

    /** The funded projects in the order the rule picked them. */
    public List<AllocationLine> getSelected() {
        return lines.stream().filter(l -> l.getOutcome() == ProjectOutcome.SELECTED)
                .sorted(java.util.Comparator.comparing(AllocationLine::getSelectionOrder)).toList();
    }
}
