package tr.bel.izmir.bizizmir.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Applies every {@link RolesFromRecords} to the authorities a sign-in produced. */
@Component
final class RecordRoles {

    private final List<RolesFromRecords> sources;

    RecordRoles(List<RolesFromRecords> sources) {
        this.sources = List.copyOf(sources);
    }

    static RecordRoles none() {
        return new RecordRoles(List.of());
    }

    /** The authorities with the governed roles replaced by what the records say. */
    Set<GrantedAuthority> apply(String username, Collection<? extends GrantedAuthority> authorities) {
        Set<String> governed = new LinkedHashSet<>();
        sources.forEach(s -> s.governs().forEach(r -> governed.add(AppRoles.ROLE_PREFIX + r)));
        Set<GrantedAuthority> result = new LinkedHashSet<>();
        for (GrantedAuthority a : authorities) {
            if (!governed.contains(a.getAuthority())) {
                result.add(a);
            }
        }
        if (username != null) {
            for (RolesFromRecords source : sources) {
                for (String role : source.rolesOf(username)) {
                    if (source.governs().contains(role)) {
                        result.add(new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + role));
                    }
                }
            }
        }
        return result;
    }
}
