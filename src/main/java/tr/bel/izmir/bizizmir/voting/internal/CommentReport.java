package tr.bel.izmir.bizizmir.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One person's report of a comment; once per person and comment. */
@Entity
@Table(name = "comment_report")
public class CommentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "comment_id", nullable = false)
    private Long commentId;
    @Column(nullable = false, length = 120)
    private String reporter;
    @Column(length = 300)
    private String reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentReport() {
    }

    public CommentReport(long commentId, String reporter, String reason, Instant createdAt) {
        this.commentId = commentId;
        this.reporter = reporter;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    /** KVKK erasure: the report still counts, without the name of who filed it. */
    public void pseudonymise() {
        this.reporter = "erased-r" + id;
    }

    public Long getCommentId() { return commentId; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
}
