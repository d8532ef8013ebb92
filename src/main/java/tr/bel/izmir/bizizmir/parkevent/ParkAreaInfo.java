package tr.bel.izmir.bizizmir.parkevent;

/**
 * A bookable area of a Living Park as other features see it: read-only; the entity stays in the parkevent feature.
 */
public interface ParkAreaInfo {

    Long getId();
    Long getParkId();
    String getName();
    int getCapacity();
}
