package tr.bel.izmir.bizizmir.budgeting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.budgeting.ImplementationUpdate;

import java.util.List;

public interface ImplementationUpdateRepository extends JpaRepository<ImplementationUpdate, Long> {

    List<ImplementationUpdate> findByProjectIdOrderByWrittenAtDescIdDesc(Long projectId);
}
