package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentSafetyCheckTest {

    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    static String bcrypt(String password) {
        return "{bcrypt}" + BCRYPT.encode(password);
    }

    /** A configuration fit for production: hashed strong passwords, own secrets, a public address. */
    static MockEnvironment safe() {
        return new MockEnvironment()
                .withProperty("bizizmir.security.local-users[0].username", "admin")
                .withProperty("bizizmir.security.local-users[0].password", bcrypt("kJ4#vq9!Lm2@x"))
                .withProperty("bizizmir.security.local-users[0].roles[0]", "admin")
                .withProperty("bizizmir.demo-data.enabled", "false")
                .withProperty("bizizmir.id-hash-secret", "a-long-secret-of-the-municipality-1")
                .withProperty("bizizmir.notification.token-secret", "another-long-secret-for-mail-links")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/bizizmir")
                .withProperty("spring.datasource.password", "Zx81-database-password")
                .withProperty("bizizmir.public-base-url", "https://katilim.izmir.bel.tr");
    }

    @Test
    void a_production_configuration_passes() {
        assertThat(DeploymentSafetyCheck.problems(safe())).isEmpty();
    }

    @Test
    void demo_users_plain_text_passwords_and_admin_admin_are_each_named() {
        var env = safe()
                .withProperty("bizizmir.security.local-users[1].username", "vatandas")
                .withProperty("bizizmir.security.local-users[1].password", "{noop}demo")
                .withProperty("bizizmir.security.local-users[2].username", "admin2")
                .withProperty("bizizmir.security.local-users[2].password", bcrypt("admin2"))
                .withProperty("bizizmir.security.local-users[3].username", "memur")
                .withProperty("bizizmir.security.local-users[3].password", bcrypt("demo"))
                .withProperty("bizizmir.security.local-users[4].username", "plain")
                .withProperty("bizizmir.security.local-users[4].password", "Sup3r-Secret");
        assertThat(DeploymentSafetyCheck.problems(env)).containsExactly(
                "bizizmir.security.local-users[1] (vatandas): {noop} (plain-text) password; configure a {bcrypt} hash",
                "bizizmir.security.local-users[2] (admin2): demo password (same as the user name)",
                "bizizmir.security.local-users[3] (memur): demo password ('demo')",
                "bizizmir.security.local-users[4] (plain): password without a hash id such as {bcrypt}");
    }

    @Test
    void published_secrets_demo_data_and_a_missing_base_url_are_each_named() {
        var env = new MockEnvironment()
                .withProperty("bizizmir.demo-data.enabled", "true")
                .withProperty("bizizmir.id-hash-secret", "local-development-only-secret")
                .withProperty("bizizmir.notification.token-secret", "local-development-only-secret")
                .withProperty("bizizmir.voting.voter-key-secret", "short")
                .withProperty("spring.security.oauth2.client.registration.keycloak.client-secret", "bizizmir-dev-secret")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/bizizmir")
                .withProperty("spring.datasource.password", "bizizmir");
        List<String> problems = DeploymentSafetyCheck.problems(env);
        assertThat(problems).hasSize(7);
        assertThat(problems.get(0)).startsWith("bizizmir.demo-data.enabled (BIZIZMIR_DEMO_DATA) is true");
        assertThat(problems.get(1)).isEqualTo("bizizmir.id-hash-secret (BIZIZMIR_ID_HASH_SECRET) is a published development value; set a secret of your own");
        assertThat(problems.get(2)).isEqualTo("bizizmir.notification.token-secret (BIZIZMIR_NOTIFICATION_SECRET) is a published development value; set a secret of your own");
        assertThat(problems.get(3)).isEqualTo("bizizmir.voting.voter-key-secret is shorter than 16 characters");
        assertThat(problems.get(4)).startsWith("spring.security.oauth2.client.registration.keycloak.client-secret (KEYCLOAK_CLIENT_SECRET) is a published");
        assertThat(problems.get(5)).startsWith("spring.datasource.password (DB_PASSWORD) is a published");
        assertThat(problems.get(6)).startsWith("bizizmir.public-base-url (BIZIZMIR_PUBLIC_BASE_URL) is not set");
    }

    @Test
    void an_unusable_base_url_and_h2_in_auto_server_mode_are_refused() {
        var env = safe().withProperty("bizizmir.public-base-url", "katilim.izmir.bel.tr/?x=1")
                .withProperty("spring.datasource.url", "jdbc:h2:file:/data/bizizmir;AUTO_SERVER=TRUE");
        assertThat(DeploymentSafetyCheck.problems(env)).containsExactly(
                "spring.datasource.url uses H2 with AUTO_SERVER=TRUE, which opens a TCP port for the database; use PostgreSQL (profile postgres)",
                "bizizmir.public-base-url (BIZIZMIR_PUBLIC_BASE_URL) is not an absolute http(s) address without query or fragment: katilim.izmir.bel.tr/?x=1");
    }

    @Test
    void the_refusal_lists_every_problem_and_the_local_demo_profile_is_the_only_way_around_it() {
        var unsafe = new MockEnvironment().withProperty("bizizmir.demo-data.enabled", "true");
        assertThatThrownBy(() -> new DeploymentSafetyCheck().postProcessEnvironment(unsafe, null))
                .isInstanceOf(DeploymentSafetyCheck.UnsafeConfigurationException.class)
                .hasMessageContaining("refuses to start")
                .hasMessageContaining("  - bizizmir.demo-data.enabled")
                .hasMessageContaining("  - bizizmir.id-hash-secret (BIZIZMIR_ID_HASH_SECRET) is not set")
                .hasMessageContaining("  - bizizmir.notification.token-secret (BIZIZMIR_NOTIFICATION_SECRET) is not set")
                .hasMessageContaining("  - bizizmir.public-base-url");
        unsafe.setActiveProfiles("local", "postgres");
        assertThatNoException().isThrownBy(() -> new DeploymentSafetyCheck().postProcessEnvironment(unsafe, null));
        unsafe.setActiveProfiles("postgres", "test");
        assertThatThrownBy(() -> new DeploymentSafetyCheck().postProcessEnvironment(unsafe, null))
                .isInstanceOf(DeploymentSafetyCheck.UnsafeConfigurationException.class);
    }
}
