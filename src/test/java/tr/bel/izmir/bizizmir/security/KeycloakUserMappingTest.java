package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims of the bizizmir realm's mappers become the same BizizmirUser as a local login would. */
class KeycloakUserMappingTest {

    private final KeycloakSecurityConfig config = new KeycloakSecurityConfig();
    private final CurrentUser currentUser = new CurrentUser(new LocalUsersProperties(List.of()));
    /** Our tables say: uye serves on an assembly, baskan chairs one, nobody else serves. */
    private final RecordRoles recordRoles = new RecordRoles(List.of(new RolesFromRecords() {
        @Override
        public Set<String> governs() {
            return Set.of(AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR);
        }

        @Override
        public Set<String> rolesOf(String username) {
            return switch (username) {
                case "uye" -> Set.of(AppRoles.ASSEMBLY_MEMBER);
                case "baskan" -> Set.of(AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR);
                default -> Set.of();
            };
        }
    }));

    @Test
    void a_browser_login_reads_name_neighbourhood_roles_and_groups_from_the_oidc_user() {
        var idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", "3f1c", "preferred_username", "uye", "name", "Murat Üye",
                "roles", List.of("citizen", "resident", "assembly-member", "default-roles-bizizmir", "offline_access"),
                "groups", List.of("dept-parks")));
        var userInfo = new OidcUserInfo(Map.of("sub", "3f1c", "neighbourhood", "seferihisar-sigacik"));
        Collection<? extends GrantedAuthority> authorities = config.keycloakAuthoritiesMapper(recordRoles)
                .mapAuthorities(List.of(new OidcUserAuthority(idToken, userInfo)));
        var oidcUser = new DefaultOidcUser(authorities, idToken, userInfo, "preferred_username");

        BizizmirUser user = currentUser.from(new OAuth2AuthenticationToken(oidcUser, authorities, "keycloak"));

        assertThat(user.username()).isEqualTo("uye");
        assertThat(user.displayName()).isEqualTo("Murat Üye");
        assertThat(user.neighbourhoodCode()).contains("seferihisar-sigacik");
        // Keycloak's own default roles are not programme roles.
        assertThat(user.roles()).containsExactlyInAnyOrder("citizen", "resident", "assembly-member");
        assertThat(user.groups()).containsExactly("dept-parks");
        assertThat(user.candidateGroups()).containsExactly("assembly-member", "citizen", "dept-parks", "resident");
    }

    @Test
    void a_bearer_token_reads_the_same_claims() {
        var jwt = Jwt.withTokenValue("token").header("alg", "RS256")
                .claim("sub", "9a2b").claim("preferred_username", "memur").claim("name", "Hakan Memur")
                .claim("roles", List.of("officer")).claim("groups", List.of("dept-parks", "dept-works"))
                .build();

        BizizmirUser user = currentUser.from(config.jwtAuthenticationConverter(recordRoles).convert(jwt));

        assertThat(user.username()).isEqualTo("memur");
        assertThat(user.displayName()).isEqualTo("Hakan Memur");
        assertThat(user.neighbourhoodCode()).isEmpty();
        assertThat(user.candidateGroups()).containsExactly("dept-parks", "dept-works", "officer");
    }

    @Test
    void assembly_roles_come_from_our_tables_not_from_the_token() {
        var admitted = Jwt.withTokenValue("token").header("alg", "RS256")
                .claim("sub", "77aa").claim("preferred_username", "baskan").claim("roles", List.of("citizen"))
                .build();
        assertThat(currentUser.from(config.jwtAuthenticationConverter(recordRoles).convert(admitted)).roles())
                .as("serving as chair in our table, without the role in Keycloak")
                .containsExactlyInAnyOrder("citizen", "assembly-member", "assembly-chair");

        var former = Jwt.withTokenValue("token").header("alg", "RS256")
                .claim("sub", "88bb").claim("preferred_username", "eski").claim("roles", List.of("citizen", "assembly-member"))
                .build();
        assertThat(currentUser.from(config.jwtAuthenticationConverter(recordRoles).convert(former)).roles())
                .as("a Keycloak role without a seat in our table grants nothing")
                .containsExactly("citizen");
    }
}
