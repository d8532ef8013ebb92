package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A wrong password for a real name and any password for a made-up name take the same time and
 * give the same error, with hashed passwords (the only kind allowed outside the local demo):
 * the password check of an unknown name runs against a dummy hash of the same cost.
 */
class SignInTimingTest {

    @Test
    void a_real_name_and_a_made_up_one_cost_the_same_and_fail_the_same() {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var users = new InMemoryUserDetailsManager(User.withUsername("ayse").password(encoder.encode("Gizli-Parola-42"))
                .roles("citizen").build());
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // Limits far away: this measures the password check, not the throttle.
        var limits = new LoginThrottleProperties(10_000, 10_001, 10_000, 10_001, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1), 1000);
        var provider = new ThrottledAuthenticationProvider(passwords, new LoginThrottle(limits, Clock.systemUTC()));

        assertThatThrownBy(() -> provider.authenticate(token("ayse", "wrong"))).isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        assertThatThrownBy(() -> provider.authenticate(token("nobody-" + System.nanoTime(), "wrong")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");

        int rounds = 15;
        long[] known = new long[rounds];
        long[] unknown = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            // Interleaved, so a busy moment of the machine hits both alike.
            known[i] = timeOfFailure(provider, "ayse");
            unknown[i] = timeOfFailure(provider, "nobody-" + i);
        }
        double knownMedian = median(known) / 1e6;
        double unknownMedian = median(unknown) / 1e6;
        System.out.printf("sign-in failure, median of %d: known name %.1f ms, unknown name %.1f ms%n",
                rounds, knownMedian, unknownMedian);
        assertThat(knownMedian).as("one BCrypt check either way").isGreaterThan(5);
        assertThat(unknownMedian / knownMedian).isBetween(0.5, 2.0);
    }

    static UsernamePasswordAuthenticationToken token(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    static long timeOfFailure(ThrottledAuthenticationProvider provider, String name) {
        long start = System.nanoTime();
        try {
            provider.authenticate(token(name, "not-it"));
        } catch (BadCredentialsException expected) {
            return System.nanoTime() - start;
        }
        throw new AssertionError("signed in with a wrong password");
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
