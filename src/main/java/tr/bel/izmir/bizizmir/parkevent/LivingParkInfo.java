package tr.bel.izmir.bizizmir.parkevent;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A Living Park as other features see it: read-only; the entity stays in the parkevent feature.
 */
public interface LivingParkInfo {

    Long getId();
    String getName();
    String getDistrictCode();
    java.util.Optional<String> getNeighbourhoodCode();
    BigDecimal getLatitude();
    BigDecimal getLongitude();
    int getOpeningHour();
    int getClosingHour();
    String getDescription();
    boolean isActive();
    String openStreetMapUrl();
    Set<ActivityType> getAllowedActivities();
}
