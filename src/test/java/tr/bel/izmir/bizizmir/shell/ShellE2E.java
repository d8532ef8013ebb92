package tr.bel.izmir.bizizmir.shell;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell in a real browser: Turkish first, navigation by role, phone-sized layout. */
@IntegrationTest
class ShellE2E {

    @LocalServerPort
    int port;

    private Browser browser;

    List<String> navigation() {
        WebElement nav = browser.waitFor(By.id("main-nav"));
        browser.waiting().until(d -> !nav.findElements(By.tagName("vaadin-side-nav-item")).isEmpty());
        return nav.findElements(By.tagName("vaadin-side-nav-item")).stream().map(WebElement::getText).toList();
    }

    @Test
    void a_citizen_sees_the_public_portal_in_turkish_and_can_switch_to_english() throws Exception {
        browser = Browser.desktop("http://localhost:" + port);
        browser.go("/");
        browser.waitForText(By.tagName("h1"), "Bizİzmir'e hoş geldiniz");
        assertThat(navigation()).contains("Ana sayfa", "Mahalle Meclisleri", "Katılımcı Bütçe")
                .doesNotContain("Personel ana sayfası", "Mahalleler");
        assertThat(browser.waitFor(By.id("open-cycles")).getText()).contains("Sığacık", "₺1.500.000,00");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("every part of the programme is live")
                .doesNotContain("Yakında");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/home-tr.png"), browser.screenshot());
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-dev-tools, copilot-main")))
                .as("no development pop-up or Copilot for people trying the product").isEmpty();

        browser.waitFor(By.id("switch-language")).click();
        browser.waitForText(By.tagName("h1"), "Welcome to Bizİzmir");
        assertThat(navigation()).contains("Home", "Neighbourhood assemblies");
        // Nothing of the product's own text stays Turkish in English (issue 14): menu, header, the parts.
        String english = String.join(" ", navigation()) + " " + browser.driver().findElement(By.tagName("h1")).getText() + " "
                + browser.driver().findElement(By.cssSelector(".home-view section")).getText();
        assertThat(tr.bel.izmir.bizizmir.support.LanguageCheck.turkishWordsIn(english)).as(english).isEmpty();
        browser.go("/assemblies");
        browser.waitForText(By.tagName("h1"), "Neighbourhood assemblies");
    }

    @Test
    void an_officer_sees_the_staff_home_but_not_the_admin_pages() {
        browser = Browser.desktop("http://localhost:" + port).loginLocal("memur", "demo");
        // Staff land on their work, not on the public home page (issue 13, item 5).
        browser.waitFor(By.id("task-summary"));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/staff"));
        browser.waitForText(By.id("current-user"), "Hakan Memur");
        assertThat(navigation()).contains("Personel ana sayfası").doesNotContain("Mahalleler");
        // Groups by name, not by id (issue 14).
        assertThat(browser.waitFor(By.id("candidate-groups")).getText())
                .contains("Park ve Bahçeler Dairesi", "Fen İşleri Dairesi", "Belediye memurları").doesNotContain("dept-parks");
        // The home page stays theirs to open.
        browser.go("/");
        browser.waitForText(By.tagName("h1"), "Bizİzmir'e hoş geldiniz");
        assertThat(browser.driver().findElements(By.id("my-neighbourhood"))).as("staff are not asked to verify a residency").isEmpty();

        browser.go("/admin/neighbourhoods");
        browser.waitFor(By.id("error-page"));
        assertThat(browser.driver().findElements(By.id("neighbourhood-grid"))).as("admin page refused").isEmpty();
        assertThat(browser.driver().findElements(By.id("switch-language"))).as("the error page keeps the shell: menu, "
                + "language, sign-out").isNotEmpty();
        assertThat(navigation()).contains("Personel ana sayfası");

    }

    @Test
    void a_citizen_cannot_open_the_staff_home() {
        browser = Browser.desktop("http://localhost:" + port).loginLocal("vatandas", "demo");
        browser.waitForText(By.id("current-user"), "Can Vatandaş");
        // A citizen lands on the home page, which asks an unverified one to verify their residency first.
        assertThat(browser.waitFor(By.id("my-neighbourhood")).getText()).contains("Sakinliğimi doğrula");
        assertThat(navigation()).doesNotContain("Personel ana sayfası");
        browser.go("/staff");
        assertThat(browser.waitFor(By.id("error-page")).getText()).contains("yetkiniz");
        assertThat(browser.driver().findElements(By.id("task-summary"))).isEmpty();
    }

