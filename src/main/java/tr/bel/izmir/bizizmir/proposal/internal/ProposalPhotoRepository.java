package tr.bel.izmir.bizizmir.proposal.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.proposal.ProposalPhoto;

import java.util.List;

public interface ProposalPhotoRepository extends JpaRepository<ProposalPhoto, Long> {

    List<ProposalPhoto> findByProposalIdOrderById(Long proposalId);
}
