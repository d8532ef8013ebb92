package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What the sign-in page says, in Turkish, after too many wrong passwords or with an expired form. */
@IntegrationTest
class LoginFormE2E {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    Browser browser;

    @AfterEach
    void close() {
        throttle.clear();
    }

    /** A sign-in that fails: the browser comes back to the form with a message. */
    void attempt(String password) {
        browser.go("/login");
        submit(password);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/login?"));
    }

    void submit(String password) {
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("mudur");
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    @Test
    void the_fourth_wrong_password_shows_the_wait_in_turkish() {
        browser = Browser.desktop("http://localhost:" + port);
        for (int i = 0; i < 3; i++) {
            attempt("yanlis-" + i);
            browser.waitForText(By.tagName("vaadin-login-form"), "Kullanıcı adı veya parola hatalı");
        }
        attempt("yanlis-3");
        browser.waitForText(By.tagName("vaadin-login-form"), "Çok fazla hatalı giriş denemesi oldu. Lütfen 1 saniye sonra tekrar deneyin.");
        assertThat(browser.driver().findElement(By.tagName("vaadin-login-form")).getText())
                .contains("Giriş geçici olarak durduruldu");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?throttled=1");
    }

    @Test
    void a_form_whose_session_has_gone_says_it_expired_and_the_next_try_works() {
        browser = Browser.desktop("http://localhost:" + port);
        browser.go("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        // The server forgets the session (a restart) while the form is open: its token is stale.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        submit("demo");
        browser.waitForText(By.tagName("vaadin-login-form"), "Giriş formunun süresi dolmuş. Lütfen bilgilerinizi yeniden girin.");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?expired");
        submit("demo");
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
