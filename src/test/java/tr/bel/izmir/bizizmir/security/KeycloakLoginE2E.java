package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.KeycloakServer;
import tr.bel.izmir.bizizmir.support.PostgresInitializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keycloak login mode end to end: a real Keycloak (started from the Maven-unpacked
 * distribution with the project's realm export), the application with profile
 * {@code keycloak} and a real headless Chromium.
 * <p>
 * Its own Spring context (not {@code @IntegrationTest}'s local-login one), closed after the
 * class so it does not sit next to the shared context for the rest of the run.
 * The application runs on 127.0.0.1 because the realm's dev/test redirect URI
 * {@code http://127.0.0.1/*} matches any port only there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "postgres", "test", "keycloak"})
@ContextConfiguration(initializers = PostgresInitializer.class)
@DirtiesContext
class KeycloakLoginE2E {

    private static KeycloakServer keycloak;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startKeycloak() {
        // Before the Spring context: the suppliers below are read while it starts.
        keycloak = KeycloakServer.start();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @DynamicPropertySource
    static void keycloakUrls(DynamicPropertyRegistry registry) {
        registry.add("bizizmir.keycloak.url", () -> keycloak.url());
        registry.add("bizizmir.keycloak.internal-url", () -> keycloak.url());
    }

    String appUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void an_officer_signs_in_at_keycloak_sees_the_staff_menu_and_signs_out_of_keycloak_too() {
        try (Browser browser = Browser.desktop(appUrl())) {
            browser.go("/staff");
            signInAtKeycloak(browser, "memur", "demo");

            browser.waitForText(By.id("current-user"), "Hakan Memur");
            assertThat(menuPaths(browser)).anySatisfy(p -> assertThat(p).endsWith("staff"))
                    .noneSatisfy(p -> assertThat(p).contains("admin"));
            // Back on the page that asked for the login, with roles and groups from the token.
            browser.waitForText(By.id("candidate-groups"), "Park ve Bahçeler Dairesi");
            assertThat(browser.waitFor(By.id("candidate-groups")).getText())
                    .contains("Belediye memurları", "Park ve Bahçeler Dairesi", "Fen İşleri Dairesi").doesNotContain("Yöneticiler");

            browser.waitFor(By.id("logout")).click();
            // RP-initiated logout: through Keycloak's end-session endpoint back to the app.
            browser.waitFor(By.id("login-link"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(appUrl());

            // The Keycloak session is gone too: a protected page asks for the password again.
            browser.go("/staff");
            browser.waitFor(By.id("kc-login"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(keycloak.realmUrl());
        }
    }

    @Test
    void only_an_admin_sees_the_admin_menu_and_reaches_camunda_cockpit() throws Exception {
        String cockpit = "/camunda/app/cockpit/default/";
        try (Browser browser = Browser.desktop(appUrl())) {
            browser.go("/");
            browser.waitFor(By.id("login-link")).click();
            signInAtKeycloak(browser, "admin", "admin");
            browser.waitForText(By.id("current-user"), "Ayşe Yönetici");
            assertThat(menuPaths(browser)).anySatisfy(p -> assertThat(p).endsWith("admin/neighbourhoods"));

            var response = getWithSession(browser, cockpit);
            assertThat(response.statusCode()).as("GET %s as admin -> %s", cockpit, response.headers().map())
                    .isEqualTo(200);
            assertThat(response.body()).containsIgnoringCase("cockpit");

            browser.go(cockpit);
            browser.waiting().until(ExpectedConditions.titleContains("Cockpit"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(appUrl() + cockpit);
        }
        try (Browser browser = Browser.desktop(appUrl())) {
            browser.go("/staff");
            signInAtKeycloak(browser, "memur", "demo");
            browser.waitFor(By.id("current-user"));
            assertThat(getWithSession(browser, cockpit).statusCode()).as("GET %s as officer", cockpit)
                    .isEqualTo(403);
        }
    }

    @Test
    void the_camunda_rest_api_accepts_keycloak_bearer_tokens_of_admins_only() throws Exception {
        var admin = getWithToken("/engine-rest/engine", keycloak.accessToken("admin", "admin"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("default");

        assertThat(getWithToken("/engine-rest/engine", keycloak.accessToken("memur", "demo")).statusCode())
                .isEqualTo(403);
        assertThat(getWithToken("/engine-rest/engine", null).statusCode()).isEqualTo(401);
        assertThat(getWithToken("/engine-rest/engine", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void bearer_tokens_issued_to_another_client_of_the_realm_are_refused() throws Exception {
        String foreign = keycloak.accessTokenForAnotherClient("admin", "admin");
        assertThat(payload(foreign)).doesNotContain("\"bizizmir-app\"");
        assertThat(getWithToken("/engine-rest/engine", foreign).statusCode()).isEqualTo(401);
        assertThat(getWithToken("/api/v1/pb/allocations", foreign).statusCode()).isEqualTo(401);
        assertThat(payload(keycloak.accessToken("admin", "admin"))).contains("\"aud\"", "\"bizizmir-app\"");
    }

    @Test
    void the_realm_puts_roles_groups_and_neighbourhood_into_the_tokens() throws Exception {
        String officer = payload(keycloak.accessToken("memur", "demo"));
        assertThat(officer).contains("\"preferred_username\":\"memur\"", "\"officer\"", "\"dept-parks\"",
                "\"dept-works\"").doesNotContain("\"/dept-parks\"");
        String resident = payload(keycloak.accessToken("sakin", "demo"));
        assertThat(resident).contains("\"neighbourhood\":\"seferihisar-sigacik\"", "\"resident\"");
    }

    /** The JSON payload of a JWT (no signature check: only the claims are of interest here). */
    private static String payload(String jwt) {
        return new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Keycloak's own login page (ids from its login theme), then back in the application. */
    private void signInAtKeycloak(Browser browser, String username, String password) {
        WebElement user = browser.waitFor(By.id("username"));
        assertThat(browser.driver().getCurrentUrl()).as("redirected to Keycloak").startsWith(keycloak.realmUrl());
        // The realm's default locale is Turkish.
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("tr");
        user.sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waiting().until(d -> d.getCurrentUrl().startsWith(appUrl()));
    }

    private static List<String> menuPaths(Browser browser) {
        browser.waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        return browser.driver().findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(item -> String.valueOf(item.getAttribute("path")))
                .toList();
    }

    /** The same request as the browser's, with its session cookie, to see the HTTP status. */
    private HttpResponse<String> getWithSession(Browser browser, String path) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie").isNotNull();
        return http.send(HttpRequest.newBuilder(URI.create(appUrl() + path))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getWithToken(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(appUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
