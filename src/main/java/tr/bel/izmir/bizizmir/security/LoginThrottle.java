package tr.bel.izmir.bizizmir.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Failed sign-ins per account name and per client address, and how long the next attempt
 * has to wait (DD013). The counters neither know nor care whether an account exists, so a
 * made-up name is throttled exactly like a real one. Waiting means being refused until the
 * time has passed, never a sleeping request thread: under a flood every refused attempt
 * costs a map lookup, not a password hash. The counters live in two size-bounded Caffeine
 * caches that forget a counter {@code forgetAfter} after its last failure.
 */
public final class LoginThrottle {

    /** Longer account names cannot exist; cutting them keeps the keys small. */
    static final int MAX_NAME = 200;

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;

    public LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.accounts = cache(limits, clock);
        this.addresses = cache(limits, clock);
    }

    private static Cache<String, Failures> cache(LoginThrottleProperties limits, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(limits.maxTracked())
                .expireAfterWrite(limits.forgetAfter())
                // The same time source as the delays, so a test can move both.
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /** Failures so far and the time of the last one. */
    record Failures(int count, Instant last) {
    }

    /** How long an attempt for this account from this address must still wait; zero if it may go ahead. */
    public Duration waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration byAccount = remaining(accounts.getIfPresent(accountKey(account)),
                limits.accountFreeFailures(), limits.accountLockAfter(), now);
        Duration byAddress = remaining(addresses.getIfPresent(addressKey(address)),
                limits.addressFreeFailures(), limits.addressLockAfter(), now);
        return byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
    }

    /** Counts a failed attempt; returns how long the next attempt for this account and address must wait. */
    public Duration failed(String account, String address) {
        Instant now = clock.instant();
        accounts.asMap().merge(accountKey(account), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        addresses.asMap().merge(addressKey(address), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        return waitBefore(account, address);
    }

    /**
     * A successful sign-in forgets the account's failures. The address keeps its count: an
     * attacker with one valid account of their own must not be able to wipe the record of a
     * password-spraying run from that address.
     */
    public void succeeded(String account) {
        accounts.invalidate(accountKey(account));
    }

    /** Failures counted for an account name (for the audit log and tests). */
    int accountFailures(String account) {
        var failures = accounts.getIfPresent(accountKey(account));
        return failures == null ? 0 : failures.count();
    }

    /** Counters currently kept, accounts and addresses together. */
    long trackedCounters() {
        accounts.cleanUp();
        addresses.cleanUp();
        return accounts.estimatedSize() + addresses.estimatedSize();
    }

    /** Lifts every delay and lock, e.g. after an incident has been dealt with. */
    public void clear() {
        accounts.invalidateAll();
        addresses.invalidateAll();
    }

    private Duration remaining(Failures failures, int free, int lockAfter, Instant now) {
        if (failures == null) {
            return Duration.ZERO;
        }
        Duration wait = delay(failures.count(), free, lockAfter);
        Duration left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The wait after {@code failures} failed attempts: none, then doubling from the first delay, then the lock. */
    Duration delay(int failures, int free, int lockAfter) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        if (failures >= lockAfter) {
            return limits.lockDuration();
        }
        int doublings = Math.min(failures - free - 1, 30);
        Duration grown = limits.firstDelay().multipliedBy(1L << doublings);
        return grown.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : grown;
    }

    static String accountKey(String account) {
        String key = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }
}
