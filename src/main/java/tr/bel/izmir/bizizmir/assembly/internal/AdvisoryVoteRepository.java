package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.AdvisoryVote;

import java.util.List;
import java.util.Optional;

public interface AdvisoryVoteRepository extends JpaRepository<AdvisoryVote, Long> {

    boolean existsByItemIdAndMember(Long itemId, String member);

    Optional<AdvisoryVote> findByItemIdAndMember(Long itemId, String member);

    long countByItemId(Long itemId);

    long countByItemIdAndChoice(Long itemId, AdvisoryVote.Choice choice);

    List<AdvisoryVote> findByItemIdOrderByVotedAtAsc(Long itemId);

    List<AdvisoryVote> findByMemberOrderByVotedAtDesc(String member);

    /** KVKK erasure: the vote still counts, but no longer says whose it was. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update AdvisoryVote x set x.member = concat('erased-', x.id) where x.member = :member")
    int pseudonymise(@org.springframework.data.repository.query.Param("member") String member);
}
