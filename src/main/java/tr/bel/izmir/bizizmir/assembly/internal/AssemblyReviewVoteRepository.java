package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.AssemblyReviewVote;

public interface AssemblyReviewVoteRepository extends JpaRepository<AssemblyReviewVote, Long> {

    boolean existsByReviewIdAndMember(Long reviewId, String member);

    long countByReviewId(Long reviewId);

    long countByReviewIdAndRecommendTrue(Long reviewId);

    java.util.List<AssemblyReviewVote> findByMemberOrderByVotedAtDesc(String member);

    /** KVKK erasure: the vote still counts, but no longer says whose it was. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update AssemblyReviewVote x set x.member = concat('erased-', x.id) where x.member = :member")
    int pseudonymise(@org.springframework.data.repository.query.Param("member") String member);
}
