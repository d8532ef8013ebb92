package tr.bel.izmir.bizizmir.security;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in person as every feature sees them, whichever login mode is active.
 *
 * @param username      stable id (local user name or Keycloak preferred_username)
 * @param displayName   name shown in the UI
 * @param roles         programme roles (see {@link AppRoles})
 * @param groups        department groups and other Camunda candidate groups
 * @param neighbourhood the neighbourhood code a resident was verified in, if any
 */
public record BizizmirUser(String username, String displayName, Set<String> roles, Set<String> groups,
                           String neighbourhood) implements Serializable {

    public BizizmirUser {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Optional<String> neighbourhoodCode() {
        return Optional.ofNullable(neighbourhood).filter(s -> !s.isBlank());
    }

    /** Camunda candidate groups: roles and department groups together, sorted. */
    public List<String> candidateGroups() {
        Set<String> all = new TreeSet<>(roles);
        all.addAll(groups);
        return List.copyOf(all);
    }
}
