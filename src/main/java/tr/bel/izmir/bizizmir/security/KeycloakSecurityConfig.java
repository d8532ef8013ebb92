package tr.bel.izmir.bizizmir.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keycloak mode: realm roles (claim {@code roles}) become {@code ROLE_*} authorities and
 * group memberships (claim {@code groups}) become {@code GROUP_*} authorities, for the
 * browser login (OIDC user) and for bearer tokens on the API alike. The realm export in
 * {@code keycloak/realm-bizizmir.json} defines both mappers.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class KeycloakSecurityConfig {

    /**
     * The client registrations of {@code spring.security.oauth2.client}, plus what discovery
     * would have supplied: the endpoints are configured explicitly (so the app starts while
     * Keycloak is down), which leaves the registration without the issuer (so the ID token's
     * {@code iss} would go unchecked) and without the {@code end_session_endpoint} that
     * {@code OidcClientInitiatedLogoutSuccessHandler} needs to end the Keycloak session.
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
                                                              @Value("${bizizmir.keycloak.issuer}") String issuer,
                                                              @Value("${bizizmir.keycloak.end-session-uri}") String endSession) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
                .values().stream()
                .map(r -> ClientRegistration.withClientRegistration(r)
                        .issuerUri(issuer)
                        .providerConfigurationMetadata(Map.of("end_session_endpoint", endSession))
                        .build())
                .toList();
        return new InMemoryClientRegistrationRepository(registrations);
    }

    @Bean
    GrantedAuthoritiesMapper keycloakAuthoritiesMapper(RecordRoles recordRoles) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
            String username = null;
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Map<String, Object> claims = new HashMap<>(oidc.getIdToken().getClaims());
                    if (oidc.getUserInfo() != null) {
                        claims.putAll(oidc.getUserInfo().getClaims());
                    }
                    mapped.addAll(fromClaims(claims));
                    username = usernameOf(claims);
                }
            }
            return recordRoles.apply(username, mapped);
        };
    }

    /** The user name {@code CurrentUser} will see: preferred_username, else the subject. */
    private static String usernameOf(Map<String, Object> claims) {
        Object name = claims.get("preferred_username");
        return name != null ? name.toString() : (String) claims.get("sub");
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter(RecordRoles recordRoles) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> List.copyOf(recordRoles.apply(usernameOf(jwt.getClaims()), fromClaims(jwt.getClaims()))));
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    @SuppressWarnings("unchecked")
    static Collection<GrantedAuthority> fromClaims(Map<String, Object> claims) {
        Set<GrantedAuthority> result = new LinkedHashSet<>();
        Object roles = claims.get("roles");
        if (roles == null && claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            roles = realmAccess.get("roles");
        }
        if (roles instanceof Collection<?> list) {
            list.forEach(r -> {
                String role = AppRoles.normalise(String.valueOf(r));
                if (AppRoles.ALL.contains(role)) {
                    result.add(new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + role));
                }
            });
        }
        if (claims.get("groups") instanceof Collection<?> groups) {
            groups.forEach(g -> {
                String group = AppRoles.normalise(String.valueOf(g));
                // A group named like a role grants the role too (Keycloak admins often use groups).
                if (AppRoles.ALL.contains(group)) {
                    result.add(new SimpleGrantedAuthority(AppRoles.ROLE_PREFIX + group));
                } else {
                    result.add(new SimpleGrantedAuthority(AppRoles.GROUP_PREFIX + group));
                }
            });
        }
        return result;
    }
}
