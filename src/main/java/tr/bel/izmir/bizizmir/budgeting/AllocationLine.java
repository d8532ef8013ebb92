package tr.bel.izmir.bizizmir.budgeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;

/** One project of an allocation: its votes, its cost and what the rule decided. */
@Entity
@Table(name = "pb_allocation_project")
public class AllocationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "allocation_id")
    private CycleAllocation allocation;
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "cost_try", nullable = false, precision = 15, scale = 2)
    private BigDecimal costTry;
    @Column(nullable = false)
    private int votes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectOutcome outcome;
    @Column(name = "selection_order")
    private Integer selectionOrder;

    protected AllocationLine() {
    }

    AllocationLine(long proposalId, String title, Money cost, int votes, ProjectOutcome outcome, Integer selectionOrder) {
        this.proposalId = proposalId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.costTry = cost.amount();
        this.votes = votes;
        this.outcome = outcome;
        this.selectionOrder = selectionOrder;
    }

    void copyFrom(AllocationLine other) {
        this.title = other.title;
        this.costTry = other.costTry;
        this.votes = other.votes;
        this.outcome = other.outcome;
        this.selectionOrder = other.selectionOrder;
    }

    void attach(CycleAllocation allocation) {
        this.allocation = allocation;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public String getTitle() { return title; }
    public Money getCost() { return new Money(costTry); }
    public int getVotes() { return votes; }
    public ProjectOutcome getOutcome() { return outcome; }
    public boolean isSelected() { return outcome == ProjectOutcome.SELECTED; }
    /** 1 for the first project funded, ...; null when not funded. */
    public Integer getSelectionOrder() { return selectionOrder; }
}
