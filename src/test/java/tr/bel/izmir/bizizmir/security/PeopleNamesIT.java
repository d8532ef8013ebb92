package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    /**
     * The same person signing in on four devices (or two nodes) at the same moment, the first
     * time: every sign-in succeeds and the name is stored once. Found by scripts/bench-sessions.sh,
     * where one of twenty simultaneous sign-ins of the same officer answered 500 (person_name's
     * primary key).
     */
    @Test
    void simultaneous_first_sign_ins_of_one_person_all_succeed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int p = 0; p < 15; p++) {
                String username = "kc-race-" + UUID.randomUUID().toString().substring(0, 8);
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<?>> signIns = new ArrayList<>();
                for (int d = 0; d < 4; d++) {
                    signIns.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        people.remember(username, "Eş Zamanlı Kişi");
                        return null;
                    }));
                }
                for (Future<?> signIn : signIns) {
                    signIn.get(30, TimeUnit.SECONDS); // throws if a sign-in failed
                }
                assertThat(people.nameOf(username)).isEqualTo("Eş Zamanlı Kişi");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
