package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface VoteParticipationRepository extends JpaRepository<VoteParticipation, Long> {

    Optional<VoteParticipation> findByVoteIdAndUsername(Long voteId, String username);

    long countByVoteId(Long voteId);

    List<VoteParticipation> findByUsername(String username);
}
