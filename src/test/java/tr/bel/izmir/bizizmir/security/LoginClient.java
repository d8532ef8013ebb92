package tr.bel.izmir.bizizmir.security;

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
 * A browser without JavaScript: keeps its cookies, reads the CSRF token from the login page
 * the way vaadin-login-form does (the {@code _csrf} meta tag) and posts the sign-in form.
 */
final class LoginClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LoginClient(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a browser sends it for a page. */
    HttpResponse<String> getPage(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String tokenFromLoginPage() throws Exception {
        var page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = CSRF_META.matcher(page.body());
        assertThat(matcher.find()).as("the login page carries the CSRF token for vaadin-login-form").isTrue();
        return matcher.group(1);
    }

    /** Posts the sign-in form with the given token (null: none). */
    HttpResponse<String> postLogin(String username, String password, String token) throws Exception {
        String form = "username=" + enc(username) + "&password=" + enc(password) + (token == null ? "" : "&_csrf=" + enc(token));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post without a CSRF token. */
    HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the real form does: token from the login page, then the post. */
    HttpResponse<String> login(String username, String password) throws Exception {
        return postLogin(username, password, tokenFromLoginPage());
    }

    /** A page only signed-in people may see answers 200 instead of sending them to the login. */
    boolean signedIn() throws Exception {
        return get("/my/proposals").statusCode() == 200;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
