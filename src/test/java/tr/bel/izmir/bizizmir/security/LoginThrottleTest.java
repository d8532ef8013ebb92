package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(LoginThrottleProperties.defaults(), clock);

    @Test
    void three_failures_are_free_then_the_wait_doubles_up_to_thirty_seconds_and_the_tenth_locks_for_fifteen_minutes() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failed("ayse", "10.0.0.1")).isZero();
        }
        Duration[] expected = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofMinutes(15)};
        for (Duration wait : expected) {
            assertThat(throttle.waitBefore("ayse", "10.0.0.1")).isZero();
            assertThat(throttle.failed("ayse", "10.0.0.1")).isEqualTo(wait);
            clock.advance(Duration.ofMillis(400));
            assertThat(throttle.waitBefore("ayse", "10.0.0.1")).isEqualTo(wait.minusMillis(400));
            clock.advance(wait);
        }
        assertThat(throttle.accountFailures("ayse")).isEqualTo(10);
    }

    @Test
    void a_sign_in_that_could_not_be_checked_because_the_database_was_away_is_no_failed_attempt() {
        // Issue 17 (database restart drill): the roles come from our tables; while PostgreSQL
        // restarts, checking a right password fails. That is not the person's mistake.
        var provider = new ThrottledAuthenticationProvider(new org.springframework.security.authentication.AuthenticationProvider() {
            @Override
            public org.springframework.security.core.Authentication authenticate(org.springframework.security.core.Authentication a) {
                throw new org.springframework.security.authentication.InternalAuthenticationServiceException("database away",
                        new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        }, throttle);
        for (int i = 0; i < 5; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.authenticate(
                            new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("ayse", "right")))
                    .isInstanceOf(org.springframework.security.authentication.InternalAuthenticationServiceException.class);
        }
        assertThat(throttle.accountFailures("ayse")).isZero();
        assertThat(throttle.waitBefore("ayse", "10.0.0.1")).isZero();
    }

    @Test
    void the_wait_holds_from_any_address_and_for_any_spelling_of_the_name() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Ayse", "10.0.0." + i);
        }
        assertThat(throttle.waitBefore(" AYSE ", "192.168.1.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("mehmet", "192.168.1.1")).isZero();
    }

    @Test
    void an_address_that_tries_many_names_waits_even_for_a_name_it_has_not_tried() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("name-" + i, "203.0.113.7")).isZero();
        }
        assertThat(throttle.failed("name-10", "203.0.113.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("never-tried", "203.0.113.7")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("never-tried", "203.0.113.8")).isZero();
    }

    @Test
    void a_name_that_does_not_exist_is_throttled_exactly_like_one_that_does() {
        // The throttle never looks a name up: the same failures give the same answers.
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.failed("admin", "10.0.0.1")).isEqualTo(throttle.failed("no-such-user-xyz", "10.0.0.2"));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void success_forgets_the_accounts_failures_but_not_the_addresses() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("name-" + i, "203.0.113.7");
        }
        for (int i = 0; i < 3; i++) {
            throttle.failed("ayse", "10.0.0.1");
        }
        throttle.succeeded("ayse");
        assertThat(throttle.accountFailures("ayse")).isZero();
        assertThat(throttle.failed("ayse", "10.0.0.1")).as("the count starts again").isZero();
        throttle.succeeded("name-9");
        assertThat(throttle.failed("name-9", "203.0.113.7")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failures_are_forgotten_an_hour_after_the_last_one() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ayse", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("ayse", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(59));
        assertThat(throttle.accountFailures("ayse")).isEqualTo(10);
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.accountFailures("ayse")).isZero();
        assertThat(throttle.failed("ayse", "10.0.0.1")).isZero();
    }

    @Test
    void a_flood_of_made_up_names_keeps_a_bounded_number_of_counters() {
        var small = new LoginThrottleProperties(3, 10, 10, 50, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(15), Duration.ofHours(1), 100);
        var bounded = new LoginThrottle(small, clock);
        for (int i = 0; i < 5_000; i++) {
            bounded.failed("flood-" + i, "198.51.100." + (i % 250));
        }
        assertThat(bounded.trackedCounters()).isLessThanOrEqualTo(200);
    }

    @Test
    void an_absurdly_long_name_is_cut_to_the_longest_possible_account_name() {
        String longName = "a".repeat(10_000);
        assertThat(LoginThrottle.accountKey(longName)).hasSize(LoginThrottle.MAX_NAME);
    }
}
