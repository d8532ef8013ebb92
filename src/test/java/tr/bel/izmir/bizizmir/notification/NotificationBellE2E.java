package tr.bel.izmir.bizizmir.notification;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-app channel in a real browser on a phone-sized window: an officer screens a
 * resident's proposal, the bell in the resident's header counts one more unread notification,
 * and opening it lands on the proposal's page.
 */
@IntegrationTest
class NotificationBellE2E {

    @LocalServerPort int port;
    @Autowired ProposalSubmissions submissions;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired MyNotifications myNotifications;

    private Browser browser;

    int bellCount() {
        return Integer.parseInt(browser.waitFor(By.id("notification-bell")).getAttribute("data-unread"));
    }

    @Test
    void a_resident_sees_the_bell_count_go_up_when_her_proposal_is_screened_and_opens_the_proposal_from_it() throws Exception {
        // uye is a verified resident of Sığacık (demo data) with an open cycle there.
        String resident = "uye";
        String[] roles = {"citizen", "resident", "assembly-member"};
        String title = "Liman yoluna bank " + UUID.randomUUID().toString().substring(0, 6);
        long sigacik = neighbourhoods.requireByCode("seferihisar-sigacik").getId();
        long cycleId = cycles.openCycleOf(sigacik).orElseThrow().getId();
        var draft = new ProposalDraft(title, "Liman yolunun gölgeli kısmına üç bank ve bir çöp kutusu.", ProposalCategory.PARKS,
                "Liman yolu", new BigDecimal("38.196000"), new BigDecimal("26.838000"), Money.ofLira(40_000));
        long id = RunAs.user(resident, () -> submissions.submit(cycleId, draft, List.of(), UUID.randomUUID().toString()), roles)
                .proposalId();

        browser = Browser.phone("http://localhost:" + port).loginLocal(resident, "demo");
        browser.go("/");
        int before = bellCount();
        assertThat(before).isEqualTo(RunAs.user(resident, () -> myNotifications.unreadCount(), roles).intValue());

        // The officer accepts it in screening.
        String task = taskService.createTaskQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey(ProposalSubmissionProcess.TASK_SCREEN_PROPOSAL)
                .singleResult().getId();
        RunAs.user("memur", () -> inbox.complete(task, Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION,
                ProposalSubmissionProcess.DECISION_ACCEPT)), "officer", "dept-participation", "dept-parks");
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));

        // Dispatch runs after the commit on its own thread: the next page the resident opens shows it.
        browser.waiting().until(d -> {
            browser.go("/");
            return bellCount() == before + 1;
        });
        assertThat(browser.waitFor(By.id("notification-count")).getText()).isEqualTo(Integer.toString(before + 1));
        browser.waitFor(By.id("notification-bell")).click();
        browser.waitForText(By.tagName("h1"), "Bildirimler");
        WebElement card = browser.waiting().until(d -> d.findElements(By.cssSelector(".notification-card.unread")).stream()
                .filter(c -> c.getText().contains(title)).findFirst().orElse(null));
        assertThat(card.getText()).contains("“" + title + "” öneriniz ön incelemeden geçti ve destek toplamaya açıldı.");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/notifications-phone.png"), browser.screenshot());

        card.findElement(By.cssSelector("vaadin-button.open-notification")).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/proposals/" + id));
        browser.waitForText(By.tagName("h1"), title);
        browser.waitForText(By.id("proposal-status"), "Destek topluyor");
        assertThat(bellCount()).as("opened is read").isEqualTo(before);
    }
}
