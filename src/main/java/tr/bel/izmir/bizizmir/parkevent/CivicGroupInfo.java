package tr.bel.izmir.bizizmir.parkevent;

/**
 * A registered civic group of the Living Parks programme as other features see it: read-only; the entity stays in the parkevent feature.
 */
public interface CivicGroupInfo {

    Long getId();
    String getName();
    String getNeighbourhoodCode();
    String getRepresentative();
    int getStanding();
    boolean isRegistered();
}
