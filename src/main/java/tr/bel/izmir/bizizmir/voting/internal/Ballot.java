package tr.bel.izmir.bizizmir.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The secret part of a vote: what was chosen. A random id, no timestamp, no voter; the voter
 * key (a keyed hash) exists only while the vote is open, for the unique constraint and for
 * changing a ballot, and is erased at close (DD010).
 */
@Entity
@Table(name = "ballot")
public class Ballot implements Persistable<String> {

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "vote_id", nullable = false)
    private Long voteId;
    @Column(name = "voter_key", length = 64)
    private String voterKey;
    @Column(name = "submission_key", length = 64)
    private String submissionKey;
    @Column(name = "receipt_code", nullable = false, length = 20)
    private String receiptCode;
    @Column(nullable = false, length = 4000)
    private String choices;
    @Column(name = "district_id")
    private Long districtId;

    /** The id is assigned here, so Spring Data must be told that a new ballot is new (no SELECT before INSERT). */
    @Transient
    private boolean fresh;

    protected Ballot() {
    }

    public Ballot(String id, long voteId, String voterKey, String submissionKey, String receiptCode, String choices,
                  Long districtId) {
        this.id = id;
        this.voteId = voteId;
        this.voterKey = voterKey;
        this.submissionKey = submissionKey;
        this.receiptCode = receiptCode;
        this.choices = choices;
        this.districtId = districtId;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.fresh = false;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public void change(String submissionKey, String choices) {
        this.submissionKey = submissionKey;
        this.choices = choices;
    }

    @Override
    public String getId() { return id; }
    public Long getVoteId() { return voteId; }
    public String getVoterKey() { return voterKey; }
    public String getSubmissionKey() { return submissionKey; }
    public String getReceiptCode() { return receiptCode; }
    public String getChoices() { return choices; }
    public Long getDistrictId() { return districtId; }
}
