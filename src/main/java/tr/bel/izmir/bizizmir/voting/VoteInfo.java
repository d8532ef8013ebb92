package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.shared.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * A public vote as other features see it: read-only; the entity stays in the voting feature.
 */
public interface VoteInfo {

    boolean isAcceptingAt(Instant now);
    Long getId();
    VoteKind getKind();
    Long getCycleId();
    Long getConsultationId();
    Long getNeighbourhoodId();
    Long getDistrictId();
    String getTitle();
    VoteRule getRule();
    Optional<Money> getBudget();
    Integer getMaxChoices();
    int getMinimumAge();
    boolean isChangeable();
    Instant getOpensAt();
    Instant getClosesAt();
    VoteStatus getStatus();
    Instant getClosedAt();
    Integer getBallotsCounted();
    Instant getCreatedAt();
}
