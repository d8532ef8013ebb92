package tr.bel.izmir.bizizmir.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer screens a proposal seeing what she decides on: the task dialog shows the
 * proposal's description and photo beside the form, claiming keeps the form open, the case
 * page (on a phone) shows content, open task and holder, and after the decision its history
 * names her with her reason. A colleague without a part in the case gets the no-permission page.
 * The other case kinds share the page parts: a park manager reviews an event application with
 * the application beside the form and reads its case page, which an assembly member may not open.
 */
@IntegrationTest
class ProposalCasePageE2E {

    @LocalServerPort
    int port;
    @Autowired ProposalSubmissions submissions;
    @Autowired ResidentRegistry residents;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired tr.bel.izmir.bizizmir.parkevent.ParkEventApplications parkEvents;
    @Autowired tr.bel.izmir.bizizmir.parkevent.CivicGroups civicGroups;
    @Autowired tr.bel.izmir.bizizmir.parkevent.ParkManagement parkManagement;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    boolean imageLoaded(WebElement img) {
        Object width = ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", img);
        return width instanceof Number n && n.intValue() > 0;
    }

    @Test
    void an_officer_screens_a_proposal_with_its_description_and_photo_in_view_and_finishes_on_a_phone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Bornova", "Vaka " + tag).getId();
        var cycle = RunAs.user("admin", () -> cycles.open(new CycleSpec(hood, "Vaka döngüsü " + tag, Money.ofLira(400_000),
                CyclePhase.SUBMISSION, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), LocalDate.now().plusDays(40),
                LocalDate.now().plusDays(50), 2, 2, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)), "admin");
        String author = TestResidents.verified(residents, neighbourhoods, "vaka-" + tag, hood, 1985);
        String title = "Sahil yoluna bisiklet tamir istasyonu " + tag;
        String description = "Bostanlı iskelesi ile Karşıyaka çarşısı arasına pompa ve aletlerle bir tamir istasyonu.";
        byte[] photo = ProposalCaseIT.png();
        long id = RunAs.user(author, () -> submissions.submit(cycle.getId(), new ProposalDraft(title, description,
                ProposalCategory.ROADS, "Bostanlı iskelesi", null, null, Money.ofLira(45_000)),
                List.of(new PhotoUpload("istasyon.png", photo)), UUID.randomUUID().toString()), "citizen", "resident").proposalId();

        // Desktop: the inbox row opens the task with the proposal beside the form.
        browser = Browser.open("http://localhost:" + port, 1366, 1800).loginLocal("memur", "demo");
        browser.go("/inbox");
        browser.waiting().until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains(title)));
        WebElement row = browser.driver().findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains(title)).findFirst().orElseThrow();
        assertThat(row.findElement(By.className("case-link")).getAttribute("href")).as("the row links the case page")
                .endsWith("/staff/cases/proposals/" + id);
        browser.click(row.findElement(By.className("task-name")));
        WebElement caseColumn = browser.waitFor(By.id("task-case"));
        assertThat(caseColumn.getText()).contains(title, description, "Bostanlı iskelesi", "₺45.000,00", author, "0 / eşik 2");
        WebElement dialogPhoto = caseColumn.findElement(By.cssSelector(".case-photos img"));
        browser.waiting().until(d -> imageLoaded(dialogPhoto));
        WebElement form = browser.waitFor(By.id("form-field-screeningDecision"));
        assertThat(caseColumn.getLocation().getX()).as("the case beside the form on a wide screen")
                .isLessThan(form.getLocation().getX());

        browser.driver().findElement(By.id("claim-task")).click();
        browser.waitForText(By.id("claim-task"), "Bırak");
        assertThat(browser.driver().findElement(By.id("form-field-screeningDecision")).isDisplayed())
                .as("claiming keeps the dialog and its form open").isTrue();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/task-dialog-with-case.png"), browser.screenshot());

        // On a phone the same dialog puts the case above the form, nothing cut off at the side.
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.waiting().until(d -> caseColumn.getRect().getY() + caseColumn.getRect().getHeight() <= form.getRect().getY());
        assertThat(caseColumn.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(caseColumn.getText()).contains(description);

        // The dialog links the case page; the officer reads it there and decides.
        WebElement openCase = browser.driver().findElement(By.id("open-case-page"));
        browser.click(openCase);
        browser.waitForText(By.id("case-title"), title);
        assertThat(browser.waitFor(By.id("case-description")).getText()).isEqualTo(description);
        WebElement pagePhoto = browser.driver().findElement(By.cssSelector("#case-content .case-photos img"));
        browser.waiting().until(d -> imageLoaded(pagePhoto));
        assertThat(pagePhoto.getRect().getWidth()).as("the photo fits the phone").isLessThanOrEqualTo(390);
        WebElement tasks = browser.waitFor(By.id("case-tasks"));
        assertThat(tasks.getText()).contains("Öneriyi ön incele", "Üstlenen: Hakan Memur");
        assertThat(browser.driver().findElement(By.id("case-state")).getText()).contains("Ön incelemede");

        // A note for colleagues, on the case and nowhere public.
        String note = "Telefon numarası açıklamada; reddetmeden önce sakine yazdım.";
        WebElement noteText = browser.driver().findElement(By.cssSelector("#case-note-text textarea"));
        browser.scrollIntoView(noteText);
        noteText.sendKeys(note);
        browser.driver().findElement(By.id("case-note-add")).click();
        browser.waitForText(By.id("case-note-list"), note);
        assertThat(browser.driver().findElement(By.id("case-note-list")).getText()).contains("Hakan Memur, ");

        tasks = browser.waitFor(By.id("case-tasks"));
        WebElement work = tasks.findElement(By.cssSelector(".case-task-open"));
        browser.click(work);
        browser.waitFor(By.id("form-field-screeningDecision"));
        // The form's "hide if" (FEEL): the proposal to merge into is asked for only when merging.
        assertThat(browser.driver().findElements(By.id("form-field-mergeIntoProposalId"))).noneMatch(WebElement::isDisplayed);
        browser.driver().findElement(By.xpath("//*[@id='form-field-screeningDecision']//vaadin-radio-button[contains(., 'öneriyle birleştir')]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-field-mergeIntoProposalId")));
        browser.driver().findElement(By.xpath("//*[@id='form-field-screeningDecision']//vaadin-radio-button[contains(., 'Reddet')]")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("form-field-mergeIntoProposalId")));
        String reason = "Öneride bir kişinin telefon numarası var; kişisel veri içeren öneriler yayımlanamaz.";
        WebElement reasonField = browser.waitFor(By.cssSelector("#form-field-screeningReason textarea"));
        reasonField.sendKeys(reason);
        Files.write(Path.of("target/screenshots/case-page-phone-form.png"), browser.screenshot());
        WebElement complete = browser.driver().findElement(By.id("complete-task"));
        browser.click(complete);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("complete-task")));

        browser.waitForText(By.id("case-history"), "Hakan Memur tamamladı");
        String history = browser.driver().findElement(By.id("case-history")).getText();
        assertThat(history).contains("Öneri gönderildi", "Ön inceleme", "Ön inceleme kararı: Reddet", "Kamuya açık gerekçe: " + reason);
        // The decision takes effect in the step after the task (asynchronous; the suite's job executor is off).
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("case-state"), "Reddedildi");
        assertThat(browser.driver().findElement(By.id("case-tasks")).getText()).contains("Bu dosyada açık görev yok.");
        assertThat(submissions.find(id).orElseThrow().getStatus()).isEqualTo(ProposalStatus.REJECTED);
        Files.write(Path.of("target/screenshots/case-page-phone-history.png"), browser.screenshot());
        browser.go("/proposals/" + id);
        browser.waitForText(By.id("proposal-status"), "Reddedildi");
        assertThat(browser.driver().getPageSource()).as("internal notes are never public").doesNotContain(note);
        browser.close();

        // An assembly member has no part in this case: the translated no-permission page, nothing of the case.
        browser = Browser.phone("http://localhost:" + port).loginLocal("uye", "demo");
        browser.go("/staff/cases/proposals/" + id);
        assertThat(browser.waitFor(By.id("error-page")).getText()).contains("Bu sayfayı açma yetkiniz yok");
        assertThat(browser.driver().getPageSource()).doesNotContain(title).doesNotContain(description);
    }

    @Test
    void a_park_manager_reviews_an_event_with_the_application_beside_the_form_and_opens_its_case_page() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var park = parkEvents.parks().stream().filter(p -> p.getName().equals("Kültürpark")).findFirst().orElseThrow();
        var lawn = parkEvents.areasOf(park.getId()).stream().filter(a -> a.getCapacity() == 150).findFirst().orElseThrow();
        var closed = parkManagement.upcomingBlackouts(park.getId()).stream().map(tr.bel.izmir.bizizmir.parkevent.Blackout::day).toList();
        LocalDate day = LocalDate.now(IzmirTime.ZONE).plusDays(650 + java.util.concurrent.ThreadLocalRandom.current().nextInt(100));
        while (closed.contains(day)) {
            day = day.plusDays(1);
        }
        String rep = "vaka-grup-" + tag;
        var group = RunAs.user("park", () -> civicGroups.register("Alsancak Bisiklet Kulübü " + tag, "konak-alsancak", rep),
                "park-manager");
        String title = "Bisiklet tamir şenliği " + tag;
        var request = new tr.bel.izmir.bizizmir.parkevent.EventRequest(group.getId(), lawn.getId(), title,
                day.atTime(10, 0).atZone(IzmirTime.ZONE).toInstant(), day.atTime(12, 0).atZone(IzmirTime.ZONE).toInstant(), 60, true,
                tr.bel.izmir.bizizmir.parkevent.NoiseLevel.MEDIUM, false, tr.bel.izmir.bizizmir.parkevent.ActivityType.WORKSHOP,
                3, true, false, 40, 6);
        long id = RunAs.user(rep, () -> parkEvents.apply(request, UUID.randomUUID().toString()), "citizen", "civic-group").applicationId();

        // A tall window: the inbox holds other tests' tasks too, and the row must be on screen.
        browser = Browser.open("http://localhost:" + port, 1366, 1800).loginLocal("park", "demo");
        browser.go("/inbox");
        String caseTitle = title + " — Kültürpark";
        browser.waiting().until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains(caseTitle)));
        WebElement row = browser.driver().findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains(caseTitle)).findFirst().orElseThrow();
        assertThat(row.findElement(By.className("case-link")).getAttribute("href")).as("the row links the case page")
                .endsWith("/staff/cases/park-events/" + id);
        browser.click(row.findElement(By.className("task-name")));
        WebElement caseColumn = browser.waitFor(By.id("task-case"));
        assertThat(caseColumn.getText()).contains(title, "Alsancak Bisiklet Kulübü " + tag, "Kültürpark", lawn.getName(),
                "60 kişi (alan kapasitesi 150)", "3 çadır, 40 sandalye, 6 masa, elektrik", rep);
        WebElement form = browser.waitFor(By.id("form-field-reviewDecision"));
        assertThat(caseColumn.getLocation().getX()).as("the application beside the form").isLessThan(form.getLocation().getX());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/park-event-task-with-case.png"), browser.screenshot());

        WebElement openCase = browser.driver().findElement(By.id("open-case-page"));
        browser.click(openCase);
        browser.waitForText(By.id("case-title"), title);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/cases/park-events/" + id);
        assertThat(browser.waitFor(By.id("case-content")).getText()).contains("3 çadır, 40 sandalye, 6 masa, elektrik");
        assertThat(browser.driver().findElement(By.id("case-state")).getText()).contains("İncelemede");
        assertThat(browser.driver().findElement(By.id("case-tasks")).getText()).contains("Başvuruyu incele", "Park yöneticileri");
        assertThat(browser.driver().findElement(By.id("case-related")).getText()).contains("Alsancak Bisiklet Kulübü " + tag);
        Files.write(Path.of("target/screenshots/park-event-case-page.png"), browser.screenshot());
        browser.close();

        // An assembly member has no part in this case: the translated no-permission page, nothing of the case.
        browser = Browser.phone("http://localhost:" + port).loginLocal("uye", "demo");
        browser.go("/staff/cases/park-events/" + id);
        assertThat(browser.waitFor(By.id("error-page")).getText()).contains("Bu sayfayı açma yetkiniz yok");
        assertThat(browser.driver().getPageSource()).doesNotContain(title);
    }
}
