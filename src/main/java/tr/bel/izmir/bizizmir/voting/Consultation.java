package tr.bel.izmir.bizizmir.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A question the municipality puts to citizens about one of its projects (programme part 3),
 * with documents or links; voted on through its {@link Vote}, and answered afterwards by how
 * the municipality used the result.
 */
@Entity
@Table(name = "consultation")
public class Consultation implements ConsultationInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 1000)
    private String question;
    @Column(nullable = false, length = 5000)
    private String description;
    @Column(length = 2000)
    private String links;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationKind kind;
    @Column(name = "district_id")
    private Long districtId;
    @Column(length = 5000)
    private String response;
    @Column(name = "responded_by", length = 120)
    private String respondedBy;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Consultation() {
    }

    Consultation(String title, String question, String description, List<String> links, ConsultationKind kind,
                 Long districtId, String createdBy, Instant now) {
        this.title = title.strip();
        this.question = question.strip();
        this.description = description.strip();
        this.links = links.isEmpty() ? null : String.join("\n", links);
        this.kind = kind;
        this.districtId = districtId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void respond(String response, String by, Instant now) {
        this.response = response;
        this.respondedBy = by;
        this.respondedAt = now;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getQuestion() { return question; }
    public String getDescription() { return description; }
    public List<String> getLinks() {
        return links == null ? List.of() : Arrays.stream(links.split("\n")).filter(s -> !s.isBlank()).toList();
    }
    public ConsultationKind getKind() { return kind; }
    public Long getDistrictId() { return districtId; }
    public String getResponse() { return response; }
    public Instant getRespondedAt() { return respondedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
