package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sign-in throttling on the login form and on HTTP Basic, for real and made-up account names
 * alike, with the audit trail. The defaults: three free failures, then a wait from one second.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void forgetFailures() {
        // Every test of the shared context signs in from this address.
        throttle.clear();
    }

    /** Where the form sends the browser after a sign-in attempt. */
    static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    List<String> wrongPasswords(LoginClient browser, String account, int times) throws Exception {
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            locations.add(location(browser.login(account, "not-the-password-" + i)));
        }
        return locations;
    }

    @Test
    void the_form_allows_three_failures_then_makes_the_next_attempt_wait_even_with_the_right_password() throws Exception {
        var browser = new LoginClient(port);
        assertThat(wrongPasswords(browser, "moderator", 3)).containsOnly("/login?error");
        assertThat(location(browser.login("moderator", "demo"))).as("three failures are free").doesNotContain("/login");
        assertThat(browser.signedIn()).isTrue();

        var next = new LoginClient(port);
        assertThat(wrongPasswords(next, "moderator", 4))
                .containsExactly("/login?error", "/login?error", "/login?error", "/login?throttled=1");
        assertThat(location(next.login("moderator", "demo"))).isEqualTo("/login?throttled=1");
        assertThat(next.signedIn()).isFalse();

        // The wait is over after a second: the right password works again.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> !location(next.login("moderator", "demo")).startsWith("/login"));
        assertThat(next.signedIn()).isTrue();
    }

    @Test
    void a_made_up_name_gets_exactly_the_answers_a_real_one_gets() throws Exception {
        var real = wrongPasswords(new LoginClient(port), "park", 5);
        var madeUp = wrongPasswords(new LoginClient(port), "no-such-person-" + System.nanoTime(), 5);
        assertThat(madeUp).isEqualTo(real)
                .containsExactly("/login?error", "/login?error", "/login?error", "/login?throttled=1", "/login?throttled=1");
    }

    HttpResponse<String> basic(String user, String password) throws Exception {
        return basic(user, password, "tr");
    }

    HttpResponse<String> basic(String user, String password, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nothing-here"))
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void http_basic_answers_429_with_retry_after_in_the_callers_language() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(basic("butce", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        var english = basic("butce", "wrong-3", "en");
        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(english.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(english.body()).contains("\"status\":429", "Too many failed sign-in attempts", "in 1 seconds")
                .doesNotContain("Exception");
        var turkish = basic("butce", "demo", "tr");
        assertThat(turkish.statusCode()).as("right password, still waiting").isEqualTo(429);
        assertThat(turkish.body()).contains("Çok fazla hatalı giriş denemesi", "1 saniye");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> basic("butce", "demo").statusCode() == 404);
    }

    @Test
    void every_attempt_is_in_the_audit_log_with_name_address_and_outcome_but_never_the_password(CapturedOutput output)
            throws Exception {
        var browser = new LoginClient(port);
        for (int i = 0; i < 4; i++) {
            browser.login("surec", "SirliParola" + i);
        }
        browser.login("surec", "demo");
        assertThat(basic("surec", "SirliParolaBasic").statusCode()).isEqualTo(429);
        String log = output.getOut();
        String address = "address=(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)";
        assertThat(log).containsPattern("bizizmir\\.audit\\.login.*outcome=FAILURE user=\"surec\" " + address + " channel=form failures=1 wait=0s")
                .containsPattern("outcome=FAILURE user=\"surec\" " + address + " channel=form failures=4 wait=1s")
                .containsPattern("outcome=THROTTLED user=\"surec\" " + address + " channel=form")
                .containsPattern("outcome=THROTTLED user=\"surec\" " + address + " channel=basic")
                .doesNotContain("SirliParola");
    }

    @Test
    void a_name_made_to_forge_log_lines_is_logged_harmlessly(CapturedOutput output) throws Exception {
        new LoginClient(port).login("eve\n2026 outcome=SUCCESS user=\"admin\"", "x");
        assertThat(output.getOut()).contains("user=\"eve?2026 outcome=SUCCESS user=?admin?\"")
                .doesNotContain("\n2026 outcome=SUCCESS");
    }
}
