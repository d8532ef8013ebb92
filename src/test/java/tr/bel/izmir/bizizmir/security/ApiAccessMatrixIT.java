package tr.bel.izmir.bizizmir.security;

import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of our API, found in the application's own request mappings (so a new one cannot
 * be missed), is called by anonymous visitors and by every local user (so every role): whoever
 * its {@code @PreAuthorize} rule admits passes security (any answer but 401/403), everyone else
 * is refused (401 anonymous, 403 signed in). The rule itself is read from the code and evaluated
 * with Spring Security's own expression handler against the authorities the login gives each user.
 */
@IntegrationTest
class ApiAccessMatrixIT {

    /** Bodies that parse, so that a refusal cannot hide behind a 400 from argument binding. */
    static final Map<String, String> BODIES = Map.of(
            "POST /api/v1/votes/{voteId}/ballots", "{\"choices\":[1],\"submissionKey\":\"matrix\"}",
            "POST /api/v1/consultations", "{}",
            "POST /api/v1/consultations/{consultationId}/comments", "{\"text\":\"matrix\"}",
            "POST /api/v1/pb/allocations", "");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired UserDetailsService users;
    @Autowired LocalUsersProperties localUsers;

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

    record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {
        String key() {
            return method + " " + pattern;
        }

        String samplePath() {
            // an id that exists nowhere: an admitted call ends in 404 and changes nothing
            return pattern.replaceAll("\\{[^}]+}", "987654321");
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> result = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || pattern.endsWith("/**")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    result.add(new Endpoint(m, pattern, handler));
                }
            }
        });
        return result;
    }

    /** The rule on the method, else on its class; none is a failure of its own. */
    static String rule(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        PreAuthorize onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return onMethod != null ? onMethod.value() : onClass == null ? null : onClass.value();
    }

    boolean admits(Endpoint endpoint, Authentication who) {
        MethodInvocation invocation = new SimpleMethodInvocation(new Object(), endpoint.handler().getMethod());
        var context = expressions.createEvaluationContext(() -> who, invocation);
        return ExpressionUtils.evaluateAsBoolean(expressions.getExpressionParser().parseExpression(rule(endpoint.handler())),
                context);
    }

    HttpResponse<String> call(Endpoint endpoint, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.samplePath()));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (endpoint.method() == RequestMethod.GET) {
            request.GET();
        } else {
            String body = BODIES.getOrDefault(endpoint.key(), "{}");
            boolean text = endpoint.pattern().endsWith("/allocations");
            request.header("Content-Type", text ? MediaType.TEXT_PLAIN_VALUE : MediaType.APPLICATION_JSON_VALUE)
                    .method(endpoint.method().name(), HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_endpoint_has_a_rule_and_the_matrix_covers_them_all() {
        List<Endpoint> all = endpoints();
        assertThat(all).extracting(Endpoint::key).as("the API was found")
                .contains("GET /api/v1/public/districts", "POST /api/v1/votes/{voteId}/ballots");
        assertThat(all).allSatisfy(e -> assertThat(rule(e.handler())).as("@PreAuthorize on " + e.key()).isNotBlank());
    }

    @Test
    void every_role_reaches_exactly_the_endpoints_its_rule_allows_and_anonymous_visitors_only_the_public_ones()
            throws Exception {
        List<String> failures = new ArrayList<>();
        var anonymous = new AnonymousAuthenticationToken("matrix", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            int status = call(endpoint, null, null).statusCode();
            boolean allowed = admits(endpoint, anonymous);
            if (allowed ? (status == 401 || status == 403) : status != 401) {
                failures.add("anonymous " + endpoint.key() + ": " + status + (allowed ? " (public)" : " (expected 401)"));
            }
            checked++;
            for (var user : localUsers.localUsers()) {
                var details = users.loadUserByUsername(user.username());
                Authentication who = new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities());
                String password = user.password().replaceFirst("^\\{noop}", "");
                status = call(endpoint, user.username(), password).statusCode();
                allowed = admits(endpoint, who);
                if (allowed ? (status == 401 || status == 403) : status != 403) {
                    failures.add(user.username() + " " + details.getAuthorities() + " " + endpoint.key() + ": " + status
                            + (allowed ? " (allowed by " + rule(endpoint.handler()) + ")" : " (expected 403)"));
                }
                checked++;
            }
        }
        assertThat(failures).as("of %d calls", checked).isEmpty();
        assertThat(checked).as("every endpoint for anonymous and every local user").isEqualTo(endpoints().size() * (localUsers.localUsers().size() + 1));
        assertThat(localUsers.localUsers()).extracting(LocalUsersProperties.LocalUser::roles).flatMap(r -> r)
                .as("the local users hold every role").containsAll(AppRoles.ALL);
    }
}
