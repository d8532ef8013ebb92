package tr.bel.izmir.bizizmir.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the signed-in person from Spring Security, whether they came through the local
 * form login, HTTP Basic, a Keycloak browser login or a Keycloak bearer token.
 */
@Component
public class CurrentUser {

    private final LocalUsersProperties localUsers;

    public CurrentUser(LocalUsersProperties localUsers) {
        this.localUsers = localUsers;
    }

    public Optional<BizizmirUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(from(auth));
    }

    public BizizmirUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    BizizmirUser from(Authentication auth) {
        Set<String> roles = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name.startsWith(AppRoles.ROLE_PREFIX)) {
                roles.add(name.substring(AppRoles.ROLE_PREFIX.length()));
            } else if (name.startsWith(AppRoles.GROUP_PREFIX)) {
                groups.add(name.substring(AppRoles.GROUP_PREFIX.length()));
            }
        }
        String username = auth.getName();
        String displayName = username;
        String neighbourhood = null;
        Object principal = auth.getPrincipal();
        if (principal instanceof OidcUser oidc) {
            username = Optional.ofNullable(oidc.getPreferredUsername()).orElse(oidc.getSubject());
            displayName = Optional.ofNullable(oidc.getFullName()).orElse(username);
            neighbourhood = oidc.getClaimAsString("neighbourhood");
        } else if (auth instanceof JwtAuthenticationToken jwtAuth) {
            Jwt jwt = jwtAuth.getToken();
            username = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
            displayName = Optional.ofNullable(jwt.getClaimAsString("name")).orElse(username);
            neighbourhood = jwt.getClaimAsString("neighbourhood");
        } else if (principal instanceof UserDetails details) {
            username = details.getUsername();
            String finalUsername = username;
            var local = localUsers.localUsers().stream().filter(u -> u.username().equals(finalUsername)).findFirst();
            if (local.isPresent()) {
                displayName = Optional.ofNullable(local.get().name()).orElse(username);
                neighbourhood = local.get().neighbourhood();
            }
        }
        return new BizizmirUser(username, displayName, roles, groups, neighbourhood);
    }
}
