package tr.bel.izmir.bizizmir.budgeting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProject;

import java.util.List;
import java.util.Optional;

public interface ImplementationProjectRepository extends JpaRepository<ImplementationProject, Long> {

    Optional<ImplementationProject> findByProposalId(Long proposalId);

    List<ImplementationProject> findAllByOrderByUpdatedAtDescIdAsc();

    List<ImplementationProject> findByCycleIdOrderByIdAsc(Long cycleId);
}
