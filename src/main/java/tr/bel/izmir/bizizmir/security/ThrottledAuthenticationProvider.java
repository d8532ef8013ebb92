package tr.bel.izmir.bizizmir.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;

/**
 * Password sign-in (the login form and HTTP Basic on {@code /api} and {@code /engine-rest})
 * behind the {@link LoginThrottle}: an attempt that has to wait is refused before its
 * password is looked at; a failure is counted and, once it makes the next attempt wait,
 * answered as throttled. Each attempt goes to the audit log.
 * <p>
 * Same answer for known and unknown names: the throttle counts names without looking them
 * up, and the delegate ({@code DaoAuthenticationProvider}) checks the password against a
 * dummy hash when the name is unknown, so with hashed passwords (the only kind allowed
 * outside the local demo, see {@link DeploymentSafetyCheck}) both take one hash check.
 * <p>
 * The client address is {@code request.getRemoteAddr()}, which Tomcat takes from
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says a proxy is
 * trusted; a client cannot choose its own address otherwise.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        String channel = attempt.getDetails() instanceof LoginDetails details ? details.channel() : "other";
        Duration wait = throttle.waitBefore(account, address);
        if (!wait.isZero()) {
            var refused = new LoginThrottledException(wait, null);
            LoginAudit.record(LoginAudit.Outcome.THROTTLED, account, address, channel,
                    throttle.accountFailures(account), refused.retryAfterSeconds());
            throw refused;
        }
        Authentication result;
        try {
            result = delegate.authenticate(attempt);
        } catch (InternalAuthenticationServiceException e) {
            // The password could not be checked (the database is away, issue 17): not a wrong
            // password, so it neither counts towards throttling nor is audited as a failure.
            throw e;
        } catch (AuthenticationException e) {
            Duration next = throttle.failed(account, address);
            var throttled = next.isZero() ? null : new LoginThrottledException(next, e);
            LoginAudit.record(LoginAudit.Outcome.FAILURE, account, address, channel, throttle.accountFailures(account),
                    throttled == null ? 0 : throttled.retryAfterSeconds());
            throw throttled == null ? e : throttled;
        }
        if (result != null) {
            throttle.succeeded(account);
            LoginAudit.record(LoginAudit.Outcome.SUCCESS, account, address, channel, 0, 0);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
