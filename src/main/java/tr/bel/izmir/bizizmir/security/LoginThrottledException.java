package tr.bel.izmir.bizizmir.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused, or a failed one answered, with a wait: too many failures for the account or the address. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter, Throwable cause) {
        super("Too many failed sign-in attempts", cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least one, for Retry-After and the message. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
