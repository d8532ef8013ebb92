package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One member's vote on one advisory item; the database allows one per member and item. */
@Entity
@Table(name = "advisory_vote")
public class AdvisoryVote implements AdvisoryVoteInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(nullable = false, length = 120)
    private String member;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Choice choice;
    @Column(length = 2000)
    private String comment;
    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;
    /** The meeting at which the vote was cast and recorded by the secretary; null for online votes. */
    @Column(name = "meeting_id")
    private Long meetingId;

    protected AdvisoryVote() {
    }

    AdvisoryVote(long itemId, String member, Choice choice, String comment, Instant votedAt, Long meetingId) {
        this.itemId = itemId;
        this.member = member;
        this.choice = choice;
        this.comment = comment;
        this.votedAt = votedAt;
        this.meetingId = meetingId;
    }

    public Long getItemId() { return itemId; }
    public String getMember() { return member; }
    public Choice getChoice() { return choice; }
    public String getComment() { return comment; }
    public Instant getVotedAt() { return votedAt; }
    public java.util.Optional<Long> getMeetingId() { return java.util.Optional.ofNullable(meetingId); }
}
