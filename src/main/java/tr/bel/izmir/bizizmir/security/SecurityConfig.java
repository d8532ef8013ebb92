package tr.bel.izmir.bizizmir.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import tr.bel.izmir.bizizmir.shared.MapSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tr.bel.izmir.bizizmir.security.ui.LoginView;

import java.io.IOException;
import java.util.Collections;

/**
 * Deny by default, in both login modes (DD003).
 * <ul>
 *   <li>{@code /api/**} and Camunda's {@code /engine-rest/**}: stateless, HTTP Basic in local
 *       mode, bearer tokens from Keycloak in keycloak mode. {@code /engine-rest} is admin only;
 *       public read endpoints live under {@code /api/v1/public/**}; every other API
 *       controller declares its roles with {@code @PreAuthorize} (checked by ArchitectureTest).</li>
 *   <li>Everything else is the Vaadin application: views carry {@code @RolesAllowed} or
 *       {@code @AnonymousAllowed} (Vaadin refuses unannotated views); Camunda's web apps
 *       under {@code /camunda/**} are admin only, signed in through the same session.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    public static final String PUBLIC_API = "/api/v1/public/**";
    static final String PUBLIC_API_REGEX = "^/api/v1/public(/.*)?$";

    private final boolean keycloak;
    /** Where the sign-in and sign-out forms may go besides the application: Keycloak, in keycloak mode. */
    private final String formTargets;
    /** Where images may come from besides the application: the map tiles (DD030). */
    private final String imageSources;

    public SecurityConfig(Environment environment, MapSettings maps) {
        this.keycloak = environment.acceptsProfiles(Profiles.of("keycloak"));
        this.formTargets = keycloak ? origin(environment.getProperty("bizizmir.keycloak.url", "")) : "";
        this.imageSources = MapSettings.tileOrigin(maps.tileUrl());
    }

    static String origin(String url) {
        if (url.isBlank()) {
            return "";
        }
        var uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /**
     * No Micrometer observation around every security filter, authentication and authorisation
     * decision: nothing here exports traces, and they were a fifth of the CPU time of an API
     * request (docs/benchmarks.md, "Ballots"). Request metrics (http.server.requests) stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The default strict firewall, with its character rules as loops (see FirewallRules). */
    @Bean
    HttpFirewall httpFirewall() {
        return FirewallRules.strictFirewall();
    }

    /**
     * Firewall refusals answer 400 with a problem detail on every path (see ApiProblemResponses):
     * checked first of all (see {@link FirewallFirst}), and for the checks the firewall makes
     * later, when a header or parameter is read, in the security filter chain.
     */
    @Bean
    WebSecurityCustomizer requestRejectedProblems(ApiProblemResponses problems) {
        return web -> web.requestRejectedHandler(problems.rejected());
    }

    @Bean
    FilterRegistrationBean<FirewallFirst> firewallFirst(HttpFirewall firewall, ApiProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new FirewallFirst(firewall, problems.rejected()));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtAuthenticationConverter> jwtConverter,
                                    ApiProblemResponses problems) throws Exception {
        http.securityMatcher(path("^/(api|engine-rest|actuator/prometheus)(/.*)?$", null))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(PUBLIC_API_REGEX, HttpMethod.GET)).permitAll()
                        .requestMatchers(path("^/engine-rest(/.*)?$", null)).hasRole(AppRoles.ADMIN)
                        // Metrics name groups and counts, not people, but they are for operators (issue 17).
                        .requestMatchers(path("^/actuator/prometheus$", HttpMethod.GET)).hasRole(AppRoles.ADMIN)
                        .requestMatchers(path("^/api/.*$", null)).hasAnyRole(AppRoles.ALL.toArray(String[]::new))
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic/bearer authentication: no cookie, so no CSRF to forge.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized(!keycloak))
                        .accessDeniedHandler(problems.forbidden()));
        SecurityHeaders.api(http);
        if (keycloak) {
            http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter.getObject()))
                    .authenticationEntryPoint(problems.unauthorized(false))
                    .accessDeniedHandler(problems.forbidden()));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized(true))
                    .authenticationDetailsSource(request -> new LoginDetails(request, "basic")));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                                   RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(path("^/camunda(/.*)?$", null)).hasRole(AppRoles.ADMIN)
                // /error must stay reachable, or every error page becomes a login redirect.
                .requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/images/**", "/icons/**").permitAll()
                // Leaflet and its style sheets for the public maps (DD030); the modeler's bundle stays behind the login.
                .requestMatchers("/vendor/bizizmir-maps/**").permitAll()
                // The API's OpenAPI description and Swagger UI are public, like the API's public part (DD026).
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll());
        // Camunda's web apps protect their own API with their own CSRF token, and Vaadin's own
        // requests (UIDL, push, uploads) carry Vaadin's. Everything else needs Spring's token,
        // the sign-in form included: Vaadin's default exempts the login page, which allows login
        // CSRF (a foreign page signing the visitor in as the attacker). vaadin-login-form sends
        // the token from the _csrf meta tags that Vaadin writes into every page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(path("^/camunda(/.*)?$", null),
                vaadinRequests::isFrameworkInternalRequest).withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(SecurityConfig::csrfRefused);
                        return filter;
                    }
                }));
        SecurityHeaders.ui(http, formTargets, imageSources, path("^/camunda(/.*)?$", null));
        if (!keycloak) {
            // Vaadin's configurer sets the same login page later and keeps this failure handler; the
            // login page must be set here already, or Spring adds its generated default login page.
            http.formLogin(form -> form.loginPage("/login").failureHandler(SecurityConfig::loginFailed)
                    .authenticationDetailsSource(request -> new LoginDetails(request, "form")));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.enableCsrfConfiguration(false);
            if (keycloak) {
                vaadin.oauth2LoginPage("/oauth2/authorization/keycloak");
                vaadin.logoutSuccessHandler(keycloakLogout(registrations.getObject()));
            } else {
                vaadin.loginView(LoginView.class, "/");
            }
        });
        return http.build();
    }

    private static final RequestMatcher LOGIN_POST = path("^/login$", HttpMethod.POST);

    /**
     * A request without a valid CSRF token. The sign-in form goes back to the form, which says
     * it had expired (the server restarted while it was open, or a foreign page posted it),
     * signing nobody in; anything else gets the plain 403. Vaadin's and Camunda's own requests
     * never get here: Spring's CSRF check ignores them.
     */
    static void csrfRefused(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (LOGIN_POST.matches(request)) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        } else {
            new AccessDeniedHandlerImpl().handle(request, response, e);
        }
    }

    /** Back to the sign-in form, saying how long to wait when the attempt was throttled. */
    static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String query = e instanceof LoginThrottledException throttled
                ? "throttled=" + throttled.retryAfterSeconds() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    /**
     * OIDC RP-initiated logout: after the local session is gone the browser is sent to
     * Keycloak's end-session endpoint, so the Keycloak SSO session ends too (otherwise the
     * next "sign in" would silently sign the same person in again), and Keycloak sends it
     * back to the application's base URL. The UIDL strategy makes the redirect work when
     * logout is triggered from a Vaadin button rather than a plain HTTP request.
     */
    static OidcClientInitiatedLogoutSuccessHandler keycloakLogout(ClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}");
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    /**
     * Matches the whole path below the context, whichever servlet serves it: Camunda's REST
     * API is a Jersey servlet and its web apps have their own filters, so servlet-relative
     * patterns would silently miss them.
     */
    static RequestMatcher path(String regex, HttpMethod method) {
        return method == null ? RegexRequestMatcher.regexMatcher(regex) : RegexRequestMatcher.regexMatcher(method, regex);
    }

    /**
     * Camunda's Cockpit, Tasklist and Admin trust the Spring Security session: only an
     * {@code admin} reaches them (see uiSecurity), and they see that person's name.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new CamundaWebappSsoFilter());
        registration.setInitParameters(Collections.singletonMap(
                "authentication-provider", CamundaWebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }
}
