package tr.bel.izmir.bizizmir.proposal.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.proposal.ProposalSupport;

public interface ProposalSupportRepository extends JpaRepository<ProposalSupport, Long> {

    boolean existsByProposalIdAndSupporter(Long proposalId, String supporter);

    java.util.List<ProposalSupport> findBySupporter(String supporter);

    /** KVKK erasure: the support still counts, but no longer says whose it was. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update ProposalSupport s set s.supporter = concat('erased-', s.id) where s.supporter = :supporter")
    int pseudonymise(@org.springframework.data.repository.query.Param("supporter") String supporter);
}
