package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Security headers on a Vaadin page, an API answer, Camunda's REST API and a Camunda web app. */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> fetch(String path, String basicUser, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.allValues("Content-Security-Policy")).as("exactly one policy").hasSize(1);
        // Plain HTTP: HSTS would be ignored by browsers and must not be sent.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_vaadin_page_has_a_content_security_policy_and_a_same_site_session_cookie() throws Exception {
        var page = fetch("/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertCommonHeaders(page.headers());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "frame-ancestors 'none'", "connect-src 'self'",
                        // images from the map tile server of the test settings, and no other (DD030)
                        "img-src 'self' data: blob: http://127.0.0.1:9;"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("SameSite=Lax", "HttpOnly"));
    }

    @Test
    void an_api_answer_may_not_run_load_or_be_framed() throws Exception {
        var districts = fetch("/api/v1/public/districts", null, null);
        assertThat(districts.statusCode()).isEqualTo(200);
        assertCommonHeaders(districts.headers());
        assertThat(districts.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
        var refused = fetch("/api/v1/pb/allocations", null, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertCommonHeaders(refused.headers());
    }

    @Test
    void camundas_rest_api_answers_carry_the_headers() throws Exception {
        var engine = fetch("/engine-rest/engine", "admin", "admin");
        assertThat(engine.statusCode()).isEqualTo(200);
        assertCommonHeaders(engine.headers());
        assertThat(engine.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
    }

    @Test
    void cockpit_keeps_camundas_own_nonce_policy_and_gets_ours_besides() throws Exception {
        var admin = new LoginClient(port);
        assertThat(admin.login("admin", "admin").statusCode()).isEqualTo(302);
        var cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertCommonHeaders(cockpit.headers());
        assertThat(cockpit.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "object-src 'none'", "'nonce-"));
    }

    @Test
    void https_requests_get_strict_transport_security_and_plain_ones_do_not() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var secure = mvc.perform(get("/api/v1/public/districts").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        var plain = mvc.perform(get("/api/v1/public/districts")).andReturn().getResponse();
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }
}
