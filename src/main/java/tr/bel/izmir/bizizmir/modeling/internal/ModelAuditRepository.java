package tr.bel.izmir.bizizmir.modeling.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.modeling.ModelAuditEntry;

import java.util.List;
import java.util.Optional;

public interface ModelAuditRepository extends JpaRepository<ModelAuditEntry, Long> {

    Optional<ModelAuditEntry> findFirstByDeploymentId(String deploymentId);

    List<ModelAuditEntry> findAllByOrderByAtDescIdDesc();
}
