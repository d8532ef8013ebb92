package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.MembershipApplication;

import java.util.List;

public interface MembershipApplicationRepository extends JpaRepository<MembershipApplication, Long> {

    List<MembershipApplication> findByApplicantOrderBySubmittedAtDesc(String applicant);

    boolean existsByAssemblyIdAndApplicantAndStatus(Long assemblyId, String applicant, MembershipApplication.Status status);
}
