package tr.bel.izmir.bizizmir.budgeting;

import java.time.Instant;
import tr.bel.izmir.bizizmir.shared.Money;

/**
 * A project being implemented after a cycle's allocation, as other features see it: read-only; the entity stays in the budgeting feature.
 */
public interface ImplementationProjectInfo {

    Long getId();
    Long getCycleId();
    Long getProposalId();
    Long getNeighbourhoodId();
    String getTitle();
    Money getBudget();
    ImplementationStatus getStatus();
    int getProgress();
    Instant getCreatedAt();
    Instant getUpdatedAt();
    long getVersion();
}
