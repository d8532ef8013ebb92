package tr.bel.izmir.bizizmir.feasibility;

import tr.bel.izmir.bizizmir.shared.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * A proposal's feasibility assessment as other features see it: read-only; the entity stays in the feasibility feature.
 */
public interface FeasibilityAssessmentInfo {

    Long getProposalId();
    String getDepartmentGroup();
    Instant getStartedAt();
    Instant getDueAt();
    Instant getOriginalDueAt();
    boolean isExtended();
    String getExtensionReason();
    Optional<Boolean> getFeasible();
    Optional<Money> getCostEstimate();
    String getTimeline();
    String getPublicExplanation();
    Instant getCompletedAt();
    boolean isCompleted();
}
