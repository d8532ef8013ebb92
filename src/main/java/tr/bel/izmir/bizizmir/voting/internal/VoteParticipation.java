package tr.bel.izmir.bizizmir.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who took part in a vote (turnout, "you have voted"), never what they chose (DD010). The key is
 * the natural one, vote and person: no surrogate key numbers the voters in voting order, and
 * the day is the finest time kept.
 */
@Entity
@Table(name = "vote_participation")
@IdClass(VoteParticipation.Key.class)
public class VoteParticipation implements Persistable<VoteParticipation.Key> {

    /** The primary key (vote_id, username). */
    public record Key(Long voteId, String username) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "vote_id", nullable = false)
    private Long voteId;
    @Id
    @Column(nullable = false, length = 120)
    private String username;
    @Column(name = "voted_on", nullable = false)
    private LocalDate votedOn;

    /** The key is assigned here, so Spring Data must be told that a new row is new (INSERT, never a merge). */
    @Transient
    private boolean fresh;

    protected VoteParticipation() {
    }

    public VoteParticipation(long voteId, String username, LocalDate votedOn) {
        this.voteId = voteId;
        this.username = username;
        this.votedOn = votedOn;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.fresh = false;
    }

    @Override
    public Key getId() {
        return new Key(voteId, username);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public Long getVoteId() { return voteId; }
    public String getUsername() { return username; }
    public LocalDate getVotedOn() { return votedOn; }
}
