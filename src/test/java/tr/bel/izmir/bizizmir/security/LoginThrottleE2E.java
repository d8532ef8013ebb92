package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** After too many wrong passwords the sign-in page says, in Turkish, how long to wait. */
@IntegrationTest
class LoginThrottleE2E {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    Browser browser;

    @AfterEach
    void close() {
        throttle.clear();
        if (browser != null) {
            browser.close();
        }
    }

    void attempt(String password) {
        browser.go("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("mudur");
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/login?"));
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
}
