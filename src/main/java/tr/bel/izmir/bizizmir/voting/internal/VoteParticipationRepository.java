package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface VoteParticipationRepository extends JpaRepository<VoteParticipation, VoteParticipation.Key> {

    Optional<VoteParticipation> findByVoteIdAndUsername(Long voteId, String username);

    long countByVoteId(Long voteId);

    List<VoteParticipation> findByUsername(String username);

    @org.springframework.data.jpa.repository.Query("select p.username from VoteParticipation p where p.voteId = :voteId")
    List<String> usernamesOf(@org.springframework.data.repository.query.Param("voteId") Long voteId);

    /** KVKK erasure: the row keeps counting the participation under a random pseudonym. */
    @Modifying(flushAutomatically = true)
    @Query("update VoteParticipation p set p.username = :pseudonym where p.voteId = :voteId and p.username = :username")
    int pseudonymise(@Param("voteId") Long voteId, @Param("username") String username,
                     @Param("pseudonym") String pseudonym);
}
