package tr.bel.izmir.bizizmir.shell;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
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
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteFixtures;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard only (WCAG 2.1.1): a resident signs in, proposes something with a point typed beside
 * the map (a point outside İzmir is refused in words and nothing typed is lost), and casts a
 * knapsack ballot, with Tab, arrows, Space and Enter; the test never clicks. Where the
 * focus is, it reads from {@code document.activeElement}.
 */
@IntegrationTest
class KeyboardOnlyE2E {

    /** More Tab presses than any page here has stops; a page that needs more has a focus trap. */
    static final int MAX_TABS = 80;

    @LocalServerPort int port;
    @Autowired VoteFixtures fx;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired ResidentRegistry residents;
    @Autowired PublicVotes votes;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    private Browser browser;

    private WebDriver driver() {
        return browser.driver();
    }

    private void keys(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
    }

    /** Ctrl+A in the focused field. */
    private void selectAll() {
        new Actions(driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    }

    private boolean focusIsIn(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript(
                "return !!(document.activeElement && document.activeElement.closest(arguments[0]));", css));
    }

    /** Presses Tab until the focus is in what {@code css} finds, as a person tabs through a page. */
    private void tabTo(String css) {
        browser.waitFor(By.cssSelector(css));
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusIsIn(css)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css + " in " + MAX_TABS + " presses");
    }

    private void signIn(String username) {
        browser.go("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        tabTo("vaadin-login-form input[name='username']");
        keys(username, Keys.TAB, "demo", Keys.ENTER);
        browser.waiting().until(d -> !d.findElements(By.id("current-user")).isEmpty());
    }

    @Test
    void a_resident_proposes_and_casts_a_knapsack_ballot_with_the_keyboard_alone() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, true, -1, 5);
        String resident = "klavye-" + UUID.randomUUID().toString().substring(0, 8);
        ((UserDetailsManager) users).createUser(User.withUsername(resident).password("{noop}demo")
                .roles("citizen", "resident").build());
        TestResidents.verified(residents, neighbourhoods, resident, pb.neighbourhoodId(), 1990);

        // 1. A proposal, by sakin, whose Sığacık cycle takes proposals (demo data).
        browser = Browser.desktop("http://localhost:" + port);
        signIn("sakin");
        browser.go("/proposals/new");
        String title = "Klavyeyle öneri " + UUID.randomUUID().toString().substring(0, 6);
        tabTo("#proposal-title");
        keys(title);
        tabTo("#proposal-category");
        keys("Parklar");
        browser.waitFor(By.tagName("vaadin-combo-box-item"));
        keys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waiting().until(d -> !String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('proposal-category').selectedItem")).equals("null"));
        tabTo("#proposal-location");
        keys("Sığacık kalesi önü");
        tabTo("#proposal-description");
        keys("Kale önündeki meydana gölgelik ve oturma bankları, yaşlılar ve çocuklar için.");
        // The point: typed, since the map is for the mouse; first one in the Aegean off Lesbos.
        tabTo("#proposal-latitude");
        keys("39.2");
        tabTo("#proposal-longitude");
        keys("26.0");
        tabTo("#submit-proposal");
        keys(Keys.ENTER);
        browser.waitForNotification("İzmir il sınırlarının dışında");
        assertThat(driver().findElement(By.cssSelector("#proposal-title input")).getDomProperty("value")).isEqualTo(title);
        // On round the page to the latitude, and the point of Sığacık castle instead.
        tabTo("#proposal-latitude");
        selectAll();
        keys("38.1965", Keys.TAB);
        assertThat(focusIsIn("#proposal-longitude")).isTrue();
        selectAll();
        keys("26.7858");
        tabTo("#submit-proposal");
        keys(Keys.ENTER);
        try {
            browser.waiting().until(d -> d.getCurrentUrl().matches(".*/proposals/\\d+$"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not sent; notices: " + driver().findElements(By.tagName("vaadin-notification-card")).stream()
                    .map(c -> c.getText()).toList() + ", latitude '" + driver().findElement(By.cssSelector("#proposal-latitude input"))
                    .getDomProperty("value") + "', longitude '" + driver().findElement(By.cssSelector("#proposal-longitude input"))
                    .getDomProperty("value") + "'", e);
        }
        Map<String, Object> saved = jdbc.queryForMap("select latitude, longitude, category from proposal where title = ?", title);
        assertThat((BigDecimal) saved.get("latitude")).isEqualByComparingTo("38.1965");
        assertThat((BigDecimal) saved.get("longitude")).isEqualByComparingTo("26.7858");
        assertThat(saved.get("category")).isEqualTo("PARKS");
        browser.close();

        // 2. A knapsack ballot: Space ticks a project, Enter casts.
        browser = Browser.desktop("http://localhost:" + port);
        signIn(resident);
        browser.go("/votes/ballot/" + pb.vote().getId());
        browser.waitForText(By.id("remaining"), "Kalan bütçe: ₺500.000,00");
        tabTo("#option-" + pb.option(0));
        keys(Keys.SPACE); // 200,000
        tabTo("#option-" + pb.option(2));
        keys(Keys.SPACE); // 100,000
        browser.waitForText(By.id("remaining"), "Kalan bütçe: ₺200.000,00");
        browser.waiting().until(d -> d.findElement(By.id("send-ballot")).getDomAttribute("disabled") == null);
        tabTo("#send-ballot");
        keys(Keys.ENTER);
        String code = browser.waitFor(By.id("receipt-code")).getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(jdbc.queryForObject("select choices from ballot where vote_id = ?", String.class, pb.vote().getId()))
                .isEqualTo(pb.option(0) + "," + pb.option(2));
    }
}
