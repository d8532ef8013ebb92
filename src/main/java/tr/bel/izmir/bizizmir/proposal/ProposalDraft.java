package tr.bel.izmir.bizizmir.proposal;

import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirArea;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;

/**
 * What a resident fills in. {@link #validate()} names the first problem in a translatable
 * way before anything is written.
 */
public record ProposalDraft(String title, String description, ProposalCategory category, String location,
                            BigDecimal latitude, BigDecimal longitude, Money costEstimate) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int LOCATION_MIN = 3;
    public static final int LOCATION_MAX = 300;
    public static final Money COST_MAX = Money.ofLira(100_000_000);

    public void validate() {
        length(title, TITLE_MIN, TITLE_MAX, "title");
        length(description, DESCRIPTION_MIN, DESCRIPTION_MAX, "description");
        length(location, LOCATION_MIN, LOCATION_MAX, "location");
        if (category == null) {
            throw new DomainException("proposal.error.category-required");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new DomainException("proposal.error.coordinates");
        }
        if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw new DomainException("proposal.error.coordinates");
        }
        // A point helps find the place; one outside İzmir is a slip of the map or the keyboard (DD030).
        if (latitude != null && !IzmirArea.contains(latitude, longitude)) {
            throw new DomainException("proposal.error.outside-izmir");
        }
        if (costEstimate != null && (costEstimate.isNegative() || costEstimate.compareTo(COST_MAX) > 0)) {
            throw new DomainException("proposal.error.cost", COST_MAX.amount().toBigInteger());
        }
    }

    private static void length(String value, int min, int max, String field) {
        int length = value == null ? 0 : value.strip().length();
        if (length == 0) {
            throw new DomainException("proposal.error." + field + "-required");
        }
        if (length < min || length > max) {
            throw new DomainException("proposal.error." + field + "-length", min, max);
        }
    }
}
