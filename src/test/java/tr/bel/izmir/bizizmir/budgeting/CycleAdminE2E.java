package tr.bel.izmir.bizizmir.budgeting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme coordinator creates a PB cycle in Turkish: an envelope of 0 is refused at the
 * field and nothing is stored; corrected, the cycle is created as a draft. On a phone she finds
 * it among the cards and opens it for proposals; the threshold is then read-only.
 */
@tr.bel.izmir.bizizmir.support.IntegrationTest
class CycleAdminE2E {

    @LocalServerPort int port;
    @Autowired PbCycles cycles;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    List<PbCycleInfo> cyclesOf(long hood) {
        return RunAs.user("admin", () -> cycles.search(null, null), "admin").stream()
                .filter(c -> c.getNeighbourhoodId() == hood).toList();
    }

    @Test
    void a_coordinator_fixes_a_zero_envelope_creates_the_cycle_and_opens_it_for_proposals_from_a_phone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz", "Ekran " + tag).getId();
        LocalDate today = LocalDate.now(IzmirTime.ZONE);
        String title = "Ekran " + tag + " Katılımcı Bütçe";

        browser = Browser.desktop("http://localhost:" + port).loginLocal("koordinator", "demo");
        browser.go("/staff/cycles");
        browser.click(By.id("cycle-new"));
        browser.choose(By.cssSelector("#cycle-district input"), "Kiraz", "Kiraz");
        browser.choose(By.cssSelector("#cycle-neighbourhood input"), "Ekran " + tag, "Ekran " + tag);
        browser.type(By.cssSelector("#cycle-title input"), title);
        browser.type(By.cssSelector("#cycle-envelope input"), "0");
        browser.setDate(By.id("cycle-submission-opens"), today.plusDays(3));
        browser.setDate(By.id("cycle-submission-closes"), today.plusDays(30));
        browser.setDate(By.id("cycle-voting-opens"), today.plusDays(45));
        browser.setDate(By.id("cycle-voting-closes"), today.plusDays(52));
        browser.click(By.id("cycle-save"));
        browser.waiting().until(d -> "Bütçe sıfırdan büyük ve 1.000.000.000 TL'den küçük olmalıdır."
                .equals(d.findElement(By.id("cycle-envelope")).getAttribute("errorMessage")));
        assertThat(browser.driver().findElement(By.id("cycle-envelope")).getAttribute("invalid")).isEqualTo("true");
        assertThat(cyclesOf(hood)).as("nothing stored").isEmpty();
        browser.type(By.cssSelector("#cycle-envelope input"), "250000");
        browser.click(By.id("cycle-save"));
        browser.waiting().until(d -> !cyclesOf(hood).isEmpty());
        var created = cyclesOf(hood).get(0);
        assertThat(created.getTitle()).isEqualTo(title);
        assertThat(created.getEnvelope()).isEqualTo(Money.ofLira(250_000));
        assertThat(created.getPhase()).isEqualTo(CyclePhase.DRAFT);
        assertThat(created.getVotingOpens()).isEqualTo(today.plusDays(45));
        browser.close();

        browser = Browser.phone("http://localhost:" + port).loginLocal("koordinator", "demo");
        browser.go("/staff/cycles");
        browser.click(By.id("cycle-card-edit-" + created.getId()));
        browser.waitForText(By.id("cycle-advance"), "Sonraki aşama: Öneri toplama");
        browser.click(By.id("cycle-advance"));
        browser.waiting().until(d -> cycles.require(created.getId()).getPhase() == CyclePhase.SUBMISSION);
        browser.waitForText(By.id("cycle-form-phase"), "Öneri toplama");
        // Proposals are now collected under the threshold: the form shows it read-only, the title stays editable.
        assertThat(browser.visible(By.id("cycle-support-threshold")).getAttribute("readonly")).isNotNull();
        assertThat(browser.driver().findElement(By.id("cycle-title")).getAttribute("readonly")).isNull();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/cycle-admin-phone.png"), browser.screenshot());

        // Which department gets which work is read from the deployed models, by name, on the phone too.
        browser.go("/staff/departments");
        assertThat(browser.visible(By.id("routing-group-dept-participation")).getText()).contains("Katılım Masası", "Öneri Başvurusu");
        assertThat(browser.visible(By.id("routing-categories")).getText()).contains("Park ve Bahçeler Dairesi");
        assertThat(browser.driver().findElements(By.id("routing-edit"))).as("the editor link is for process owners").isEmpty();
    }
}
