package tr.bel.izmir.bizizmir.bench;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * Only for {@code scripts/bench-ballots.sh} (profile {@code bench}, test classes on the class
 * path). Local accounts {@code bench0..bench<n-1>} with the password {@code pw} stored as
 * {@code {noop}}, checked by a plain DAO provider <em>without</em> password upgrading.
 * <p>
 * Why: in local mode the API is stateless HTTP Basic, and Spring's default provider "upgrades"
 * every non-BCrypt password to BCrypt (cost 10) on its first successful login, so every API
 * request pays a BCrypt hash (encode once, verify ever after): ~10 requests/s per core, which
 * would measure the password hash, not the ballot. Production clients send Keycloak bearer
 * tokens, verified with a cached key in well under a millisecond. See docs/benchmarks.md.
 * Thousands of users in YAML would also take minutes to bind at startup, hence this runner.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchVoters {

    @Bean
    AuthenticationProvider benchAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

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
