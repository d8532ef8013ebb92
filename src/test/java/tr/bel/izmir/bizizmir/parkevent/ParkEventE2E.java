package tr.bel.izmir.bizizmir.parkevent;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo civic group representative ({@code sivil}) applies for a park event from a phone, the
 * park manager ({@code park}) approves it in the inbox, and the event appears on the public
 * calendar, on its own page and in the group's "my park events" with its report due date.
 */
@IntegrationTest
class ParkEventE2E {

    @LocalServerPort int port;
    @Autowired ParkEventApplications applications;
    @Autowired CivicGroups civicGroups;
    @Autowired ParkManagement parkManagement;
    @Autowired ManagementService management;
    @Autowired tr.bel.izmir.bizizmir.tasks.TaskInbox inbox;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    /**
     * Days ahead for the tests' events: past the lead time, and in later months than the demo
     * data's events of the same group, so the monthly limit (2 others) is never reached.
     */
    static final int FAR = 100;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    void runJobs() {
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    @Test
    void a_group_applies_from_a_phone_the_park_manager_approves_in_the_inbox_and_the_event_is_on_the_public_calendar()
            throws Exception {
        LocalDate day = LocalDate.now(IzmirTime.ZONE).plusDays(FAR + ThreadLocalRandom.current().nextInt(250));
        String title = "Çocuklarla ağaç boyama " + System.nanoTime() % 100000;

        browser = Browser.phone("http://localhost:" + port).loginLocal("sivil", "demo");
        browser.go("/parks/apply");
        browser.waitFor(By.id("event-group"));
        browser.choose(By.cssSelector("#event-park input"), "Kültür", "Kültürpark");
        browser.waitForText(By.id("event-park-hours"), "8:00–22:00");
        browser.choose(By.cssSelector("#event-area input"), "Sanat", "Sanat atölyesi avlusu");
        // On a phone the date picker opens a full-screen calendar instead of taking keys: set it as the calendar would.
        browser.setDate(By.id("event-date"), day);
        browser.waiting().until(d -> d.findElement(By.cssSelector("#event-date input")).getAttribute("value")
                .equals(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        browser.type(By.cssSelector("#event-start input"), "14:00");
        browser.type(By.cssSelector("#event-end input"), "16:30");
        browser.type(By.cssSelector("#event-title input"), title);
        browser.click(By.xpath("//*[@id='event-activity']//vaadin-radio-button[contains(., 'Atölye')]"));
        browser.type(By.cssSelector("#event-attendance input"), "25");
        browser.click(By.cssSelector("#event-minors"));
        browser.type(By.cssSelector("#event-chairs input"), "20");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/park-event-apply-phone.png"), browser.screenshot());
        browser.click(By.id("event-submit"));
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/my/park-events/\\d+$"));
        browser.waitForText(By.id("event-status"), "İncelemede");
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/my/park-events/(\\d+)$", "$1"));
        var application = applications.find(id).orElseThrow();
        assertThat(application.getTitle()).isEqualTo(title);
        assertThat(application.getExpectedAttendance()).isEqualTo(25);
        assertThat(application.isMinors()).isTrue();
        assertThat(application.getChairCount()).isEqualTo(20);
        assertThat(application.getStartsAt()).isEqualTo(day.atTime(14, 0).atZone(IzmirTime.ZONE).toInstant());
        assertThat(application.getEndsAt()).isEqualTo(day.atTime(16, 30).atZone(IzmirTime.ZONE).toInstant());
        browser.close();

        // A tall window: the inbox holds other tests' tasks too, and the row must be on screen.
        browser = Browser.open("http://localhost:" + port, 1366, 1800).loginLocal("park", "demo");
        String caseTitle = title + " — Kültürpark";
        browser.openTask(caseTitle, "Başvuruyu incele");
        assertThat(browser.driver().getPageSource()).as("the manager sees what was asked for")
                .contains("Beklenen katılımcı: 25", "Destek: 20 sandalye");
        browser.click(By.xpath("//*[@id='form-field-reviewDecision']//vaadin-radio-button[contains(., 'Onayla')]"));
        browser.completeTask();
        runJobs();
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.APPROVED);
        browser.close();

        // Anyone, signed in or not, finds it on the calendar of Konak and on its own page.
        browser = Browser.phone("http://localhost:" + port);
        browser.go("/parks");
        browser.choose(By.cssSelector("#parks-district input"), "Kon", "Konak");
        // On a phone the calendar is cards (the five-column table would be cut off), filtered like the table.
        // The filter rebuilds the cards: look them up anew while waiting.
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("parks-events-cards")).getText().contains(title));
        assertThat(browser.driver().findElement(By.id("parks-events")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("parks-events-cards")).getText()).contains(
                "Çocuklar için açık hava resim atölyesi", "Tür: Atölye", "Nerede: Kültürpark — Sanat atölyesi avlusu (Konak)",
                "Düzenleyen: Alsancak Mahalle Gönüllüleri", "Ne zaman: ");
        browser.click(By.xpath("//*[@id='parks-events-cards']//a[normalize-space()='" + title + "']"));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/parks/events/" + id));
        browser.waitForText(By.id("event-status"), "Onaylandı");
        assertThat(browser.waitFor(By.id("event-where")).getText()).contains("Kültürpark", "Sanat atölyesi avlusu", "Konak");
        assertThat(browser.driver().findElements(By.id("event-report"))).as("the report is not public").isEmpty();
        assertThat(browser.waitFor(By.id("timeline")).getText()).contains("Başvuru yapıldı", "Park yönetimi inceledi");
        Files.write(Path.of("target/screenshots/park-event-page-phone.png"), browser.screenshot());
        browser.close();

        browser = Browser.phone("http://localhost:" + port).loginLocal("sivil", "demo");
        browser.go("/my/park-events");
        browser.waiting().until(d -> d.findElement(By.id("my-park-events-cards")).getText().contains(title));
        assertThat(browser.driver().findElement(By.id("my-park-events")).isDisplayed()).isFalse();
        // The demo applications of sivil (ParkDemoData) as cards: status, when and where, what to do next.
        assertThat(browser.driver().findElement(By.id("my-park-events-cards")).getText()).contains(
                "Çocuklar için açık hava resim atölyesi", "Mahalle çocuklarıyla bisiklet ve sokak oyunları",
                "Değişiklik istendi", "Sıradaki adım: Başvurunuzu istenen değişikliklere göre düzeltin.", "Son tarih: ");
        browser.go("/my/park-events/" + id);
        browser.waitForText(By.id("event-status"), "Onaylandı");
        String due = IzmirTime.formatDateTime(day.atTime(16, 30).atZone(IzmirTime.ZONE).toInstant()
                .plus(ParkEventApplications.REPORT_WITHIN), java.util.Locale.forLanguageTag("tr"));
        assertThat(browser.waitFor(By.id("event-next")).getText()).contains("etkinlikten sonra rapor verin", due);
        assertThat(browser.driver().findElements(By.id("withdraw"))).as("the group may still call it off").isNotEmpty();
    }

