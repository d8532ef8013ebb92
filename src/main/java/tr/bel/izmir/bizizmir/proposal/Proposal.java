package tr.bel.izmir.bizizmir.proposal;

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
import tr.bel.izmir.bizizmir.shared.SearchText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A resident's idea for their neighbourhood's participatory budget. Its id is the business key. */
@Entity
@Table(name = "proposal")
public class Proposal implements ProposalInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;
    @Column(name = "neighbourhood_id", nullable = false)
    private Long neighbourhoodId;
    @Column(nullable = false, length = 120)
    private String author;
    @Column(name = "submission_key", nullable = false, length = 64)
    private String submissionKey;
    @Column(nullable = false, length = 150)
    private String title;
    @Column(nullable = false, length = 5000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProposalCategory category;
    @Column(nullable = false, length = 300)
    private String location;
    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;
    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;
    @Column(name = "cost_estimate_try", precision = 15, scale = 2)
    private BigDecimal costEstimateTry;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProposalStatus status;
    @Column(name = "status_reason_tr", length = 1000)
    private String statusReasonTr;
    @Column(name = "status_reason_en", length = 1000)
    private String statusReasonEn;
    @Column(name = "merged_into_id")
    private Long mergedIntoId;
    @Column(name = "support_count", nullable = false)
    private int supportCount;
    /** Title, description and place folded by {@link SearchText} for the public search (V70). */
    @Column(name = "search_text", length = SEARCH_TEXT_LENGTH)
    private String searchText;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(long cycleId, long neighbourhoodId, String author, String submissionKey, ProposalDraft draft, Instant now) {
        this.cycleId = cycleId;
        this.neighbourhoodId = neighbourhoodId;
        this.author = author;
        this.submissionKey = submissionKey;
        this.title = draft.title().strip();
        this.description = draft.description().strip();
        this.category = draft.category();
        this.location = draft.location().strip();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.costEstimateTry = draft.costEstimate() == null ? null : draft.costEstimate().amount();
        this.searchText = searchText(title, description, location);
        this.status = ProposalStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    static final int SEARCH_TEXT_LENGTH = 6000;

    /** What the search column holds for a proposal; also used to fill it for older rows. */
    public static String searchText(String title, String description, String location) {
        String folded = SearchText.of(title, description, location);
        return folded.length() > SEARCH_TEXT_LENGTH ? folded.substring(0, SEARCH_TEXT_LENGTH) : folded;
    }

    void moveTo(ProposalStatus next, String reasonTr, String reasonEn, Instant now) {
        this.status = next;
        this.statusReasonTr = reasonTr;
        this.statusReasonEn = reasonEn;
        this.updatedAt = now;
    }

    void mergeInto(long target, String reasonTr, String reasonEn, Instant now) {
        moveTo(ProposalStatus.MERGED, reasonTr, reasonEn, now);
        this.mergedIntoId = target;
    }

    /** KVKK erasure: the proposal stays part of the public record, its author does not. */
    void pseudonymiseAuthor(Instant now) {
        this.author = "erased-" + java.util.UUID.randomUUID();
        this.updatedAt = now;
    }

    void addSupport(Instant now) {
        this.supportCount++;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public String getAuthor() { return author; }
    public String getSubmissionKey() { return submissionKey; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public ProposalCategory getCategory() { return category; }
    public String getLocation() { return location; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public Optional<Money> getCostEstimate() { return Optional.ofNullable(costEstimateTry).map(Money::new); }
    public ProposalStatus getStatus() { return status; }
    public String getStatusReasonTr() { return statusReasonTr; }
    public String getStatusReasonEn() { return statusReasonEn; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public int getSupportCount() { return supportCount; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
