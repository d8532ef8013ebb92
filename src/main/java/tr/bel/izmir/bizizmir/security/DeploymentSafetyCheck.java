package tr.bel.izmir.bizizmir.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import tr.bel.izmir.bizizmir.shared.PublicBaseUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Safe to deploy by default (DD013): unless the {@code local} profile (the local demo) is
 * active, the application refuses to start while the configuration still holds what only
 * the demo may have, and says which settings those are, all of them at once:
 * <ul>
 *   <li>local users with {@code {noop}} (plain-text) or unhashed passwords, or with a demo
 *       password ({@code demo}, {@code admin}, or the user name itself, as admin/admin);</li>
 *   <li>the demo data switched on;</li>
 *   <li>a secret left at a value published in this repository: the ID-hash secret, the
 *       notification link secret, the voter-key secret, the Keycloak client secret, the PostgreSQL password;</li>
 *   <li>no valid public base URL ({@code bizizmir.public-base-url}), from which links in
 *       feeds and mails are built;</li>
 *   <li>an H2 database in auto-server mode, which opens a TCP port.</li>
 * </ul>
 * It runs as an {@link EnvironmentPostProcessor}, before any bean exists: nothing is migrated,
 * seeded or listened on before the refusal. The check is never switched off by a property;
 * the local profile is the one explicit way to run with demo settings.
 */
public class DeploymentSafetyCheck implements EnvironmentPostProcessor {

    /** The profile of the local demo, in which demo settings are expected. */
    public static final String LOCAL_PROFILE = "local";

    /** Secret values that are published in this repository (configuration, compose file, realm export). */
    static final Set<String> PUBLISHED_SECRETS = Set.of("local-development-only-secret",
            "demo-only-change-me-in-production", "bizizmir-dev-secret", "bizizmir", "postgres", "secret", "changeme");

    /** Passwords of the demo users and other passwords nobody may use in earnest. */
    static final List<String> DEMO_PASSWORDS = List.of("demo", "admin", "password", "");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeConfigurationException(problems);
        }
    }

    /** Everything in this configuration that only the local demo may have; empty when it is safe. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        Binder binder = Binder.get(environment);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<LocalUsersProperties.LocalUser> users = binder.bind("bizizmir.security.local-users",
                Bindable.listOf(LocalUsersProperties.LocalUser.class)).orElse(List.of());
        for (int i = 0; i < users.size(); i++) {
            String problem = userProblem(users.get(i), encoder);
            if (problem != null) {
                problems.add("bizizmir.security.local-users[" + i + "] (" + users.get(i).username() + "): " + problem);
            }
        }
        if (environment.getProperty("bizizmir.demo-data.enabled", Boolean.class, false)) {
            problems.add("bizizmir.demo-data.enabled (BIZIZMIR_DEMO_DATA) is true: demo residents, votes and "
                    + "applications would be created; set it to false");
        }
        String idHash = environment.getProperty("bizizmir.id-hash-secret");
        secret(problems, "bizizmir.id-hash-secret (BIZIZMIR_ID_HASH_SECRET)", idHash, true);
        secret(problems, "bizizmir.notification.token-secret (BIZIZMIR_NOTIFICATION_SECRET)",
                environment.getProperty("bizizmir.notification.token-secret"), true);
        String voterKey = environment.getProperty("bizizmir.voting.voter-key-secret");
        if (voterKey != null) {
            secret(problems, "bizizmir.voting.voter-key-secret", voterKey, true);
        }
        String clientSecret = environment.getProperty("spring.security.oauth2.client.registration.keycloak.client-secret");
        if (clientSecret != null) {
            secret(problems, "spring.security.oauth2.client.registration.keycloak.client-secret (KEYCLOAK_CLIENT_SECRET)",
                    clientSecret, false);
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            secret(problems, "spring.datasource.password (DB_PASSWORD)", environment.getProperty("spring.datasource.password"), false);
        }
        if (url.startsWith("jdbc:h2:") && url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
            problems.add("spring.datasource.url uses H2 with AUTO_SERVER=TRUE, which opens a TCP port for the "
                    + "database; use PostgreSQL (profile postgres)");
        }
        String baseUrl = environment.getProperty(PublicBaseUrl.PROPERTY);
        if (baseUrl == null || baseUrl.isBlank()) {
            problems.add(PublicBaseUrl.PROPERTY + " (BIZIZMIR_PUBLIC_BASE_URL) is not set: the address people reach "
                    + "the portal at, e.g. https://katilim.izmir.bel.tr; links in feeds and mails are built from it");
        } else if (!PublicBaseUrl.valid(baseUrl)) {
            problems.add(PublicBaseUrl.PROPERTY + " (BIZIZMIR_PUBLIC_BASE_URL) is not an absolute http(s) address "
                    + "without query or fragment: " + baseUrl);
        }
        return problems;
    }

    private static String userProblem(LocalUsersProperties.LocalUser user, PasswordEncoder encoder) {
        String password = user.password() == null ? "" : user.password();
        if (password.startsWith("{noop}")) {
            return "{noop} (plain-text) password; configure a {bcrypt} hash";
        }
        if (!password.startsWith("{")) {
            return "password without a hash id such as {bcrypt}";
        }
        List<String> guesses = new ArrayList<>(DEMO_PASSWORDS);
        if (user.username() != null) {
            guesses.add(user.username());
        }
        for (String guess : guesses) {
            try {
                if (encoder.matches(guess, password)) {
                    return "demo password (" + (guess.equals(user.username()) ? "same as the user name" : "'" + guess + "'") + ")";
                }
            } catch (IllegalArgumentException unknownHash) {
                return "password hash of an unknown kind";
            }
        }
        return null;
    }

    private static void secret(List<String> problems, String name, String value, boolean minimumLength) {
        if (value == null || value.isBlank()) {
            problems.add(name + " is not set");
        } else if (PUBLISHED_SECRETS.contains(value)) {
            problems.add(name + " is a published development value; set a secret of your own");
        } else if (minimumLength && value.length() < 16) {
            problems.add(name + " is shorter than 16 characters");
        }
    }

    /** The refusal, listing every offending setting. */
    public static class UnsafeConfigurationException extends IllegalStateException {

        private final List<String> problems;

        UnsafeConfigurationException(List<String> problems) {
            super("Bizİzmir refuses to start: this configuration is only safe for the local demo (profile '"
                    + LOCAL_PROFILE + "'), which is not active. Fix these settings:\n  - "
                    + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
