package tr.bel.izmir.bizizmir.feasibility.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityAssessment;

import java.util.Optional;

public interface FeasibilityAssessmentRepository extends JpaRepository<FeasibilityAssessment, Long> {

    Optional<FeasibilityAssessment> findByProposalId(Long proposalId);
}
