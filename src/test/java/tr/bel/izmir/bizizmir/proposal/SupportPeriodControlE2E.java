package tr.bel.izmir.bizizmir.proposal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.TestCycles;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer extends a proposal's support period with a reason, and the public proposal list shows it. */
@IntegrationTest
class SupportPeriodControlE2E {

    @LocalServerPort int port;
    @Autowired ProposalSubmissions submissions;
    @Autowired SupportPeriodControls controls;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    private Browser browser;

    @Test
    void an_officer_extends_a_support_period_and_citizens_see_the_new_date_and_the_reason() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String hoodName = "Uzatma " + tag;
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz", hoodName).getId();
        var cycle = TestCycles.collectingProposals(cycles, hood, "Uzatma döngüsü " + tag);
        String author = TestResidents.verified(residents, neighbourhoods, "yazar-" + tag, hood, 1980);
        var result = RunAs.user(author, () -> submissions.submit(cycle.getId(), new ProposalDraft("Sokak lambası " + tag,
                "Sokağa iki lamba konsun.", ProposalCategory.PARKS, "Çınar Sokak", null, null, Money.ofLira(40_000)),
                UUID.randomUUID().toString()), "citizen", "resident");
        long id = result.proposalId();
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult().getId();
        RunAs.user("memur", () -> inbox.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")), "officer", "dept-participation", "dept-parks");
        management.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        var before = controls.deadline(id).orElseThrow();
        String reason = "Bayram tatili nedeniyle destek süresi uzatıldı " + tag + ".";

        browser = Browser.desktop("http://localhost:" + port).loginLocal("memur", "demo");
        browser.go("/proposals/support-periods");
        browser.click(browser.waitFor(By.id("support-extend-" + id)));
        browser.waitFor(By.cssSelector("#support-reason textarea")).sendKeys(reason, Keys.TAB);
        browser.click(browser.driver().findElement(By.id("support-confirm")));
        browser.waitForText(By.id("support-period-" + id), reason);
        var after = controls.deadline(id).orElseThrow();
        assertThat(after).as("the dialog proposes a week more by default").isEqualTo(before.plus(java.time.Duration.ofDays(7)));
        browser.close();

        browser = Browser.desktop("http://localhost:" + port);
        browser.go("/proposals");
        WebElement hoodInput = browser.waitFor(By.cssSelector("#proposal-neighbourhood input"));
        hoodInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), tag);
        browser.waitFor(By.cssSelector("vaadin-combo-box-item"));
        hoodInput.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForText(By.id("proposal-grid"), reason);
        assertThat(browser.driver().findElement(By.id("proposal-grid")).getText()).contains("Destek süresi")
                .doesNotContain("memur");

        // and on the proposal's own page, in its support section
        browser.go("/proposals/" + id);
        browser.waitForText(By.cssSelector(".support-control-note"), reason);
        assertThat(browser.driver().getPageSource()).doesNotContain("Hakan Memur");
    }
}
