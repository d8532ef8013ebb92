package tr.bel.izmir.bizizmir.shared;

import java.math.BigDecimal;

/**
 * Where a point may lie: İzmir province, as a bounding box (DD030). The box is generous on
 * purpose (it also takes in a strip of Manisa and Aydın and some sea): the platform keeps no
 * district boundaries, and a point exists to help find a place, not to decide eligibility
 * (the neighbourhood does that). Also enforced by a check constraint on {@code proposal} (V80).
 */
public final class IzmirArea {

    public static final BigDecimal SOUTH = new BigDecimal("37.80");
    public static final BigDecimal NORTH = new BigDecimal("39.45");
    public static final BigDecimal WEST = new BigDecimal("26.20");
    public static final BigDecimal EAST = new BigDecimal("28.55");
    /** Konak, where a map with nothing on it opens. */
    public static final double[] CENTRE = {38.4189, 27.1287};

    private IzmirArea() {
    }

    public static boolean contains(BigDecimal latitude, BigDecimal longitude) {
        return latitude != null && longitude != null
                && latitude.compareTo(SOUTH) >= 0 && latitude.compareTo(NORTH) <= 0
                && longitude.compareTo(WEST) >= 0 && longitude.compareTo(EAST) <= 0;
    }
}
