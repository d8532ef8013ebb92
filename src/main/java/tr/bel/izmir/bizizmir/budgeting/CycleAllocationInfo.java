package tr.bel.izmir.bizizmir.budgeting;

import java.time.Instant;
import java.util.List;
import tr.bel.izmir.bizizmir.shared.Money;

/**
 * A PB cycle's allocation (the projects the rule selected, under review or published) as other features see it: read-only; the entity stays in the budgeting feature.
 */
public interface CycleAllocationInfo {

    Long getId();
    Long getCycleId();
    AllocationRule getRule();
    AllocationStatus getStatus();
    Money getEnvelope();
    Money getTotalCost();
    Money getLeftOver();
    int getVoters();
    Instant getComputedAt();
    int getRounds();
    String getReturnReason();
    String getReturnedBy();
    String getApprovedBy();
    Instant getPublishedAt();
    boolean isPublished();
    List<AllocationLine> getLines();
    List<AllocationLine> getSelected();
}
