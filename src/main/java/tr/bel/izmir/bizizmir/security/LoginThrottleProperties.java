package tr.bel.izmir.bizizmir.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Throttling of password sign-ins ({@code bizizmir.security.login-throttle}), counted per
 * account name and per client address (DD013). After the free failures the next attempt
 * waits {@code firstDelay}, doubling with each further failure up to {@code maxDelay}; from
 * the lock threshold on it waits {@code lockDuration}. A counter is forgotten
 * {@code forgetAfter} after its last failure, an account's also at its next successful sign-in.
 * Addresses get more room than accounts: many people share one address (a campus, a mobile
 * operator's NAT), while an account is one person's.
 *
 * @param maxTracked counters kept at most per kind; under a flood of made-up names the
 *                   least recently used go first, so memory stays bounded
 */
@ConfigurationProperties("bizizmir.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("3") int accountFreeFailures,
        @DefaultValue("10") int accountLockAfter,
        @DefaultValue("10") int addressFreeFailures,
        @DefaultValue("50") int addressLockAfter,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("30s") Duration maxDelay,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("100000") int maxTracked) {

    public LoginThrottleProperties {
        if (accountFreeFailures < 0 || addressFreeFailures < 0 || accountLockAfter <= accountFreeFailures
                || addressLockAfter <= addressFreeFailures) {
            throw new IllegalArgumentException("bizizmir.security.login-throttle: the lock must come after the free failures");
        }
        if (forgetAfter.compareTo(lockDuration) < 0) {
            throw new IllegalArgumentException("bizizmir.security.login-throttle.forget-after must not be shorter than lock-duration");
        }
    }

    /** The defaults, as an empty configuration binds them. */
    static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(3, 10, 10, 50, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(15), Duration.ofHours(1), 100_000);
    }
}
