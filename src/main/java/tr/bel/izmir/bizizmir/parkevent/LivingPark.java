package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class LivingPark {

    @Id
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

    protected LivingPark() {
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDistrictCode() { return districtCode; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public int getOpeningHour() { return openingHour; }
    public int getClosingHour() { return closingHour; }

    public Set<ActivityType> getAllowedActivities() {
        return Arrays.stream(allowedActivities.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ActivityType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityType.class)));
    }
}
