package tr.bel.izmir.bizizmir.assembly;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyMembershipProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembly screens in a browser: a citizen applies from the assembly's page, the chair is
 * refused a meeting without agenda, schedules one and cancels it with a reason, the citizen, admitted through the
 * membership process, opens the member pages (issue 14, bug 4), and anyone reads the assembly's
 * page with its members, meeting and advisory item.
 */
@IntegrationTest
class AssemblyPagesE2E {

    @LocalServerPort int port;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired AssemblyDirectory assemblies;
    @Autowired AssemblyMemberships memberships;
    @Autowired AssemblyMeetings meetings;
    @Autowired AdvisoryItems advisory;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired UserDetailsService localUsers;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_citizen_applies_the_chair_schedules_a_meeting_and_the_public_reads_the_assembly_page() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Dikili", "Sayfa " + tag);
        var assembly = SystemActor.call(() -> assemblies.establish(hood.getId(), "Sayfa " + tag + " Mahalle Meclisi", false, LocalDate.now().minusDays(30)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, LocalDate.now().minusDays(30)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", AssemblyMemberInfo.Role.MEMBER, LocalDate.now().minusDays(30)));
        String itemTitle = "Dikili iskele meydanı " + tag;
        RunAs.user("memur", () -> advisory.table(assembly.getId(), itemTitle, "İskele meydanının yayalaştırılması.", "dept-works", 14),
                "officer", "dept-participation", "dept-works");

        // A citizen (a new account, so no other test sees them serve) applies from the assembly's page.
        String citizen = "yeni-" + tag;
        ((UserDetailsManager) localUsers).createUser(User.withUsername(citizen).password("{noop}demo")
                .authorities("ROLE_citizen").build());
        browser = Browser.desktop("http://localhost:" + port).loginLocal(citizen, "demo");
        browser.go("/assemblies/" + assembly.getId());
        browser.click(browser.waitFor(By.linkText("Bu meclise üye olmak için başvurun")));
        WebElement motivation = browser.waitFor(By.cssSelector("#apply-motivation textarea"));
        browser.waiting().until(d -> d.findElement(By.cssSelector("#apply-assembly input")).getAttribute("value").contains(tag));
        motivation.sendKeys("Dikili'de yaşıyorum; iskele meydanının düzenlenmesinde gönüllü olmak istiyorum.");
        browser.click(browser.driver().findElement(By.id("apply-send")));
        browser.waitForText(By.id("my-applications"), "İnceleniyor");
        var application = RunAs.user(citizen, () -> memberships.myApplications(), "citizen").stream()
                .filter(a -> a.getAssemblyId().equals(assembly.getId())).findFirst().orElseThrow();
        browser.go("/assembly/votes");
        browser.waiting().until(d -> d.getPageSource().contains("Bu sayfayı açma yetkiniz yok"));
        browser.close();

        // An officer admits the citizen through the membership process.
        var check = taskService.createTaskQuery().processDefinitionKey(AssemblyMembershipProcess.KEY)
                .processInstanceBusinessKey(application.getId().toString())
                .taskDefinitionKey(AssemblyMembershipProcess.TASK_CHECK).singleResult();
        RunAs.user("memur", () -> inbox.complete(check.getId(),
                Map.of(AssemblyMembershipProcess.VAR_CHECK_DECISION, AssemblyMembershipProcess.ADMIT)), "officer", "dept-participation");
        assertThat(memberships.serving(assembly.getId(), citizen)).isPresent();

        // The chair: no meeting without an agenda, then a meeting with one.
        browser = Browser.desktop("http://localhost:" + port).loginLocal("baskan", "demo");
        browser.go("/assembly/meetings");
        browser.waitFor(By.id("meeting-schedule"));
        browser.waiting().until(d -> d.findElement(By.cssSelector("#meeting-assembly input")).getAttribute("value").length() > 0);
        if (!browser.driver().findElement(By.cssSelector("#meeting-assembly input")).getAttribute("value").contains(tag)) {
            WebElement combo = browser.driver().findElement(By.cssSelector("#meeting-assembly input"));
            combo.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Sayfa " + tag);
            browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + tag + "')]")).click();
        }
        browser.driver().findElement(By.cssSelector("#meeting-place input")).sendKeys("Dikili Muhtarlığı");
        browser.click(browser.driver().findElement(By.id("meeting-schedule")));
        browser.waiting().until(d -> d.getPageSource().contains("Gündemsiz toplantı planlanamaz"));
        assertThat(meetings.ofAssembly(assembly.getId())).as("nothing saved").isEmpty();

        var day = LocalDate.now().plusDays(10);
        browser.driver().findElement(By.cssSelector("#meeting-when vaadin-date-picker input"))
                .sendKeys(day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear(), Keys.ENTER);
        browser.driver().findElement(By.cssSelector("#meeting-when vaadin-time-picker input")).sendKeys("19:00", Keys.ENTER);
        browser.driver().findElement(By.cssSelector("#meeting-place input")).click();

