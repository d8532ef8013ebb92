package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface BallotRepository extends JpaRepository<Ballot, String> {

    Optional<Ballot> findByVoteIdAndVoterKey(Long voteId, String voterKey);

    long countByVoteId(Long voteId);

    boolean existsByVoteIdAndReceiptCode(Long voteId, String receiptCode);

    /** Counted ballots in an order that says nothing about when they were cast. */
    List<Ballot> findByVoteIdOrderByReceiptCode(Long voteId);

    @Query("select b.receiptCode from Ballot b where b.voteId = :voteId order by b.receiptCode")
    List<String> receiptCodes(@Param("voteId") Long voteId);

    /** At close: no ballot can be traced back to its voter any more (DD010). */
    @Modifying
    @Query("update Ballot b set b.voterKey = null, b.submissionKey = null where b.voteId = :voteId")
    int unlink(@Param("voteId") Long voteId);
}
