package tr.bel.izmir.bizizmir.maps;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Living Parks map and a cycle's proposal map in Chromium (DD030): Leaflet draws a marker for
 * every park with a point, the list beside it names every park with its events, and nothing is
 * refused by the Content-Security-Policy, which allows images from the configured tile server
 * (here a port where nothing listens: no tiles, markers all the same).
 */
@IntegrationTest
class MapPagesE2E {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    /** The map once Leaflet has drawn it; if it never does, the browser console says why. */
    private WebElement ready(String map) {
        try {
            return browser.waitFor(By.cssSelector(map + "[data-ready='true']"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(map + " was not drawn; browser console: " + browser.consoleMessages(), e);
        }
    }

    @Test
    void the_parks_map_shows_a_marker_and_a_list_entry_for_every_park_without_a_csp_violation() {
        List<String> parks = jdbc.queryForList("select name from living_park where active order by name", String.class);
        assertThat(parks).isNotEmpty();

        browser = Browser.desktop("http://localhost:" + port);
        browser.go("/parks/map");
        WebElement map = ready("#park-map");
        assertThat(map.getDomAttribute("data-markers")).isEqualTo(String.valueOf(parks.size()));
        assertThat(map.findElements(By.cssSelector(".leaflet-marker-icon.biz-marker"))).hasSize(parks.size());
        // A marker's popup names the park and links to its page.
        browser.click(map.findElements(By.cssSelector(".leaflet-marker-icon.biz-marker")).get(0));
        WebElement popup = browser.waitFor(By.cssSelector("#park-map .biz-map-popup a"));
        assertThat(popup.getDomAttribute("href")).matches("parks/\\d+");
        // The list holds the same parks, each a link, for keyboard and screen-reader users.
        List<String> listed = browser.driver().findElements(By.cssSelector("#park-map-list > li > a")).stream()
                .map(WebElement::getText).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(parks);
        assertThat(browser.driver().findElement(By.id("park-map-list-heading")).getText()).isEqualTo("Parklar ve etkinlikleri");

        // The proposals of the demo's open cycle: markers (or clusters of them) and the list.
        String cycle = String.valueOf(jdbc.queryForObject(
                "select p.cycle_id from proposal p where p.latitude is not null and p.status in ('COLLECTING_SUPPORT', 'FEASIBLE') "
                        + "order by p.id limit 1", Long.class));
        browser.go("/proposals/map?cycle=" + cycle);
        WebElement proposals = ready("#proposal-map");
        int withPoints = jdbc.queryForObject("select count(*) from proposal where cycle_id = ? and latitude is not null and status in "
                + "('COLLECTING_SUPPORT','QUALIFIED','IN_FEASIBILITY','FEASIBLE','NOT_FEASIBLE','NOT_ENOUGH_SUPPORT','REJECTED')",
                Integer.class, Long.valueOf(cycle));
        assertThat(proposals.getDomAttribute("data-markers")).isEqualTo(String.valueOf(withPoints));
        assertThat(proposals.findElements(By.cssSelector(".leaflet-marker-icon"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#proposal-map-list > li"))).hasSizeGreaterThanOrEqualTo(withPoints);

        // An unknown cycle is said so, in words.
        browser.go("/proposals/map?cycle=999999");
        browser.waitForText(By.id("map-error"), "Böyle bir bütçe döngüsü yok: 999999");

        List<String> refused = new ArrayList<>(browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList());
        assertThat(refused).as("CSP violations").isEmpty();
    }

    @Test
    void a_point_picked_on_the_proposal_forms_map_fills_the_coordinate_fields() {
        browser = Browser.desktop("http://localhost:" + port).loginLocal("sakin", "demo");
        browser.go("/proposals/new");
        WebElement map = ready("#proposal-point-map");
        assertThat(map.findElements(By.cssSelector(".biz-marker-chosen"))).as("no point yet").isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
        // The map opens on Konak: a click in its middle is a point in İzmir.
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(map).click().perform();
        browser.waiting().until(d -> !d.findElement(By.cssSelector("#proposal-latitude input")).getDomProperty("value").isEmpty());
        var latitude = new java.math.BigDecimal(browser.driver().findElement(By.cssSelector("#proposal-latitude input")).getDomProperty("value"));
        var longitude = new java.math.BigDecimal(browser.driver().findElement(By.cssSelector("#proposal-longitude input")).getDomProperty("value"));
        assertThat(tr.bel.izmir.bizizmir.shared.IzmirArea.contains(latitude, longitude)).as(latitude + ", " + longitude).isTrue();
        assertThat(latitude.doubleValue()).isCloseTo(38.4189, org.assertj.core.data.Offset.offset(0.05));
        assertThat(map.findElements(By.cssSelector(".biz-marker-chosen"))).hasSize(1);
    }
}
