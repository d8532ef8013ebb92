package tr.bel.izmir.bizizmir.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers of every page and API answer, written by Spring Security's header
 * support (DD013). On top of its defaults (nosniff, no caching of authenticated answers,
 * X-Frame-Options, HSTS on HTTPS requests only):
 * <ul>
 *   <li>Content-Security-Policy. The Vaadin application needs {@code 'unsafe-inline'} scripts
 *       (its bootstrap page) and {@code 'unsafe-eval'} (Flow runs {@code executeJs} through
 *       {@code new Function}), in development and production mode alike; styles are inline
 *       throughout. What the policy still buys: nothing loads from or talks to another origin
 *       (a script injected despite escaping cannot fetch code or send data elsewhere; images
 *       only from the map tile server's origin), no
 *       plugins, no {@code <base>} rewriting, forms post only to the application (and, in
 *       keycloak mode, to Keycloak), and no other site may frame it (clickjacking).
 *       Camunda's web apps under {@code /camunda} send their own, nonce-based policy (Camunda's
 *       {@code HeaderSecurityFilter}); a second policy would only be intersected with it.</li>
 *   <li>Referrer-Policy {@code strict-origin-when-cross-origin}: links to other sites (meeting
 *       links, open-data portals) never carry the page's path and query.</li>
 *   <li>Permissions-Policy: no camera, microphone, location, payment and the like for anyone,
 *       the application included; it uses none of them (photo uploads are file inputs).</li>
 *   <li>HSTS for a year, subdomains included, on requests that arrived over HTTPS (Spring
 *       decides by {@code request.isSecure()}, so behind a TLS-terminating proxy set
 *       {@code server.forward-headers-strategy}).</li>
 * </ul>
 */
final class SecurityHeaders {

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), serial=()";

    /** JSON, calendars and files: nothing in an API answer may run, load or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    /**
     * @param formTargets origins besides the application itself that forms may post to (Keycloak's), may be empty
     * @param imageSources origins besides the application itself that images may come from: the
     *                     map tiles' ({@code bizizmir.maps.tile-url}, DD030), may be empty
     */
    static String uiPolicy(String formTargets, String imageSources) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                ("img-src 'self' data: blob: " + imageSources).strip(),
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                ("form-action 'self' " + formTargets).strip(),
                "frame-ancestors 'none'");
    }

    static void api(HttpSecurity http) throws Exception {
        common(http);
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
    }

    /** @param ownPolicy paths that send their own Content-Security-Policy (Camunda's web apps) */
    static void ui(HttpSecurity http, String formTargets, String imageSources, RequestMatcher ownPolicy) throws Exception {
        common(http);
        http.headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(ownPolicy), new ContentSecurityPolicyHeaderWriter(uiPolicy(formTargets, imageSources)))));
    }

    private static void common(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600)));
    }
}
