package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.shared.Money;
import java.util.Locale;
import java.util.Optional;

/**
 * An option on a public vote's ballot as other features see it: read-only.
 */
public interface VoteOptionInfo {

    Long getId();
    Long getVoteId();
    int getPosition();
    Long getProposalId();
    String getLabel();
    String label(Locale locale);
    Optional<Money> getCost();
}
