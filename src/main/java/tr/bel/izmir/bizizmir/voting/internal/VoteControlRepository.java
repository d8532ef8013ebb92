package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.voting.VoteControl;

import java.util.List;

public interface VoteControlRepository extends JpaRepository<VoteControl, Long> {

    List<VoteControl> findByVoteIdOrderByActedAtAscIdAsc(long voteId);
}
