package tr.bel.izmir.bizizmir.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** One public vote: a PB cycle's ballot or a consultation. Its id is the process's business key. */
@Entity
@Table(name = "vote")
public class Vote implements VoteInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VoteKind kind;
    @Column(name = "cycle_id")
    private Long cycleId;
    @Column(name = "consultation_id")
    private Long consultationId;
    @Column(name = "neighbourhood_id")
    private Long neighbourhoodId;
    @Column(name = "district_id")
    private Long districtId;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_rule", nullable = false, length = 20)
    private VoteRule rule;
    @Column(name = "budget_try", precision = 15, scale = 2)
    private BigDecimal budgetTry;
    @Column(name = "max_choices")
    private Integer maxChoices;
    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;
    @Column(nullable = false)
    private boolean changeable;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VoteStatus status;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "ballots_counted")
    private Integer ballotsCounted;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Vote() {
    }

    Vote(VoteSpec spec, Instant now) {
        this.kind = spec.kind();
        this.cycleId = spec.cycleId();
        this.consultationId = spec.consultationId();
        this.neighbourhoodId = spec.neighbourhoodId();
        this.districtId = spec.districtId();
        this.title = spec.title().strip();
        this.rule = spec.rule();
        this.budgetTry = spec.budget() == null ? null : spec.budget().amount();
        this.maxChoices = spec.maxChoices();
        this.minimumAge = spec.minimumAge();
        this.changeable = spec.changeable();
        this.opensAt = spec.opensAt();
        this.closesAt = spec.closesAt();
        this.status = VoteStatus.SCHEDULED;
        this.createdAt = now;
    }

    void open() {
        this.status = VoteStatus.OPEN;
    }

    void cancel(Instant now) {
        this.status = VoteStatus.CANCELLED;
        this.closedAt = now;
    }

    void close(Instant now, int counted) {
        this.status = VoteStatus.CLOSED;
        this.closedAt = now;
        this.ballotsCounted = counted;
    }

    /** Staff opened the vote before its scheduled time (DD018). */
    void openEarly(Instant now) {
        this.opensAt = now;
    }

    /** Staff extended the vote (DD018). */
    void extendTo(Instant newClosesAt) {
        this.closesAt = newClosesAt;
    }

    /** Accepting ballots at {@code now}: opened by its process and not yet past its closing time. */
    public boolean isAcceptingAt(Instant now) {
        return status == VoteStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Long getId() { return id; }
    public VoteKind getKind() { return kind; }
    public Long getCycleId() { return cycleId; }
    public Long getConsultationId() { return consultationId; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public Long getDistrictId() { return districtId; }
    public String getTitle() { return title; }
    public VoteRule getRule() { return rule; }
    public Optional<Money> getBudget() { return Optional.ofNullable(budgetTry).map(Money::new); }
    public Integer getMaxChoices() { return maxChoices; }
    public int getMinimumAge() { return minimumAge; }
    public boolean isChangeable() { return changeable; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public VoteStatus getStatus() { return status; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getBallotsCounted() { return ballotsCounted; }
    public Instant getCreatedAt() { return createdAt; }
}
