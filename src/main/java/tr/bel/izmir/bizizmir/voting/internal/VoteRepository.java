package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.voting.Vote;
import tr.bel.izmir.bizizmir.voting.VoteKind;

import java.util.List;
import java.util.Optional;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByCycleId(Long cycleId);

    Optional<Vote> findByConsultationId(Long consultationId);

    List<Vote> findByKindOrderByClosesAtDesc(VoteKind kind);

    List<Vote> findAllByOrderByClosesAtDesc();
}
