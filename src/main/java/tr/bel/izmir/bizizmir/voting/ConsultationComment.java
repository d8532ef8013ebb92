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

/** A citizen's opinion on a consultation; moderators hide and restore reported comments. */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment {

    public enum Status { VISIBLE, HIDDEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "consultation_id", nullable = false)
    private Long consultationId;
    @Column(nullable = false, length = 120)
    private String author;
    @Column(nullable = false, length = 2000)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "report_count", nullable = false)
    private int reportCount;
    @Column(name = "moderated_by", length = 120)
    private String moderatedBy;
    @Column(name = "moderated_at")
    private Instant moderatedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConsultationComment() {
    }

    ConsultationComment(long consultationId, String author, String body, Instant now) {
        this.consultationId = consultationId;
        this.author = author;
        this.body = body.strip();
        this.status = Status.VISIBLE;
        this.createdAt = now;
    }

    /** KVKK erasure: a public comment stays (like a proposal's text), without its author. */
    void pseudonymise() {
        this.author = "erased-c" + id;
    }

    void reported() {
        this.reportCount++;
    }

    void moderate(Status status, String by, Instant now) {
        this.status = status;
        this.moderatedBy = by;
        this.moderatedAt = now;
        if (status == Status.VISIBLE) {
            this.reportCount = 0;
        }
    }

    public Long getId() { return id; }
    public Long getConsultationId() { return consultationId; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getReportCount() { return reportCount; }
    public String getModeratedBy() { return moderatedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
