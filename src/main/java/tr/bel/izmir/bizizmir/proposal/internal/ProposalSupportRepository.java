package tr.bel.izmir.bizizmir.proposal.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.proposal.ProposalSupport;

public interface ProposalSupportRepository extends JpaRepository<ProposalSupport, Long> {

    boolean existsByProposalIdAndSupporter(Long proposalId, String supporter);
}
