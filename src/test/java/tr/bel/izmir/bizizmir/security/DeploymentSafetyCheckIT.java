package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tr.bel.izmir.bizizmir.BizizmirApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The real application with the shipped configuration files, started without the local demo
 * profile: it refuses before creating a single bean (no database is needed to see that).
 */
class DeploymentSafetyCheckIT {

    static Throwable start(String profiles, String... properties) {
        return catchThrowable(() -> new SpringApplicationBuilder(BizizmirApplication.class)
                .profiles(profiles.split(","))
                .properties("server.port=0", "spring.main.banner-mode=off")
                .properties(properties)
                .run().close());
    }

    @Test
    void the_production_image_defaults_refuse_to_start_and_say_which_settings_are_unsafe() {
        // The Dockerfile's profiles with nothing configured.
        Throwable refusal = start("postgres,keycloak");
        assertThat(refusal).isInstanceOf(DeploymentSafetyCheck.UnsafeConfigurationException.class);
        assertThat(((DeploymentSafetyCheck.UnsafeConfigurationException) refusal).problems())
                .anySatisfy(p -> assertThat(p).startsWith("bizizmir.id-hash-secret (BIZIZMIR_ID_HASH_SECRET) is a published"))
                .anySatisfy(p -> assertThat(p).startsWith("bizizmir.notification.token-secret (BIZIZMIR_NOTIFICATION_SECRET) is not set"))
                .anySatisfy(p -> assertThat(p).startsWith("spring.security.oauth2.client.registration.keycloak.client-secret"))
                .anySatisfy(p -> assertThat(p).startsWith("spring.datasource.password (DB_PASSWORD) is a published"))
                .anySatisfy(p -> assertThat(p).startsWith("bizizmir.public-base-url (BIZIZMIR_PUBLIC_BASE_URL) is not set"))
                .hasSize(5);
    }

    @Test
    void the_test_suites_settings_without_the_local_profile_refuse_to_start() {
        Throwable refusal = start("postgres,test",
                "bizizmir.security.local-users[0].username=admin",
                "bizizmir.security.local-users[0].password={noop}admin");
        assertThat(refusal).isInstanceOf(DeploymentSafetyCheck.UnsafeConfigurationException.class)
                .hasMessageContaining("bizizmir.security.local-users[0] (admin): {noop} (plain-text) password")
                .hasMessageContaining("bizizmir.demo-data.enabled (BIZIZMIR_DEMO_DATA) is true");
    }
}
