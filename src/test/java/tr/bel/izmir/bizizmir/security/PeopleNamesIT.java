package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, bug 14: lists show names, not user names. A local user's name comes from the
 * configuration; a Keycloak user's is remembered when they sign in; erasure forgets it.
 */
@IntegrationTest
class PeopleNamesIT {

    @Autowired PeopleNames people;
    @Autowired ApplicationEventPublisher events;

    @Test
    void a_name_is_remembered_at_sign_in_and_forgotten_at_erasure() {
        String username = "kc-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(people.nameOf(username)).as("never signed in: the user name").isEqualTo(username);
        assertThat(people.namesOf(List.of("uye", "baskan"))).containsEntry("uye", "Murat Üye").containsEntry("baskan", "Zeynep Başkan");

        var jwt = Jwt.withTokenValue("token").header("alg", "RS256").claim("sub", "1a2b")
                .claim("preferred_username", username).claim("name", "Deniz Yıldız").claim("roles", List.of("citizen")).build();
        var converter = new KeycloakSecurityConfig().jwtAuthenticationConverter(RecordRoles.none());
        events.publishEvent(new AuthenticationSuccessEvent(converter.convert(jwt)));
        assertThat(people.nameOf(username)).isEqualTo("Deniz Yıldız");

        var renamed = Jwt.withTokenValue("token").header("alg", "RS256").claim("sub", "1a2b")
                .claim("preferred_username", username).claim("name", "Deniz Yıldız Kaya").build();
        events.publishEvent(new AuthenticationSuccessEvent(converter.convert(renamed)));
        assertThat(people.nameOf(username)).as("the latest name").isEqualTo("Deniz Yıldız Kaya");

        people.forget(username);
        assertThat(people.nameOf(username)).isEqualTo(username);
    }
}
