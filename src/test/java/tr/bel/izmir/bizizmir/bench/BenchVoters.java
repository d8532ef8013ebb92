package tr.bel.izmir.bizizmir.bench;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * Only for {@code scripts/bench-ballots.sh} (profile {@code bench}, test classes on the class
 * path): local accounts {@code bench0..bench<n-1>} with the password {@code pw}, stored as
 * {@code {noop}} like the demo users, so that the benchmark measures the ballot path and not a
 * BCrypt hash per stateless request (see docs/benchmarks.md, "Ballots"). Thousands of users in
 * YAML would take minutes to bind at startup, hence this runner.
 */
@Component
@Profile("bench")
class BenchVoters implements ApplicationRunner {

    private final UserDetailsService users;
    private final int voters;

    BenchVoters(UserDetailsService users, @Value("${bench.voters:0}") int voters) {
        this.users = users;
        this.voters = voters;
    }

    @Override
    public void run(ApplicationArguments args) {
        var manager = (UserDetailsManager) users;
        for (int i = 0; i < voters; i++) {
            manager.createUser(User.withUsername("bench" + i).password("{noop}pw").roles("citizen", "resident").build());
        }
    }
}