        browser.driver().findElement(By.cssSelector("#meeting-agenda textarea"))
                .sendKeys("İskele meydanı danışma konusu", Keys.ENTER, "Gelecek dönem çalışma planı");
        browser.click(browser.driver().findElement(By.id("meeting-schedule")));
        browser.waiting().until(d -> !meetings.ofAssembly(assembly.getId()).isEmpty());
        var meeting = meetings.ofAssembly(assembly.getId()).get(0);
        assertThat(meeting.agenda()).containsExactly("İskele meydanı danışma konusu", "Gelecek dönem çalışma planı");
        assertThat(meeting.meeting().getPlace()).contains("Dikili Muhtarlığı");

        // The chair cancels it: no reason is marked on the field, a reason is shown on the card.
        long meetingId = meeting.meeting().getId();
        browser.click(browser.waitFor(By.id("meeting-cancel-" + meetingId)));
        browser.click(browser.waitFor(By.id("meeting-cancel-confirm-" + meetingId)));
        browser.waiting().until(d -> d.findElement(By.id("meeting-cancel-reason-" + meetingId)).getAttribute("invalid") != null);
        assertThat(meetings.find(meetingId).orElseThrow().meeting().isCancelled()).isFalse();
        browser.driver().findElement(By.cssSelector("#meeting-cancel-reason-" + meetingId + " textarea"))
                .sendKeys("Muhtarlık salonu tadilatta; yeni tarih duyurulacak.");
        browser.click(browser.driver().findElement(By.id("meeting-cancel-confirm-" + meetingId)));
        browser.waitForText(By.id("meeting-cancelled-" + meetingId), "İptal edildi: Muhtarlık salonu tadilatta");
        browser.close();

        // The admitted member opens the member pages: the advisory item awaits their vote, the meeting their answer.
        browser = Browser.desktop("http://localhost:" + port).loginLocal(citizen, "demo");
        browser.go("/assembly/votes");
        browser.waitForText(By.id("advisory-awaiting"), itemTitle);
        browser.go("/assembly/meetings");
        browser.waitForText(By.id("meetings"), "Dikili Muhtarlığı");
        assertThat(browser.driver().getPageSource()).doesNotContain("Bu sayfayı açma yetkiniz yok");
        browser.close();

        // Anyone reads the assembly's page.
        browser = Browser.desktop("http://localhost:" + port);
        browser.go("/assemblies/" + assembly.getId());
        // Names, not user names, on the public page (issue 14, bug 14).
        browser.waitForText(By.id("assembly-members"), "Zeynep Başkan");
        assertThat(browser.driver().findElement(By.id("assembly-members")).getAttribute("textContent"))
                .contains("Başkan", "Murat Üye").doesNotContain(">uye<", "baskan");
        assertThat(browser.waitFor(By.id("assembly-meetings")).getAttribute("textContent"))
                .contains("Dikili Muhtarlığı", "Gelecek dönem çalışma planı", "İptal edildi: Muhtarlık salonu tadilatta");
        assertThat(browser.driver().findElement(By.id("assembly-advisory-items")).getAttribute("textContent")).contains(itemTitle);
        assertThat(browser.driver().findElements(By.linkText("Bu meclise üye olmak için başvurun"))).as("not signed in").isEmpty();
    }

    @Test
    void on_a_phone_anyone_reads_the_assemblies_their_members_and_the_advisory_items_as_cards() {
        var sigacik = assemblies.all().stream().filter(a -> a.getName().startsWith("Sığacık Mahalle Meclisi")).findFirst().orElseThrow();
        browser = Browser.phone("http://localhost:" + port);

        browser.go("/assemblies");
        var assemblyCards = browser.waitFor(By.id("assemblies-cards"));
        browser.waiting().until(d -> assemblyCards.isDisplayed());
        assertThat(browser.driver().findElement(By.id("assemblies-grid")).isDisplayed()).isFalse();
        assertThat(assemblyCards.getText()).contains("Sığacık Mahalle Meclisi (Cittaslow)", "Uzundere Mahalle Meclisi",
                "Pilot meclis", "Kuruluş: ");
        assertThat(assemblyCards.findElement(By.linkText(sigacik.getName())).getAttribute("href"))
                .endsWith("/assemblies/" + sigacik.getId());

        browser.go("/assemblies/" + sigacik.getId());
        var memberCards = browser.waitFor(By.id("assembly-members-cards"));
        browser.waiting().until(d -> memberCards.isDisplayed());
        assertThat(browser.driver().findElement(By.id("assembly-members")).isDisplayed()).isFalse();
        assertThat(memberCards.getText()).contains("Zeynep Başkan", "Görev: Başkan", "Murat Üye", "Görev: Üye", "Görev süresi: ",
                "Durum: Görevde").doesNotContain("baskan");

        browser.go("/assembly/advisory");
        var itemCards = browser.waitFor(By.id("advisory-cards"));
        browser.waiting().until(d -> itemCards.isDisplayed());
        assertThat(browser.driver().findElement(By.id("advisory-grid")).isDisplayed()).isFalse();
        assertThat(itemCards.getText()).contains("Sığacık sahil yürüyüş yolunun yenilenmesi",
                "Sığacık Kalesi çevresine gölgelik ve oturma alanı", "Meclis: Sığacık Mahalle Meclisi (Cittaslow)",
                "Durum: ", "Gündeme alındı: ");
    }
}
