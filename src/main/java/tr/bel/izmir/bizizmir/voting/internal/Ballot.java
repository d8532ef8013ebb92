package tr.bel.izmir.bizizmir.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The secret part of a vote: what was chosen. A random id, no timestamp, no voter; the voter
 * key (a keyed hash) exists only while the vote is open, for the unique constraint and for
 * changing a ballot, and is erased at close (DD010).
 */
@Entity
@Table(name = "ballot")
public class Ballot {

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
    }

    public void change(String submissionKey, String choices) {
        this.submissionKey = submissionKey;
        this.choices = choices;
    }

    public String getId() { return id; }
    public Long getVoteId() { return voteId; }
    public String getVoterKey() { return voterKey; }
    public String getSubmissionKey() { return submissionKey; }
    public String getReceiptCode() { return receiptCode; }
    public String getChoices() { return choices; }
    public Long getDistrictId() { return districtId; }
}
