package tr.bel.izmir.bizizmir.neighbourhood;

/**
 * A district (ilçe) of İzmir as other features see it: read-only reference data; the entity stays in the neighbourhood feature.
 */
public interface DistrictInfo {

    Long getId();
    String getCode();
    String getName();
}