    @Test
    void a_wrong_password_shows_a_turkish_error_and_keeps_the_visitor_on_the_login() {
        browser = Browser.desktop("http://localhost:" + port);
        browser.go("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("memur");
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("yanlis");
        browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        browser.waitForText(By.tagName("vaadin-login-form"), "Kullanıcı adı veya parola hatalı");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void on_a_phone_the_menu_is_behind_a_toggle_and_signing_out_works() throws Exception {
        browser = Browser.phone("http://localhost:" + port).loginLocal("baskan", "demo");
        WebElement toggle = browser.waitFor(By.tagName("vaadin-drawer-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        toggle.click();
        assertThat(navigation()).contains("Personel ana sayfası");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/phone-menu.png"), browser.screenshot());
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        browser.waiting().until(d -> d.findElement(By.tagName("vaadin-app-layout")).getAttribute("drawer-opened") == null);
        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.id("login-link"));
    }

    /** Issue 18: statistics and open data are reached from the home page and read on a phone. */
    @Test
    void on_a_phone_a_visitor_goes_from_the_home_page_to_the_statistics_and_the_open_data() throws Exception {
        browser = Browser.phone("http://localhost:" + port);
        browser.go("/");
        browser.click(By.id("home-statistics-link"));
        // The layout keeps the home page's scroll position, which WebDriver counts as hidden: read the text.
        textAppears(By.tagName("h1"), "İstatistikler");
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        // The chart for phones is the one shown, with its table beside it; nothing widens the page.
        WebElement participation = browser.visible(By.id("stat-participation"));
        assertThat(participation.findElement(By.cssSelector(".narrow-only svg")).isDisplayed()).isTrue();
        assertThat(participation.findElement(By.cssSelector(".wide-only")).isDisplayed()).isFalse();
        assertThat(participation.findElement(By.cssSelector("svg title")).getAttribute("textContent")).isNotBlank();
        assertThat(browser.driver().findElement(By.id("stat-participation-table")).getAttribute("textContent")).contains("Konak");
        assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling of the page").isTrue();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/statistics-phone-tr.png"), browser.screenshot());

        // A district narrows the table to its neighbourhoods; a bad one is refused in words.
        browser.go("/statistics?district=konak");
        textAppears(By.id("stat-participation-table"), "Göztepe");
        browser.go("/statistics?district=atlantis&from=2026-02-30");
        browser.waitForText(By.id("statistics-filter-error"), "okunamadı (2026-02-30)");

        browser.go("/open-data");
        browser.waitForText(By.tagName("h1"), "Açık veri");
        WebElement proposals = browser.visible(By.id("dataset-proposals"));
        assertThat(proposals.findElement(By.id("download-proposals-csv")).getAttribute("href"))
                .endsWith("/api/v1/public/datasets/proposals.csv");
        assertThat(browser.driver().findElement(By.id("open-data-licence")).getText()).contains("CC BY 4.0");

        // In English, the statistics' own words (captions, headers, the note) are English.
        browser.waitFor(By.id("switch-language")).click();
        textAppears(By.tagName("h1"), "Open data");
        browser.go("/statistics");
        textAppears(By.tagName("h1"), "Statistics");
        String words = String.join(" ", browser.driver().findElements(By.cssSelector(
                "#statistics-content .stat-caption, #statistics-content thead, #statistics-content caption, #statistics-suppression-note"))
                .stream().map(e -> e.getAttribute("textContent")).toList());
        assertThat(words).contains("Turnout per district");
        assertThat(tr.bel.izmir.bizizmir.support.LanguageCheck.turkishWordsIn(words)).as(words).isEmpty();
    }

    /**
     * Waits for {@code text} in the element's text, shown or scrolled away (the layout keeps a
     * page's scroll position), finding the element again while the server re-renders it.
     */
    private void textAppears(By by, String text) {
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getAttribute("textContent").contains(text));
    }
}
