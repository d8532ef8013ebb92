package tr.bel.izmir.bizizmir.budgeting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.budgeting.AllocationStatus;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocation;

import java.util.List;
import java.util.Optional;

public interface CycleAllocationRepository extends JpaRepository<CycleAllocation, Long> {

    Optional<CycleAllocation> findByCycleId(Long cycleId);

    List<CycleAllocation> findByStatusOrderByPublishedAtDesc(AllocationStatus status);
}
