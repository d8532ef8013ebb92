package tr.bel.izmir.bizizmir.budgeting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The published results of the demo cycle (Bostanlı) on a phone, and an officer writing a
 * project update in the browser: a progress of 150 % is refused and nothing is saved.
 */
@IntegrationTest
class BudgetResultsE2E {

    @LocalServerPort
    int port;
    @Autowired
    BudgetAllocations allocations;
    @Autowired
    ImplementationProjects projects;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    CycleAllocationInfo demoResults() {
        return allocations.publishedResults().stream()
                .filter(a -> allocations.cycle(a.getCycleId()).getTitle().startsWith("Bostanlı"))
                .findFirst().orElseThrow();
    }

    @Test
    void anyone_reads_the_results_with_votes_costs_reasons_and_a_chart_on_a_phone() {
        var results = demoResults();
        var firstSelected = results.getSelected().get(0);
        browser = Browser.phone("http://localhost:" + port);
        browser.go("/budget/results/" + results.getCycleId());

        browser.waitForText(By.id("budget-results-summary"), "Oya göre sıralı");
        assertThat(browser.waitFor(By.id("budget-results-summary")).getText()).contains("Sayılan oy pusulası: 240");
        // On a phone: the chart with each name above its bar (readable at this width), not the wide one.
        WebElement chart = browser.waitFor(By.cssSelector("#budget-results-chart .narrow-only svg"));
        browser.waiting().until(d -> chart.isDisplayed());
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(browser.driver().findElement(By.cssSelector("#budget-results-chart .wide-only svg")).isDisplayed()).isFalse();
        assertThat(chart.findElements(By.tagName("rect")).size()).isGreaterThanOrEqualTo(results.getLines().size());
        assertThat(chart.getText()).contains("Kapalı basketbol sahası");
        assertThat(chart.getSize().getWidth()).as("fits the phone's width").isLessThanOrEqualTo(400);
        // The projects as cards one under another, each with its votes, cost, outcome and reason.
        var cards = browser.waitFor(By.id("budget-results-cards"));
        assertThat(cards.isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("budget-results-grid")).isDisplayed()).isFalse();
        browser.waiting().until(d -> d.getPageSource().contains(firstSelected.getTitle()));
        assertThat(cards.findElements(By.cssSelector(".phone-card"))).hasSize(results.getLines().size());
        assertThat(cards.getText()).contains("Seçildi (1.)", "Kapalı basketbol sahası",
                "Sırası geldiğinde kalan bütçe maliyetini karşılamıyordu.", "Oy: 121");
        assertThat(browser.driver().findElements(By.id("budget-results-export"))).as("export is for the budget office").isEmpty();

        // The lists of results and of projects are cards on a phone too, not tables cut off at the side.
        browser.go("/budget/results");
        var resultCards = browser.waitFor(By.id("budget-results-list-cards"));
        browser.waiting().until(d -> resultCards.isDisplayed());
        assertThat(browser.driver().findElement(By.id("budget-results-grid")).isDisplayed()).isFalse();
        assertThat(resultCards.getText()).contains(allocations.cycle(results.getCycleId()).getTitle(), "Bostanlı");
        browser.go("/projects");
        var projectCards = browser.waitFor(By.id("impl-projects-cards"));
        browser.waiting().until(d -> projectCards.isDisplayed());
        assertThat(browser.driver().findElement(By.id("impl-projects-grid")).isDisplayed()).isFalse();
        var funded = projects.ofCycle(results.getCycleId());
        assertThat(projectCards.findElements(By.cssSelector(".phone-card")).size()).isGreaterThanOrEqualTo(funded.size());
        assertThat(projectCards.getText()).contains(funded.get(0).getTitle());
        browser.go("/budgeting");
        var cycleCards = browser.waitFor(By.id("cycles-cards"));
        browser.waiting().until(d -> cycleCards.isDisplayed());
        assertThat(browser.driver().findElement(By.id("cycles-grid")).isDisplayed()).isFalse();
        assertThat(cycleCards.getText()).contains("Sığacık Katılımcı Bütçe", "Bütçe: ₺");

        // A page for something that does not exist (or is not an id) is the not-found page.
        for (String path : List.of("/projects/999999999", "/projects/abc",
                "/budget/results/999999999", "/assemblies/999999999", "/assembly/advisory/999999999",
                "/proposals/999999999")) {
            browser.go(path);
            browser.waitForText(By.id("error-page"), "bulunamadı");
        }
    }

    @Test
    void an_officer_updates_a_project_and_a_progress_over_100_is_refused() {
        long id = projects.ofCycle(demoResults().getCycleId()).stream()
                .filter(p -> p.getStatus() != ImplementationStatus.COMPLETED).findFirst().orElseThrow().getId();
        int updatesBefore = projects.updates(id).size();
        browser = Browser.desktop("http://localhost:" + port).loginLocal("memur", "demo");
        browser.go("/projects/" + id + "/update");

        WebElement progress = browser.waitFor(By.cssSelector("#impl-update-progress input"));
        progress.sendKeys(Keys.chord(Keys.CONTROL, "a"), "150", Keys.TAB);
        browser.waitFor(By.cssSelector("#impl-update-text textarea")).sendKeys("Kaba inşaat bitti, boya başladı.");
        browser.click(browser.waitFor(By.id("impl-update-save")));
        browser.waiting().until(d -> d.getPageSource().contains("0 ile 100 arasında"));
        assertThat(projects.updates(id)).hasSize(updatesBefore);

        progress = browser.waitFor(By.cssSelector("#impl-update-progress input"));
        progress.sendKeys(Keys.chord(Keys.CONTROL, "a"), "65", Keys.TAB);
        browser.click(browser.waitFor(By.id("impl-update-save")));
        browser.waitForText(By.id("impl-progress"), "%65");
        assertThat(browser.waitFor(By.id("impl-updates")).getText()).contains("Kaba inşaat bitti, boya başladı.");
        assertThat(projects.require(id).getProgress()).isEqualTo(65);
        assertThat(projects.updates(id)).hasSize(updatesBefore + 1);
    }
}
