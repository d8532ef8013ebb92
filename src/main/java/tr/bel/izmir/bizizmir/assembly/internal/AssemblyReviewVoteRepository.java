package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviewVote;

public interface AssemblyReviewVoteRepository extends JpaRepository<AssemblyReviewVote, Long> {

    boolean existsByReviewIdAndMember(Long reviewId, String member);

    long countByReviewId(Long reviewId);

    long countByReviewIdAndRecommendTrue(Long reviewId);
}
