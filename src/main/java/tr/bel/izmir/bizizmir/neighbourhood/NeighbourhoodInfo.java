package tr.bel.izmir.bizizmir.neighbourhood;

/**
 * A neighbourhood (mahalle) of İzmir as other features see it: read-only reference data; the entity stays in the neighbourhood feature.
 */
public interface NeighbourhoodInfo {

    Long getId();
    String getCode();
    String getName();
    DistrictInfo getDistrict();
    Integer getPopulation();
    String getDisplayName();
}
