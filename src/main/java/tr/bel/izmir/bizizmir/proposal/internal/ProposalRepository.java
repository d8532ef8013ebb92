package tr.bel.izmir.bizizmir.proposal.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.proposal.Proposal;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    Optional<Proposal> findByAuthorAndSubmissionKey(String author, String submissionKey);

    long countByCycleIdAndAuthorAndStatusIn(Long cycleId, String author, Collection<ProposalStatus> statuses);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> findForUpdate(@Param("id") Long id);

    List<Proposal> findByAuthorOrderBySubmittedAtDesc(String author);

    List<Proposal> findByMergedIntoIdOrderById(Long mergedIntoId);

    List<Proposal> findByCycleIdOrderById(Long cycleId);

    /** Proposals per status (operations metrics). */
    @Query("select p.status as status, count(p) as n from Proposal p group by p.status")
    List<Object[]> countByStatus();

    /** Staff control of support periods (DD018). */
    List<Proposal> findByStatusOrderBySubmittedAtAsc(tr.bel.izmir.bizizmir.proposal.ProposalStatus status);

    /** {@code containsPattern} from {@code SearchText.containsPattern}: the folded query, escaped. */
    @Query("""
            select p from Proposal p
            where p.neighbourhoodId = :neighbourhoodId and p.status in :statuses
              and (:pattern = '%%' or p.searchText like :pattern escape '!')
              and (:category is null or p.category = :category)
            order by p.supportCount desc, p.submittedAt desc
            """)
    List<Proposal> search(@Param("neighbourhoodId") Long neighbourhoodId,
                          @Param("statuses") Collection<ProposalStatus> statuses, @Param("pattern") String containsPattern,
                          @Param("category") tr.bel.izmir.bizizmir.proposal.ProposalCategory category, Pageable page);
}
