package tr.bel.izmir.bizizmir.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Who took part in a vote (turnout, "you have voted"), never what they chose (DD010). */
@Entity
@Table(name = "vote_participation")
public class VoteParticipation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vote_id", nullable = false)
    private Long voteId;
    @Column(nullable = false, length = 120)
    private String username;
    @Column(name = "voted_on", nullable = false)
    private LocalDate votedOn;

    protected VoteParticipation() {
    }

    public VoteParticipation(long voteId, String username, LocalDate votedOn) {
        this.voteId = voteId;
        this.username = username;
        this.votedOn = votedOn;
    }

    /** KVKK erasure: the row keeps counting the participation, without the name. */
    public void pseudonymise() {
        this.username = "erased-p" + id;
    }

    public Long getId() { return id; }
    public Long getVoteId() { return voteId; }
    public String getUsername() { return username; }
    public LocalDate getVotedOn() { return votedOn; }
}
