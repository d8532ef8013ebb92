package tr.bel.izmir.bizizmir.budgeting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.budgeting.AllocationControl;

import java.util.List;

public interface AllocationControlRepository extends JpaRepository<AllocationControl, Long> {

    List<AllocationControl> findByCycleIdOrderByActedAtAscIdAsc(long cycleId);
}
