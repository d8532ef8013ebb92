package tr.bel.izmir.bizizmir.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tr.bel.izmir.bizizmir.shared.DatabaseOutage;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.RequestIds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 on the API, 400 for requests the firewall refuses and 503 while the database is away, as RFC 9457 problem details in the caller's language, written
 * directly: {@code sendError} would forward to {@code /error} and lose both.
 */
@Component
public class ApiProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemResponses.class);
    private final Messages messages;
    private final LocaleResolver locales;

    public ApiProblemResponses(Messages messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    public AuthenticationEntryPoint unauthorized(boolean basicChallenge) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                // RFC 6585: 429 with the seconds to wait; no challenge, the client should not retry now.
                long seconds = throttled.retryAfterSeconds();
                response.setHeader("Retry-After", Long.toString(seconds));
                write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.throttled", seconds);
                return;
            }
            if (DatabaseOutage.causedBy(e)) {
                // The password could not be checked because the database is away (roles from our
                // tables): "try again shortly", not "wrong password" (issue 17, database restart drill).
                unavailable(request, response, e);
                return;
            }
            if (e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException) {
                log.warn("Sign-in of API request {} could not be checked: {}", RequestIds.current(), e.toString());
            }
            if (basicChallenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"bizizmir\"");
            }
            write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
        };
    }

    /**
     * 503 "try again in a minute" with the request's id, for a request that failed because the
     * database is away for a moment ({@link DatabaseOutage}), wherever it failed (issue 17).
     */
    public void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        String id = RequestIds.current();
        log.warn("Request {} failed: database unreachable ({})", id, failure.toString());
        response.setHeader("Retry-After", "5");
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", id);
    }

    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    /**
     * A request the firewall refuses ({@code //engine-rest}, {@code ;jsessionid}, {@code %2e%2e},
     * a control character in a header...) is the caller's mistake: 400 with a problem detail on
     * every path, API, Camunda or Vaadin alike, instead of the 500 an unhandled
     * {@code RequestRejectedException} becomes. The reason goes to the log, not to the caller.
     */
    public RequestRejectedHandler rejected() {
        return (request, response, e) -> {
            log.debug("Request rejected by the firewall: {}", e.getMessage());
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            write(request, response, HttpStatus.BAD_REQUEST, "error.request-rejected");
        };
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                       Object... args) throws IOException {
        var locale = locales.resolveLocale(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + quote(messages.get("error.title." + status.value(), locale))
                + ",\"status\":" + status.value()
                + ",\"detail\":" + quote(messages.get(key, locale, args))
                + ",\"instance\":" + quote(request.getRequestURI())
                + ",\"code\":" + quote(key) + "}");
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
