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
import java.time.LocalDate;

/** One participatory-budgeting cycle of one neighbourhood, with its envelope in TRY. */
@Entity
@Table(name = "pb_cycle")
public class PbCycle implements PbCycleInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "neighbourhood_id", nullable = false)
    private Long neighbourhoodId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "envelope_try", nullable = false, precision = 15, scale = 2)
    private BigDecimal envelopeTry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CyclePhase phase;

    @Column(name = "submission_opens", nullable = false)
    private LocalDate submissionOpens;
    @Column(name = "submission_closes", nullable = false)
    private LocalDate submissionCloses;
    @Column(name = "voting_opens", nullable = false)
    private LocalDate votingOpens;
    @Column(name = "voting_closes", nullable = false)
    private LocalDate votingCloses;

    @Column(name = "support_threshold", nullable = false)
    private int supportThreshold;
    @Column(name = "max_proposals_per_resident", nullable = false)
    private int maxProposalsPerResident;
    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_rule", nullable = false, length = 20)
    private BallotRule ballotRule;
    @Enumerated(EnumType.STRING)
    @Column(name = "allocation_rule", nullable = false, length = 20)
    private AllocationRule allocationRule;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    /** Two coordinators editing one cycle: the second save is refused (DD017). */
    @Version
    private long version;

    protected PbCycle() {
    }

    PbCycle(CycleSpec spec, Instant createdAt) {
        this.phase = spec.phase();
        this.createdAt = createdAt;
        copy(spec);
    }

    /** A coordinator's edit; {@link PbCycles#update} has checked what the phase allows (DD017). */
    void apply(CycleSpec spec, String by, Instant at) {
        copy(spec);
        touched(by, at);
    }

    /** Everything of a spec but its phase, which moves only by the cycle's own steps. */
    private void copy(CycleSpec spec) {
        this.neighbourhoodId = spec.neighbourhoodId();
        this.title = spec.title().trim();
        this.envelopeTry = spec.envelope().amount();
        this.submissionOpens = spec.submissionOpens();
        this.submissionCloses = spec.submissionCloses();
        this.votingOpens = spec.votingOpens();
        this.votingCloses = spec.votingCloses();
        this.supportThreshold = spec.supportThreshold();
        this.maxProposalsPerResident = spec.maxProposalsPerResident();
        this.minimumAge = spec.minimumAge();
        this.ballotRule = spec.ballotRule();
        this.allocationRule = spec.allocationRule();
    }

    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The cycle as a spec, the starting point of an edit. */
    public CycleSpec toSpec() {
        return new CycleSpec(neighbourhoodId, title, getEnvelope(), phase, submissionOpens, submissionCloses,
                votingOpens, votingCloses, supportThreshold, maxProposalsPerResident, minimumAge, ballotRule, allocationRule);
    }

    /** Phases move forward only through the feature's services (allocation, publication). */
    void moveTo(CyclePhase next) {
        this.phase = next;
    }

    public Long getId() { return id; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public String getTitle() { return title; }
    public Money getEnvelope() { return new Money(envelopeTry); }
    public CyclePhase getPhase() { return phase; }
    public LocalDate getSubmissionOpens() { return submissionOpens; }
    public LocalDate getSubmissionCloses() { return submissionCloses; }
    public LocalDate getVotingOpens() { return votingOpens; }
    public LocalDate getVotingCloses() { return votingCloses; }
    public int getSupportThreshold() { return supportThreshold; }
    public int getMaxProposalsPerResident() { return maxProposalsPerResident; }
    public int getMinimumAge() { return minimumAge; }
    public BallotRule getBallotRule() { return ballotRule; }
    public AllocationRule getAllocationRule() { return allocationRule; }
    public Instant getCreatedAt() { return createdAt; }
    public java.util.Optional<Instant> getUpdatedAt() { return java.util.Optional.ofNullable(updatedAt); }
    public java.util.Optional<String> getUpdatedBy() { return java.util.Optional.ofNullable(updatedBy); }
    public long getVersion() { return version; }
}
