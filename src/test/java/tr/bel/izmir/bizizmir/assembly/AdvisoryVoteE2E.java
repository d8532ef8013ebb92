package tr.bel.izmir.bizizmir.assembly;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An assembly member votes on an advisory item from a phone-sized window, with a comment, and sees the outcome. */
@IntegrationTest
class AdvisoryVoteE2E {

    @LocalServerPort int port;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AdvisoryItems advisory;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_member_reads_the_item_votes_with_a_comment_on_a_phone_and_sees_the_outcome() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Odemis", "Danisma " + tag);
        var assembly = SystemActor.call(() -> assemblies.establish(hood.getId(), "Danışma " + tag, false, LocalDate.now().minusDays(30)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", AssemblyMemberInfo.Role.MEMBER, LocalDate.now().minusDays(30)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, LocalDate.now().minusDays(30)));
        String title = "Ödemiş pazar yeri otoparkı " + tag;
        long id = RunAs.user("memur", () -> advisory.table(assembly.getId(), title,
                "Pazar yerinin arkasındaki boş alana 120 araçlık açık otopark yapılması.", "dept-works", 10),
                "officer", "dept-participation", "dept-works").getId();

        browser = Browser.phone("http://localhost:" + port).loginLocal("uye", "demo");
        browser.go("/assembly/votes");
        WebElement card = browser.waitFor(By.id("advisory-send-" + id)).findElement(By.xpath(".."));
        assertThat(card.getAttribute("textContent")).contains(title, "120 araçlık açık otopark");

        browser.click(browser.driver().findElement(
                By.xpath("//*[@id='advisory-choice-" + id + "']//vaadin-radio-button[contains(., 'Tavsiye etmiyorum')]")));
        browser.click(browser.driver().findElement(By.id("advisory-send-" + id)));
        browser.waiting().until(d -> d.getPageSource().contains("gerekçenizi yazın"));
        assertThat(advisory.count(id).votesCast()).as("no vote without the required comment").isZero();

        browser.driver().findElement(By.cssSelector("#advisory-comment-" + id + " textarea"))
                .sendKeys("Otopark yeşil alanı yok eder; önce toplu taşıma güçlendirilmeli.");
        browser.click(browser.driver().findElement(By.id("advisory-send-" + id)));
        // The card goes once the vote is saved (its title may be scrolled out of view, so not by getText()).
        browser.waiting().until(d -> d.findElements(By.id("advisory-send-" + id)).isEmpty());
        browser.waitFor(By.id("advisory-my-vote-" + id));
        assertThat(advisory.count(id).notRecommendVotes()).isEqualTo(1);

        // The chair votes too; with every member's vote in, the assembly's advice is decided.
        RunAs.user("baskan", () -> advisory.vote(id, AdvisoryVoteInfo.Choice.NOT_RECOMMEND, "Katılıyorum."),
                "assembly-member", "assembly-chair");
        browser.go("/assembly/votes");
        browser.waitForText(By.id("advisory-my-vote-" + id), "Meclis tavsiye etmedi");

        browser.click(browser.driver().findElement(By.cssSelector("#advisory-my-vote-" + id + " a")));
        browser.waitForText(By.id("advisory-stage"), "Birimin yanıtı bekleniyor");
        assertThat(browser.driver().findElement(By.id("advisory-votes")).getText())
                .contains("2 / 2").contains("Otopark yeşil alanı yok eder");
    }
}
