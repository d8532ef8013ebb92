package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in form needs the CSRF token of the visitor's own session: a foreign page cannot
 * sign a visitor in as someone else (login CSRF), and the real form still works.
 */
@IntegrationTest
class LoginCsrfIT {

    @LocalServerPort
    int port;

    LoginClient browser;

    @BeforeEach
    void open() {
        browser = new LoginClient(port);
    }

    /** Refused: back to the form, which says it had expired, and nobody is signed in. */
    void assertRefused(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void a_sign_in_post_without_the_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        browser.tokenFromLoginPage();
        assertRefused(browser.postLogin("vatandas", "demo", null));
    }

    @Test
    void a_sign_in_post_with_a_forged_csrf_token_is_refused() throws Exception {
        browser.tokenFromLoginPage();
        assertRefused(browser.postLogin("vatandas", "demo", "forged-token"));
    }

    @Test
    void a_token_from_another_session_is_refused() throws Exception {
        // What a login-CSRF attacker has: a valid token, but of their own session.
        String attackersToken = new LoginClient(port).tokenFromLoginPage();
        browser.tokenFromLoginPage();
        assertRefused(browser.postLogin("vatandas", "demo", attackersToken));
    }

    @Test
    void other_posts_without_a_token_still_get_a_plain_403() throws Exception {
        browser.tokenFromLoginPage();
        var response = browser.post("/logout");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_sign_in_post_with_the_token_of_the_login_page_signs_in() throws Exception {
        var response = browser.login("vatandas", "demo");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.signedIn()).isTrue();
    }
}
