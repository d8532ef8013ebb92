package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in form needs the CSRF token of the visitor's own session: a foreign page cannot
 * sign a visitor in as someone else (login CSRF), and the real form still works.
 */
@IntegrationTest
class LoginCsrfIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> postLogin(String username, String password, String token) throws Exception {
        String form = "username=" + enc(username) + "&password=" + enc(password) + (token == null ? "" : "&_csrf=" + enc(token));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String tokenFromLoginPage() throws Exception {
        var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = CSRF_META.matcher(page.body());
        assertThat(matcher.find()).as("the login page carries the CSRF token for vaadin-login-form").isTrue();
        return matcher.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void a_sign_in_post_without_the_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        tokenFromLoginPage();
        var response = postLogin("vatandas", "demo", null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_sign_in_post_with_a_forged_csrf_token_is_refused() throws Exception {
        tokenFromLoginPage();
        assertThat(postLogin("vatandas", "demo", "forged-token").statusCode()).isEqualTo(403);
        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_sign_in_post_with_the_token_of_the_login_page_signs_in() throws Exception {
        String token = tokenFromLoginPage();
        var response = postLogin("vatandas", "demo", token);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signedIn()).isTrue();
    }

    /** A page only signed-in people may see answers 200 instead of sending them to the login. */
    boolean signedIn() throws Exception {
        var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/my/proposals")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200;
    }
}
