package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
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
}
