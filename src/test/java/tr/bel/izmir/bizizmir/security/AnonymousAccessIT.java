package tr.bel.izmir.bizizmir.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default: nobody reaches Camunda's REST API or web apps, the API or a staff
 * page without signing in; Camunda is for admins only; open data stays open.
 */
@IntegrationTest
class AnonymousAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService localUsers;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/task",
            "/engine-rest/deployment/create", "/engine-rest/user", "/api/v1/anything", "/api/v1/pb/allocations"})
    void an_anonymous_api_request_is_refused_with_401(String path) throws Exception {
        assertThat(get(path, null, null).statusCode()).isEqualTo(401);
        assertThat(post(path, "{}").statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
            "/camunda/app/admin/default/", "/camunda/api/engine/engine/", "/camunda/app/welcome/default/"})
    void an_anonymous_request_to_camunda_web_apps_is_sent_to_the_login(String path) throws Exception {
        var response = get(path, null, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void every_staff_route_sends_an_anonymous_visitor_to_the_login() throws Exception {
        List<String> protectedRoutes = protectedRoutes();
        assertThat(protectedRoutes).contains("staff", "admin/neighbourhoods");
        for (String route : protectedRoutes) {
            var response = get("/" + route, null, null);
            assertThat(response.statusCode()).as("GET /%s", route).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("GET /%s", route)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @Test
    void camundas_own_user_tables_cannot_be_written_so_no_account_exists_outside_our_login() {
        assertThat(identityService.isReadOnly()).isTrue();
    }

    @Test
    void a_signed_in_non_admin_opening_camundas_web_apps_gets_a_translated_page_not_springs_whitelabel() throws Exception {
        var memur = new LoginClient(port);
        memur.login("memur", "demo");
        var page = memur.getPage("/camunda/app/cockpit/default/");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("<html lang=\"tr\"", "Yetkiniz yok", "Ana sayfaya dön", "Giriş yap")
                .doesNotContain("Whitelabel", "Exception", "Forbidden");
    }

    @Test
    void camunda_rest_api_is_for_admins_only() throws Exception {
        assertThat(get("/engine-rest/engine", "memur", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/engine", "surec", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/engine", "admin", "wrong").statusCode()).isEqualTo(401);
        var admin = get("/engine-rest/engine", "admin", "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("default");
    }

    @Test
    void open_data_is_readable_without_signing_in() throws Exception {
        var districts = get("/api/v1/public/districts", null, null);
        assertThat(districts.statusCode()).isEqualTo(200);
        assertThat(districts.body()).contains("\"Karşıyaka\"", "\"Ödemiş\"");
        assertThat(post("/api/v1/public/districts", "{}").statusCode())
                .as("public means read-only").isEqualTo(401);
    }

    @Test
    void an_unknown_api_path_answers_problem_details_in_turkish_by_default() throws Exception {
        var response = get("/api/v1/nothing-here", "vatandas", "demo");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Bulunamadı").doesNotContain("Exception").doesNotContain("at tr.");
    }

    @Test
    void a_demo_users_password_is_not_rewritten_to_bcrypt_by_signing_in() throws Exception {
        // Were it "upgraded", every later stateless API request would pay a BCrypt hash.
        assertThat(get("/api/v1/nothing-here", "sakin", "demo").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/nothing-here", "sakin", "demo").statusCode()).isEqualTo(404);
        assertThat(localUsers.loadUserByUsername("sakin").getPassword()).isEqualTo("{noop}demo");
        assertThat(get("/api/v1/nothing-here", "sakin", "wrong").statusCode()).isEqualTo(401);
    }

    static List<String> protectedRoutes() throws ClassNotFoundException {
        return RouteAccessMatrixIT.routes().stream().filter(r -> !r.anonymous()).map(r -> r.path().substring(1)).toList();
    }
}
