package tr.bel.izmir.bizizmir.proposal.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.proposal.SupportControl;

import java.util.List;

public interface SupportControlRepository extends JpaRepository<SupportControl, Long> {

    List<SupportControl> findByProposalIdOrderByActedAtAscIdAsc(long proposalId);

    List<SupportControl> findByProposalIdInOrderByActedAtAscIdAsc(java.util.Collection<Long> proposalIds);
}
