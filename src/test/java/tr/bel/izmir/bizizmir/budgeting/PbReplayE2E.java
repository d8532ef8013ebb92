package tr.bel.izmir.bizizmir.budgeting;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget office uploads a real pabulib file and compares the two rules side by side; the
 * replay runs in the background with a progress bar that survives a reload (DD027).
 */
@IntegrationTest
class PbReplayE2E {

    @LocalServerPort
    int port;

    private Browser browser;

    private List<String> funded(String rule) {
        return browser.driver().findElements(By.cssSelector("#pb-replay-grid span.pb-funded[data-rule='" + rule + "']"))
                .stream().map(e -> e.getAttribute("data-project")).sorted().toList();
    }

    private void upload(Path file) {
        WebElement upload = browser.waitFor(By.id("pb-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void the_budget_office_replays_zabrze_under_both_rules() throws Exception {
        browser = Browser.desktop("http://localhost:" + port).loginLocal("butce", "demo");
        browser.go("/budget/replay");
        upload(Path.of("src/test/resources/pabulib/poland_zabrze_2021_konczyce.pb"));

        browser.waitForText(By.id("pb-replay-summary"), "District PB in Zabrze, Kończyce");
        String summary = browser.waitFor(By.id("pb-replay-summary")).getText();
        // No currency in the file's META: plain numbers, Turkish grouping.
        assertThat(summary).contains("155.000").contains("289").contains("Onay oyu");
        browser.waitFor(By.id("pb-replay-grid"));
        browser.waiting().until(d -> !funded("greedy").isEmpty() && !funded("equal-shares").isEmpty());
        assertThat(funded("greedy")).containsExactly("P0006");
        assertThat(funded("equal-shares")).containsExactly("P0013", "P0061");

        // A city file as the pabulib collection ships it, gzipped: the upload takes it too.
        upload(Path.of("src/test/resources/pabulib/large/poland_wieliczka_2023.pb.gz"));
        browser.waitForText(By.id("pb-replay-summary"), "Wieliczka");
    }

    @Test
    void a_malformed_file_shows_the_line_and_what_is_wrong() throws Exception {
        Path broken = Files.createTempFile("bozuk", ".pb");
        Files.writeString(broken, Files.readString(Path.of("src/test/resources/pabulib/poland_zabrze_2021_konczyce.pb"),
                StandardCharsets.UTF_8).replace("\n41;P0006\n", "\n41;P0099\n").replace("\n6341;P0006\n", "\n6341;P0098\n"),
                StandardCharsets.UTF_8);

        browser = Browser.desktop("http://localhost:" + port).loginLocal("butce", "demo");
        browser.go("/budget/replay");
        upload(broken);

        browser.waitForText(By.id("pb-replay-error"), "Satır 33");
        assertThat(browser.waitFor(By.id("pb-replay-error")).getText()).contains("P0099");
        // The other broken ballot is listed too, so both can be fixed in one go.
        assertThat(browser.waitFor(By.id("pb-replay-problems")).getText())
                .contains("Dosyada okunamayan 1 satır daha")
                .contains("Satır 177: 6341 numaralı seçmen, PROJECTS bölümünde olmayan P0098 projesine oy vermiş.");
        // An invisible Vaadin component is not even sent to the browser: no table at all.
        assertThat(browser.driver().findElements(By.id("pb-replay-grid"))).noneMatch(WebElement::isDisplayed);
        assertThat(funded("greedy")).isEmpty();

        // Quirks of real files are read as the reference tools read them, with a warning
        // naming the line: META without its header, a voter listing a project twice.
        Path quirky = Files.createTempFile("tuhaf", ".pb");
        Files.writeString(quirky, Files.readString(Path.of("src/test/resources/pabulib/poland_zabrze_2021_konczyce.pb"),
                StandardCharsets.UTF_8).replace("META\nkey;value\n", "META\n").replace("\n41;P0006\n", "\n41;P0006,P0006\n"),
                StandardCharsets.UTF_8);
        upload(quirky);
        browser.waitForText(By.id("pb-replay-summary"), "District PB in Zabrze, Kończyce");
        String warnings = browser.waitFor(By.id("pb-replay-warnings")).getText();
        assertThat(warnings).contains("Satır 1: META bölümünde \"key;value\" başlığı yok")
                .contains("Satır 32: 41 numaralı seçmen P0006 projesini iki kez yazmış; bir kez sayıldı.");
        browser.waiting().until(d -> funded("greedy").contains("P0006"));
    }

    /** Files that cost: the page says why in Turkish, and the page stays usable for the next file. */
    @Test
    void a_file_over_the_replay_limits_shows_why_and_the_next_file_still_replays() throws Exception {
        Path exponent = Files.createTempFile("ustel", ".pb");
        Files.writeString(exponent, "META\nkey;value\nbudget;1e400000\nPROJECTS\nproject_id;cost\nA;10\n"
                + "VOTES\nvoter_id;vote\n1;A\n", StandardCharsets.UTF_8);
        Path slow = Files.createTempFile("yavas", ".pb");
        Files.writeString(slow, PbReplayLimitsIT.slowElection(), StandardCharsets.UTF_8);

        browser = Browser.desktop("http://localhost:" + port).loginLocal("butce", "demo");
        browser.go("/budget/replay");
        upload(exponent);
        browser.waitForText(By.id("pb-replay-error"), "Satır 3: \"budget\" sütunundaki \"1e400000\" üslü gösterimle yazılmış");

        upload(slow);
        // It runs in the background: a progress bar, and the address names the job, so a
        // reload follows the same replay until its time limit stops it.
        browser.waitForText(By.id("pb-replay-progress-text"), "Eşit Paylar Yöntemi hesaplanıyor");
        browser.waiting().until(d -> d.getCurrentUrl().contains("job="));
        String job = browser.driver().getCurrentUrl();
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("pb-replay-progress-text"), "Eşit Paylar Yöntemi hesaplanıyor");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(job);
        browser.waitForText(By.id("pb-replay-error"), "süre sınırını aştığı için durduruldu");
        assertThat(browser.driver().findElements(By.id("pb-replay-grid"))).noneMatch(WebElement::isDisplayed);

        // A replay can be stopped from the page.
        upload(slow);
        browser.waitForText(By.id("pb-replay-progress-text"), "Eşit Paylar Yöntemi hesaplanıyor");
        browser.click(By.id("pb-replay-cancel"));
        browser.waitForText(By.id("pb-replay-error"), "Yeniden hesaplama iptal edildi.");

        // Kraków has the city's own outcome: greedy is the same, Equal Shares differs.
        upload(Path.of("src/test/resources/pabulib/poland_krakow_2021_grzegorzki.pb"));
        browser.waitForText(By.id("pb-replay-summary"), "District PB in Kraków, GRZEGÓRZKI");
        browser.waitForText(By.id("pb-replay-compare"), "Oya göre (greedy): dosyadaki sonuçla aynı projeler.");
        assertThat(browser.waitFor(By.id("pb-replay-compare")).getText())
                .contains("Eşit Paylar: dosyadaki sonuçtan farklı. Yalnızca bu kurala göre: 10, 21, 17, 24, 18, 6, 30, 8."
                        + " Yalnızca dosyada: 13.");
        // Ranked ballots with points: the points column shows their sums.
        assertThat(browser.waitFor(By.id("pb-replay-grid")).getText()).contains("Puan");
    }
}