    @Test
    void a_park_manager_adds_a_park_with_an_area_and_a_wrong_location_is_refused_in_plain_turkish() throws Exception {
        String name = "Göztepe Sahil Parkı " + System.nanoTime() % 100000;
        browser = Browser.open("http://localhost:" + port, 1366, 1400).loginLocal("park", "demo");
        browser.go("/parks/manage");
        browser.click(By.id("manage-new-park"));
        browser.waitForText(By.id("park-save"), "Parkı ekle");
        browser.type(By.cssSelector("#park-name input"), name);
        browser.choose(By.cssSelector("#park-district input"), "Kon", "Konak");
        browser.type(By.cssSelector("#park-latitude input"), "27.0850");
        browser.type(By.cssSelector("#park-longitude input"), "38.3980");
        browser.click(By.id("park-save"));
        browser.waiting().until(d -> d.getPageSource().contains("Konum İzmir sınırları içinde olmalı"));
        assertThat(applications.parks()).extracting(LivingParkInfo::getName).doesNotContain(name);

        browser.type(By.cssSelector("#park-latitude input"), "38,3980");
        browser.type(By.cssSelector("#park-longitude input"), "27.0850");
        browser.click(By.id("park-save"));
        browser.waiting().until(d -> applications.parks().stream().anyMatch(p -> p.getName().equals(name)));
        browser.waitFor(By.id("park-areas-section"));
        browser.type(By.cssSelector("#area-name input"), "Deniz kenarı çimenlik");
        browser.type(By.cssSelector("#area-capacity input"), "90");
        browser.click(By.id("area-add"));
        browser.waiting().until(d -> d.findElement(By.id("park-area-grid")).getText().contains("Deniz kenarı çimenlik"));
        // Photos (the upload field every feature shares): a document renamed to .jpg is refused
        // at once with its name, a real photo is kept and shown.
        Path fake = Files.createTempFile("belge", ".jpg");
        Files.write(fake, "%PDF-1.4 not a photo".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path photo = Files.createTempFile("cimenlik", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                photo.toFile());
        uploadTo("park-photo-upload", fake);
        browser.waiting().until(d -> d.getPageSource().contains("bir JPEG, PNG veya WebP fotoğrafı değil")
                && d.getPageSource().contains(fake.getFileName().toString()));
        uploadTo("park-photo-upload", photo);
        browser.waiting().until(d -> d.getPageSource().contains("Fotoğraf eklendi."));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/park-management.png"), browser.screenshot());
        long parkId = applications.parks().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getId();
        assertThat(parkManagement.photoIds(parkId)).as("only the real photo is kept").hasSize(1);
        browser.close();

        browser = Browser.phone("http://localhost:" + port);
        browser.go("/parks/" + parkId);
        browser.waitForText(By.id("park-facts"), "Konak");
        assertThat(browser.waitFor(By.id("park-areas")).getText()).contains("Deniz kenarı çimenlik", "90 kişi");
        assertThat(browser.waitFor(By.id("park-map")).getAttribute("href"))
                .isEqualTo("https://www.openstreetmap.org/?mlat=38.398000&mlon=27.085000#map=17/38.398000/27.085000");
        WebElement shown = browser.waitFor(By.cssSelector("#park-photos img"));
        assertThat(shown.getAttribute("alt")).isEqualTo("Park fotoğrafı 1");
        browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", shown)).intValue() == 40);
    }

    /** Chooses a file in a Vaadin upload field, as a person does in the file dialog. */
    void uploadTo(String uploadId, Path file) {
        WebElement input = browser.waitFor(By.id(uploadId)).getShadowRoot().findElement(By.cssSelector("input[type='file']"));
        // ChromeDriver adds to a multiple-file input's earlier choice; a person picks afresh.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void on_a_phone_the_group_revises_after_a_request_for_changes_and_later_withdraws_freeing_the_area() throws Exception {
        LocalDate day = LocalDate.now(IzmirTime.ZONE).plusDays(FAR + ThreadLocalRandom.current().nextInt(250));
        var group = tr.bel.izmir.bizizmir.support.RunAs.user("sivil", () -> civicGroups.mine(), "citizen", "civic-group")
                .stream().filter(CivicGroupInfo::isRegistered).findFirst().orElseThrow();
        var kulturpark = applications.parks().stream().filter(p -> p.getName().equals("Kültürpark")).findFirst().orElseThrow();
        var lawn = applications.areasOf(kulturpark.getId()).stream().filter(a -> a.getName().startsWith("Göl")).findFirst().orElseThrow();
        String title = "Göl kenarında kukla gösterisi " + System.nanoTime() % 100000;
        var request = new EventRequest(group.getId(), lawn.getId(), title, day.atTime(21, 0).atZone(IzmirTime.ZONE).toInstant(),
                day.atTime(22, 0).atZone(IzmirTime.ZONE).toInstant(), 140, true, NoiseLevel.MEDIUM, false, ActivityType.PLAY,
                0, false, true, 0, 0);
        long id = tr.bel.izmir.bizizmir.support.RunAs.user("sivil",
                () -> applications.apply(request, java.util.UUID.randomUUID().toString()), "citizen", "civic-group").applicationId();
        var review = taskService.createTaskQuery().processDefinitionKey(tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
        tr.bel.izmir.bizizmir.support.RunAs.user("park", () -> inbox.complete(review.getId(), java.util.Map.of(
                "reviewDecision", "changes", "reviewReason", "Sabah yürüyüşçüleri için en fazla 80 kişi olsun.")),
                "park-manager", "dept-parks");
        runJobs();

        browser = Browser.phone("http://localhost:" + port).loginLocal("sivil", "demo");
        browser.go("/my/park-events");
        browser.waiting().until(d -> d.findElement(By.id("my-park-events-cards")).getText().contains(title));
        browser.click(By.xpath("//*[@id='my-park-events-cards']//a[normalize-space()='" + title + "']"));
        browser.waitForText(By.id("event-status"), "Değişiklik istendi");
        assertThat(browser.waitFor(By.id("event-reason")).getText()).contains("en fazla 80 kişi");
        assertThat(browser.waitFor(By.id("event-next")).getText()).contains("Son tarih");
        browser.type(By.cssSelector("#revise-attendance input"), "80");
        browser.click(By.id("revise-submit"));
        browser.waitForText(By.id("event-status"), "İncelemede");
        assertThat(applications.find(id).orElseThrow().getExpectedAttendance()).isEqualTo(80);
        assertThat(applications.slotsHeldBy(id)).isEqualTo(2);

        browser.click(By.id("withdraw"));
        browser.click(By.id("withdraw-confirm"));
        browser.waitForText(By.id("event-status"), "Geri çekildi");
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(EventStatus.WITHDRAWN);
        assertThat(applications.slotsHeldBy(id)).as("the area is free for other groups").isZero();
        assertThat(browser.driver().findElements(By.id("withdraw"))).isEmpty();
    }
}
