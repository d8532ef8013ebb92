package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.assembly.AssemblyReview;

import jakarta.persistence.LockModeType;
import java.util.Optional;

public interface AssemblyReviewRepository extends JpaRepository<AssemblyReview, Long> {

    Optional<AssemblyReview> findByProposalId(Long proposalId);

    java.util.List<AssemblyReview> findByClosedAtIsNullAndDeadlineAtBetween(java.time.Instant from, java.time.Instant to);

    java.util.List<AssemblyReview> findByAssemblyIdInAndClosedAtIsNullOrderByDeadlineAtAsc(java.util.Collection<Long> assemblyIds);

    /** Votes on one review are serialised, so the count each decision sees is complete. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AssemblyReview r where r.proposalId = :proposalId")
    Optional<AssemblyReview> lockByProposalId(@Param("proposalId") Long proposalId);
}
