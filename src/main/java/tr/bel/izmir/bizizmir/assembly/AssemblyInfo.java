package tr.bel.izmir.bizizmir.assembly;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Assembly as other features see it: read-only; the entity stays in the assembly feature.
 */
public interface AssemblyInfo {

    Long getId();
    Long getNeighbourhoodId();
    String getName();
    boolean isPilot();
    LocalDate getEstablishedOn();
    Instant getCreatedAt();
    long getVersion();
    Instant getUpdatedAt();
    String getUpdatedBy();
}
