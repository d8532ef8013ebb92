package tr.bel.izmir.bizizmir.parkevent;

import tr.bel.izmir.bizizmir.shared.DomainException;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a park manager enters for a Living Park.
 *
 * @param neighbourhoodCode the neighbourhood the park lies in, optional; in the park's district
 */
public record ParkSpec(String name, String districtCode, BigDecimal latitude, BigDecimal longitude,
                       int openingHour, int closingHour, Set<ActivityType> activities, String description, boolean active,
                       String neighbourhoodCode) {

    /** A park not placed in a neighbourhood. */
    public ParkSpec(String name, String districtCode, BigDecimal latitude, BigDecimal longitude,
                    int openingHour, int closingHour, Set<ActivityType> activities, String description, boolean active) {
        this(name, districtCode, latitude, longitude, openingHour, closingHour, activities, description, active, null);
    }

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;
    /** İzmir province, with a margin: a point outside is a typo (swapped or mistyped coordinates). */
    public static final BigDecimal LAT_MIN = new BigDecimal("37.8");
    public static final BigDecimal LAT_MAX = new BigDecimal("39.5");
    public static final BigDecimal LON_MIN = new BigDecimal("26.2");
    public static final BigDecimal LON_MAX = new BigDecimal("28.6");

    /** Checks what needs no database; throws the first problem as a translated error. */
    void validate() {
        if (name == null || name.strip().length() < NAME_MIN || name.strip().length() > NAME_MAX) {
            throw new DomainException("parkevent.error.park-name", NAME_MIN, NAME_MAX);
        }
        if (districtCode == null || districtCode.isBlank()) {
            throw new DomainException("parkevent.error.park-district");
        }
        if (latitude == null || longitude == null || latitude.compareTo(LAT_MIN) < 0 || latitude.compareTo(LAT_MAX) > 0
                || longitude.compareTo(LON_MIN) < 0 || longitude.compareTo(LON_MAX) > 0) {
            throw new DomainException("parkevent.error.park-location", LAT_MIN.toPlainString(), LAT_MAX.toPlainString(),
                    LON_MIN.toPlainString(), LON_MAX.toPlainString());
        }
        if (openingHour < 0 || closingHour > 24 || openingHour >= closingHour) {
            throw new DomainException("parkevent.error.park-hours");
        }
        if (activities == null || activities.isEmpty()) {
            throw new DomainException("parkevent.error.park-activities");
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            throw new DomainException("parkevent.error.park-description", DESCRIPTION_MAX);
        }
    }
}
