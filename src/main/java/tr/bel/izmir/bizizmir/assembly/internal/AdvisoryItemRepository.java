package tr.bel.izmir.bizizmir.assembly.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AdvisoryItemRepository extends JpaRepository<AdvisoryItem, Long> {

    List<AdvisoryItem> findByAssemblyIdOrderByTabledAtDesc(Long assemblyId);

    List<AdvisoryItem> findByAssemblyIdInAndVotingClosedAtIsNullOrderByVotingDeadlineAtAsc(Collection<Long> assemblyIds);

    List<AdvisoryItem> findAllByOrderByTabledAtDesc();

    List<AdvisoryItem> findByVotingClosedAtIsNullAndWithdrawnAtIsNullAndVotingDeadlineAtBetween(java.time.Instant from, java.time.Instant to);

    /** Votes on one item are serialised, so each count and each deadline check sees the others. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from AdvisoryItem i where i.id = :id")
    Optional<AdvisoryItem> lockById(@Param("id") Long id);
}
