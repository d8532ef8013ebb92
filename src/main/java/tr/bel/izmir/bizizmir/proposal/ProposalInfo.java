package tr.bel.izmir.bizizmir.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import tr.bel.izmir.bizizmir.shared.Money;

/**
 * A proposal as other features see it: read-only; the entity stays in the proposal feature.
 */
public interface ProposalInfo {

    Long getId();
    Long getCycleId();
    Long getNeighbourhoodId();
    String getAuthor();
    String getSubmissionKey();
    String getTitle();
    String getDescription();
    ProposalCategory getCategory();
    String getLocation();
    BigDecimal getLatitude();
    BigDecimal getLongitude();
    Optional<Money> getCostEstimate();
    ProposalStatus getStatus();
    String getStatusReasonTr();
    String getStatusReasonEn();
    Long getMergedIntoId();
    int getSupportCount();
    Instant getSubmittedAt();
    Instant getUpdatedAt();
}
