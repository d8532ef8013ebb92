package tr.bel.izmir.bizizmir.assembly;

import java.time.Instant;
import java.util.Optional;

/**
 * Membership application as other features see it: read-only; the entity stays in the assembly feature.
 */
public interface MembershipApplicationInfo {

    /** Civic initiatives active in the neighbourhood, or individual volunteers. */
    enum Kind { INDIVIDUAL, INITIATIVE }
    enum Status { PENDING, ADMITTED, REFUSED }

    Long getId();
    Long getAssemblyId();
    String getApplicant();
    Kind getKind();
    Optional<String> getInitiativeName();
    String getMotivation();
    Instant getSubmittedAt();
    Status getStatus();
    Optional<String> getDecidedBy();
    Optional<Instant> getDecidedAt();
    Optional<String> getRefusalReason();
}
