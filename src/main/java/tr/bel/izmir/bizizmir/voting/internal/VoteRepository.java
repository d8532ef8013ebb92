package tr.bel.izmir.bizizmir.voting.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.voting.Vote;
import tr.bel.izmir.bizizmir.voting.VoteKind;

import java.util.List;
import java.util.Optional;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByCycleId(Long cycleId);

    Optional<Vote> findByConsultationId(Long consultationId);

    List<Vote> findByKindOrderByClosesAtDesc(VoteKind kind);

    List<Vote> findAllByOrderByClosesAtDesc();

    List<Vote> findByStatusAndClosesAtBetween(tr.bel.izmir.bizizmir.voting.VoteStatus status, java.time.Instant from, java.time.Instant to);

    List<Vote> findByNeighbourhoodIdAndStatusOrderByClosesAtAsc(Long neighbourhoodId, tr.bel.izmir.bizizmir.voting.VoteStatus status);

    /** Changing a ballot holds the vote row shared, like the ballot writer's groups (DD010). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select v from Vote v where v.id = :id")
    Optional<Vote> findForBallot(@Param("id") Long id);

    /** Closing holds the vote row exclusively: it waits for ballots being written, later ones see it closed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vote v where v.id = :id")
    Optional<Vote> findForClosing(@Param("id") Long id);
}
