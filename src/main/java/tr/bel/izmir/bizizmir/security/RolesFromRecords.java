package tr.bel.izmir.bizizmir.security;

import java.util.Set;

/**
 * Roles that our own tables decide, not the identity provider: a feature implements this as a
 * Spring bean (the assembly feature grants {@code assembly-member} and {@code assembly-chair} to
 * the people serving on an assembly). At every sign-in, in local and Keycloak mode alike and for
 * each bearer token or HTTP Basic request, the roles a source {@link #governs()} are taken from
 * {@link #rolesOf} and copies of them sent by the identity provider are ignored (DD021).
 */
public interface RolesFromRecords {

    /** The roles this source alone decides. */
    Set<String> governs();

    /** The roles of {@link #governs()} the person holds today. */
    Set<String> rolesOf(String username);
}
