package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.voting.VoteOption;

import java.util.List;

public interface VoteOptionRepository extends JpaRepository<VoteOption, Long> {

    List<VoteOption> findByVoteIdOrderByPosition(Long voteId);
}
