package tr.bel.izmir.bizizmir.bench;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * Only for {@code scripts/bench-ballots.sh} (profile {@code bench}, test classes on the class
 * path). Local accounts {@code bench0..bench<n-1>} with the password {@code pw} stored as
 * {@code {noop}}, like the demo users (local mode's provider checks passwords as configured and
 * never upgrades them to BCrypt, see LocalSecurityConfig). A BCrypt hash per stateless HTTP
 * Basic request would measure the password hash, not the ballot; production clients send
 * Keycloak bearer tokens, verified with a cached key. See docs/benchmarks.md.
 * Thousands of users in YAML would also take minutes to bind at startup, hence this runner.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchVoters {

    @Bean
    ApplicationRunner benchVoterAccounts(UserDetailsService users, @Value("${bench.voters:0}") int voters) {
        return (ApplicationArguments args) -> {
            var manager = (UserDetailsManager) users;
            for (int i = 0; i < voters; i++) {
                manager.createUser(User.withUsername("bench" + i).password("{noop}pw").roles("citizen", "resident").build());
            }
        };
    }
}
