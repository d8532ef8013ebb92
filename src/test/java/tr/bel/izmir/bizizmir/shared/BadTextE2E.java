package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.voting.Consultations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyboard cannot type NUL or half of a surrogate pair, but a pasted text or a script can
 * put one in a form field. The consultation page's comment field with such a text: the
 * citizen sees the translated message, nothing is stored, and the same field then works.
 */
@IntegrationTest
class BadTextE2E {

    @LocalServerPort int port;
    @Autowired Consultations consultations;
    @Autowired JdbcTemplate jdbc;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    long comments(long consultationId) {
        return jdbc.queryForObject("select count(*) from consultation_comment where consultation_id = ?",
                Long.class, consultationId);
    }

    /**
     * Sets the Vaadin text area's value as a paste would, and lets Vaadin send it to the server.
     * The character goes in as a code unit made in the browser: WebDriver's own JSON would turn
     * a lone surrogate into "?" on the way.
     */
    void type(WebElement textArea, String before, int codeUnit, String after) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1] + (arguments[2] < 0 ? '' : String.fromCharCode(arguments[2]))"
                        + " + arguments[3]; arguments[0].dispatchEvent(new CustomEvent('change'))",
                textArea, before, codeUnit, after);
    }

    void send() {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                browser.driver().findElement(By.id("comment-send")));
    }

    @Test
    void a_comment_with_nul_or_a_lone_surrogate_shows_the_translated_message_and_stores_nothing() {
        var kordon = consultations.all().stream().filter(c -> c.getTitle().equals("Kordon bisiklet yolu"))
                .findFirst().orElseThrow();
        long before = comments(kordon.getId());

        browser = Browser.desktop("http://localhost:" + port).loginLocal("vatandas", "demo");
        browser.go("/consultations/view/" + kordon.getId());
        WebElement text = browser.waitFor(By.id("comment-text"));

        type(text, "Ağaç", 0x0000, " olsun");
        send();
        browser.waitForNotification("Metin kaydedilemeyecek bir karakter içeriyor (U+0000, 5. karakter)");
        assertThat(comments(kordon.getId())).isEqualTo(before);

        type(text, "Ağaç ", 0xD83C, " olsun");
        send();
        browser.waitForNotification("(U+D83C, 6. karakter)");
        assertThat(comments(kordon.getId())).isEqualTo(before);

        type(text, "Ağaç olsun 🌳", -1, "");
        send();
        browser.waitForText(By.id("comments"), "Ağaç olsun 🌳");
        assertThat(comments(kordon.getId())).isEqualTo(before + 1);
    }
}
