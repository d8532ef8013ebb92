package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One member's recommendation on one review; the database allows one per member. */
@Entity
@Table(name = "assembly_review_vote")
public class AssemblyReviewVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "review_id", nullable = false)
    private Long reviewId;
    @Column(nullable = false, length = 120)
    private String member;
    @Column(nullable = false)
    private boolean recommend;
    @Column(length = 2000)
    private String comment;
    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected AssemblyReviewVote() {
    }

    AssemblyReviewVote(long reviewId, String member, boolean recommend, String comment, Instant votedAt) {
        this.reviewId = reviewId;
        this.member = member;
        this.recommend = recommend;
        this.comment = comment;
        this.votedAt = votedAt;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getMember() {
        return member;
    }

    public boolean isRecommend() {
        return recommend;
    }

    public String getComment() {
        return comment;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
