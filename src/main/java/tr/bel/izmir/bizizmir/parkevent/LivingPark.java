package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A park in the Living Parks programme (Yaşayan Parklar): open hours and what may happen there. */
@Entity
@Table(name = "living_park")
public class LivingPark implements LivingParkInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 150)
    private String name;
    @Column(name = "district_code", nullable = false, length = 40)
    private String districtCode;
    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;
    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;
    @Column(name = "opening_hour", nullable = false)
    private int openingHour;
    @Column(name = "closing_hour", nullable = false)
    private int closingHour;
    @Column(name = "allowed_activities", nullable = false, length = 100)
    private String allowedActivities;
    @Column(length = 2000)
    private String description;
    @Column(nullable = false)
    private boolean active = true;
    /** The neighbourhood the park lies in, if a park manager said so; staff inboxes file its events there. */
    @Column(name = "neighbourhood_code", length = 120)
    private String neighbourhoodCode;

    protected LivingPark() {
    }

    LivingPark(ParkSpec spec) {
        update(spec);
    }

    /** Park managers edit everything but the id; the spec has been validated. */
    void update(ParkSpec spec) {
        this.name = spec.name().strip();
        this.districtCode = spec.districtCode();
        this.latitude = spec.latitude();
        this.longitude = spec.longitude();
        this.openingHour = spec.openingHour();
        this.closingHour = spec.closingHour();
        this.allowedActivities = spec.activities().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.description = spec.description() == null || spec.description().isBlank() ? null : spec.description().strip();
        this.active = spec.active();
        this.neighbourhoodCode = spec.neighbourhoodCode() == null || spec.neighbourhoodCode().isBlank() ? null : spec.neighbourhoodCode();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDistrictCode() { return districtCode; }
    public java.util.Optional<String> getNeighbourhoodCode() { return java.util.Optional.ofNullable(neighbourhoodCode); }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public int getOpeningHour() { return openingHour; }
    public int getClosingHour() { return closingHour; }
    public String getDescription() { return description; }
    /** Inactive parks take no new applications and are not listed for applying. */
    public boolean isActive() { return active; }

    /** A link that opens the park's location on OpenStreetMap (no map library in the page). */
    public String openStreetMapUrl() {
        return "https://www.openstreetmap.org/?mlat=" + latitude.toPlainString() + "&mlon=" + longitude.toPlainString()
                + "#map=17/" + latitude.toPlainString() + "/" + longitude.toPlainString();
    }

    public Set<ActivityType> getAllowedActivities() {
        return Arrays.stream(allowedActivities.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ActivityType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityType.class)));
    }
}
