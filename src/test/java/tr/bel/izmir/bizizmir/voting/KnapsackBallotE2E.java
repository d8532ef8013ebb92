package tr.bel.izmir.bizizmir.voting;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.TestResidents;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident casts a knapsack ballot on a phone-sized window: the budget left follows every
 * tick, going over the envelope blocks the button, and the receipt code appears after casting.
 */
@IntegrationTest
class KnapsackBallotE2E {

    @LocalServerPort int port;
    @Autowired VoteFixtures fx;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired ResidentRegistry residents;
    @Autowired PublicVotes votes;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    private Browser browser;

    @Test
    void a_resident_fills_in_a_knapsack_ballot_on_a_phone_and_gets_a_receipt() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        String voter = "telefon-" + UUID.randomUUID().toString().substring(0, 8);
        ((UserDetailsManager) users).createUser(User.withUsername(voter).password("{noop}demo")
                .roles("citizen", "resident").build());
        TestResidents.verified(residents, neighbourhoods, voter, pb.neighbourhoodId(), 1992);

        browser = Browser.phone("http://localhost:" + port).loginLocal(voter, "demo");
        browser.go("/votes/ballot/" + pb.vote().getId());
        browser.waitForText(By.id("remaining"), "Kalan bütçe: ₺500.000,00");
        WebElement send = browser.driver().findElement(By.id("send-ballot"));
        assertThat(send.getAttribute("disabled")).as("nothing chosen yet").isNotNull();

        browser.click(By.id("option-" + pb.option(0))); // 200,000
        browser.click(By.id("option-" + pb.option(1))); // 250,000
        browser.waitForText(By.id("remaining"), "Kalan bütçe: ₺50.000,00");
        browser.click(By.id("option-" + pb.option(2))); // 100,000: 550,000 in all
        browser.waitForText(By.id("remaining"), "aşıldı");
        browser.waiting().until(d -> d.findElement(By.id("send-ballot")).getAttribute("disabled") != null);
        browser.click(By.id("option-" + pb.option(1)));
        browser.waitForText(By.id("remaining"), "Kalan bütçe: ₺200.000,00");

        send = browser.driver().findElement(By.id("send-ballot"));
        browser.waiting().until(d -> d.findElement(By.id("send-ballot")).getAttribute("disabled") == null);
        // A script click: in dev mode Vaadin's Copilot layer may lie over the lower screen on a phone.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", send);
        WebElement receipt = browser.waitFor(By.id("receipt-code"));
        String code = receipt.getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(jdbc.queryForObject("select receipt_code from ballot where vote_id = ?", String.class, pb.vote().getId()))
                .isEqualTo(code);
        assertThat(jdbc.queryForObject("select choices from ballot where vote_id = ?", String.class, pb.vote().getId()))
                .isEqualTo(pb.option(0) + "," + pb.option(2));
        // The page fits the phone: no horizontal scrolling.
        assertThat(browser.fitsTheWidth()).isTrue();

        // After close the same phone shows the results as cards and confirms the receipt was counted.
        fx.closeNow(pb.vote().getId());
        browser.go("/votes/results/" + pb.vote().getId());
        var cards = browser.waitFor(By.id("results-cards"));
        browser.waiting().until(d -> cards.isDisplayed());
        assertThat(browser.driver().findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(cards.findElements(By.cssSelector(".phone-card"))).hasSize(pb.options().size());
        assertThat(cards.getText()).contains(pb.options().get(0).getLabel(), "Oy: 1 · %100");
        assertThat(browser.waitFor(By.id("receipt-list")).getText()).contains(code);
        WebElement input = browser.waitFor(By.cssSelector("#receipt-input input"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()",
                browser.driver().findElement(By.id("receipt-check")));
        browser.waitForText(By.id("receipt-answer"), "Önce makbuz kodunuzu yazın");
        // as a voter copies it from a note: lower case, no dashes
        input.sendKeys(code.toLowerCase().replace("-", ""), Keys.TAB);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()",
                browser.driver().findElement(By.id("receipt-check")));
        browser.waitForText(By.id("receipt-answer"), "Bu makbuz kodlu oy sayıldı.");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ZZZZ-ZZZZ-ZZZZ", Keys.TAB);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()",
                browser.driver().findElement(By.id("receipt-check")));
        browser.waitForText(By.id("receipt-answer"), "Bu makbuz kodu sayılan oylar arasında yok.");
        assertThat(browser.fitsTheWidth()).isTrue();
    }
}
