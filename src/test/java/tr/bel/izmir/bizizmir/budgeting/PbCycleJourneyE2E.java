package tr.bel.izmir.bizizmir.budgeting;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.feasibility.process.FeasibilityCheckProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteStatus;
import tr.bel.izmir.bizizmir.voting.process.PublicVoteProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole participatory-budgeting cycle done by people on product screens only (issue 13,
 * item 7): no Cockpit, no REST call and no service call changes anything. A coordinator opens
 * the cycle, a resident proposes on her phone, the participation desk screens it with the
 * proposal in view, two neighbours support it over the threshold, the parks department finds it
 * feasible and, as it is costly, the supervisor approves; the coordinator closes proposals, an
 * officer schedules the vote, opens it early, residents vote and the officer closes it early with
 * a public reason; the budget office approves the allocation, the results are public, and the
 * officer writes the project's first update, which the proposal's page then shows (also in English).
 *
 * <p>The fixtures are those the product has its own, separately tested screens for: a fresh
 * neighbourhood (the neighbourhood import), verified residents (census import and residency
 * check) and their sign-in accounts (Keycloak in production, the local user list here). Reads
 * through services are only for waiting and asserting. The suite runs the engine's job executor
 * off (DD006), so {@link #engineCatchesUp} executes the due jobs the executor would pick up.
 */
@IntegrationTest
class PbCycleJourneyE2E {

    @LocalServerPort int port;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired ResidentRegistry residents;
    @Autowired UserDetailsService users;
    @Autowired PbCycles cycles;
    @Autowired ProposalSubmissions proposals;
    @Autowired PublicVotes votes;
    @Autowired ImplementationProjects projects;
    @Autowired ManagementService management;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired PbReplay replay;

    /** The processes of this journey: process key to business key (proposal, vote or cycle id). */
    private final java.util.Map<String, Long> ours = new java.util.LinkedHashMap<>();
    private Browser desk;
    private Browser phone;
    /** The browser the helpers below act on. */
    private Browser browser;

    @Test
    void staff_and_residents_take_a_proposal_from_submission_to_an_implementation_update_on_product_screens_only()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String hoodName = "Yolculuk " + tag;
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Kiraz", hoodName).getId();
        String author = resident("yazar-" + tag, hood, 1984);
        String neighbour1 = resident("komsu1-" + tag, hood, 1979);
        String neighbour2 = resident("komsu2-" + tag, hood, 1995);
        LocalDate today = LocalDate.now(IzmirTime.ZONE);
        String cycleTitle = hoodName + " Katılımcı Bütçe";
        String title = "Çocuk parkına gölgelik ve bank " + tag;
        String description = "Mahalle parkındaki oyun alanı öğlen güneşte kalıyor; iki gölgelik ve dört bank istiyoruz.";

        // 1. The coordinator creates the cycle (threshold 2) as a draft and opens it for proposals.
        desk = Browser.open("http://localhost:" + port, 1366, 1800);
        signIn(desk, "koordinator");
        desk.go("/staff/cycles");
        browser.click(By.id("cycle-new"));
        browser.choose(By.cssSelector("#cycle-district input"), "Kiraz", "Kiraz");
        browser.choose(By.cssSelector("#cycle-neighbourhood input"), hoodName, hoodName);
        browser.type(By.cssSelector("#cycle-title input"), cycleTitle);
        browser.type(By.cssSelector("#cycle-envelope input"), "500000");
        browser.setDate(By.id("cycle-submission-opens"), today);
        browser.setDate(By.id("cycle-submission-closes"), today.plusDays(14));
        browser.setDate(By.id("cycle-voting-opens"), today.plusDays(21));
        browser.setDate(By.id("cycle-voting-closes"), today.plusDays(28));
        browser.type(By.cssSelector("#cycle-support-threshold input"), "2");
        browser.click(By.id("cycle-save"));
        browser.waitForText(By.id("cycle-advance"), "Sonraki aşama: Öneri toplama");
        PbCycleInfo cycle = RunAs.user("admin", () -> cycles.search(null, null), "admin").stream()
                .filter(c -> c.getNeighbourhoodId() == hood).findFirst().orElseThrow();
        assertThat(cycle.getSupportThreshold()).isEqualTo(2);
        browser.click(By.id("cycle-advance"));
        browser.waitForText(By.id("cycle-form-phase"), "Öneri toplama");
        long cycleId = cycle.getId();
        assertThat(cycles.require(cycleId).getPhase()).isEqualTo(CyclePhase.SUBMISSION);

        // 2. The resident proposes on her phone; the public path shows screening as the current stage.
        phone = Browser.phone("http://localhost:" + port);
        signIn(phone, author);
        phone.go("/proposals/new");
        browser.type(By.cssSelector("#proposal-title input"), title);
        browser.type(By.cssSelector("#proposal-description textarea"), description);
        browser.type(By.cssSelector("#proposal-location input"), "Çınar Sokak çocuk parkı");
        browser.choose(By.cssSelector("#proposal-category input"), "Parklar", "Parklar ve yeşil alanlar");
        browser.click(By.id("submit-proposal"));
        browser.waitForText(By.id("proposal-status"), "Ön incelemede");
        long proposalId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/proposals/(\\d+).*", "$1"));
        ours.put(ProposalSubmissionProcess.KEY, proposalId);
        ours.put(FeasibilityCheckProcess.KEY, proposalId);
        ours.put(BudgetAllocationProcess.KEY, cycleId);
        assertThat(currentStage()).contains("Belediye ön incelemesinde");
        assertThat(browser.fitsTheWidth()).isTrue();

        // 3. The participation desk screens it from the inbox, reading the proposal beside the form.
        signIn(desk, "memur");
        browser.openTask("Öneriyi ön incele", title);
        WebElement caseColumn = browser.waitFor(By.id("task-case"));
        assertThat(caseColumn.getText()).contains(title, description);
        assertThat(caseColumn.getLocation().getX()).as("the proposal beside the form")
                .isLessThan(browser.waitFor(By.id("form-field-screeningDecision")).getLocation().getX());
        browser.click(By.xpath("//*[@id='form-field-screeningDecision']//vaadin-radio-button[contains(., 'Kabul et')]"));
        browser.completeTask();
        engineCatchesUp(() -> status(proposalId) == ProposalStatus.COLLECTING_SUPPORT);

        // 4. Two neighbours support it; the second sees "1 / 2" first; then it goes to the parks department.
        signIn(desk, neighbour1);
        desk.go("/proposals/" + proposalId);
        browser.waitForText(By.id("proposal-path"), "0 / 2 destek");
        browser.click(By.id("support"));
        browser.waitForText(By.id("proposal-path"), "1 / 2 destek");
        signIn(desk, neighbour2);
        desk.go("/proposals/" + proposalId);
        browser.waitForText(By.id("proposal-path"), "1 / 2 destek");
        assertThat(currentStage()).contains("1 / 2 destek");
        browser.click(By.id("support"));
        browser.waitForText(By.id("proposal-path"), "Destek eşiğine ulaştı (2 / 2 destek).");
        engineCatchesUp(() -> status(proposalId) == ProposalStatus.IN_FEASIBILITY);

        // 5. Feasible at 300,000 TRY: above the parks department's limit, so the supervisor approves.
        signIn(desk, "memur");
        browser.openTask("Fizibiliteyi değerlendir", title);
        browser.click(By.xpath("//*[@id='form-field-feasible']//vaadin-radio-button[contains(., 'Evet')]"));
        browser.type(By.cssSelector("#form-field-costEstimate input"), "300000");
        browser.type(By.cssSelector("#form-field-timeline input"), "3 ay");
        browser.type(By.cssSelector("#form-field-publicExplanation textarea"), "Park alanı uygun; gölgelikler ve banklar bütçe içinde yapılabilir.");
        browser.completeTask();
        engineCatchesUp(() -> taskWaits(FeasibilityCheckProcess.KEY, proposalId, FeasibilityCheckProcess.TASK_APPROVE));
        signIn(desk, "mudur");
        browser.openTask("Değerlendirmeyi onayla", title);
        browser.click(By.xpath("//*[@id='form-field-approvalDecision']//vaadin-radio-button[contains(., 'Onayla')]"));
        browser.completeTask();
        engineCatchesUp(() -> status(proposalId) == ProposalStatus.FEASIBLE);

        // 6. The coordinator closes proposals; an officer schedules the vote and opens it now with a reason.
        signIn(desk, "koordinator");
        desk.go("/staff/cycles");
        browser.click(By.id("cycle-edit-" + cycleId));
        browser.waitForText(By.id("cycle-advance"), "Sonraki aşama: Değerlendirme");
        browser.click(By.id("cycle-advance"));
        browser.waiting().until(d -> cycles.require(cycleId).getPhase() == CyclePhase.REVIEW);

        signIn(desk, "memur");
        desk.go("/votes/schedule");
        browser.click(By.id("schedule-" + cycleId));
        browser.waitForText(By.id("cycle-vote-" + cycleId), "Oylama planlandı");
        long voteId = votes.ofCycle(cycleId).orElseThrow().getId();
        ours.put(PublicVoteProcess.KEY, voteId);
        desk.go("/votes/control");
        browser.click(By.id("open-now-" + voteId));
        browser.waitFor(By.cssSelector("#control-reason textarea"))
                .sendKeys("Fizibilite tamamlandı; mahalle toplantısında oylamanın hemen açılması kararlaştırıldı.", Keys.TAB);
        browser.click(By.id("control-confirm"));
        engineCatchesUp(() -> votes.require(voteId).getStatus() == VoteStatus.OPEN);
        assertThat(cycles.require(cycleId).getPhase()).isEqualTo(CyclePhase.VOTING);
        long optionId = votes.optionsOf(votes.require(voteId)).stream()
                .filter(o -> Long.valueOf(proposalId).equals(o.getProposalId())).findFirst().orElseThrow().getId();

        // 7. Residents vote: the author on her phone from the list of votes, a neighbour on the desk.
        use(phone);
        phone.go("/votes");
        browser.click(By.id("go-vote-" + voteId));
        castBallot(optionId);
        signIn(desk, neighbour1);
        desk.go("/votes/ballot/" + voteId);
        castBallot(optionId);

        // 8. The officer closes the vote early with a reason that citizens then read on the vote's page.
        String closeReason = "Mahallenin tüm haneleri oy kullandı " + tag + "; oylama erken kapatıldı.";
        signIn(desk, "memur");
        desk.go("/votes/control");
        browser.click(By.id("close-now-" + voteId));
        browser.waitFor(By.cssSelector("#control-reason textarea")).sendKeys(closeReason, Keys.TAB);
        browser.click(By.id("control-confirm"));
        browser.waitForText(By.id("control-vote-" + voteId), closeReason);
        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.CLOSED);
        signOut(desk);
        desk.go("/votes/results/" + voteId);
        browser.waitForText(By.id("vote-control-notes-" + voteId), closeReason);

        // 9. The allocation computes as a job of its own (DD033): until the engine runs it, the budget
        // office sees it queued on the cycle's case page. Then it approves it; the results are public.
        browser.waiting().until(d -> {
            if (!allocationQueued(cycleId)) {
                runtime.createProcessInstanceQuery().processDefinitionKey(PublicVoteProcess.KEY)
                        .processInstanceBusinessKey(Long.toString(voteId)).list()
                        .forEach(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list()
                                .forEach(job -> management.executeJob(job.getId())));
            }
            return allocationQueued(cycleId);
        });
        signIn(desk, "butce");
        desk.go("/staff/cases/cycles/" + cycleId);
        browser.waitForText(By.id("allocation-run-text-" + cycleId), "Sırada");
        // Two big replays hold both computing slots while the engine picks the job up: the page
        // says the allocation waits; the budget office stops it, then starts it again.
        HeldSlots heldSlots = HeldSlots.takeAll(replay);
        String allocationInstance = runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(cycleId)).singleResult().getId();
        String jobId = management.createJobQuery().processInstanceId(allocationInstance)
                .activityId(BudgetAllocationProcess.TASK_ALLOCATE).singleResult().getId();
        Thread executor = new Thread(() -> management.executeJob(jobId), "job-executor-stand-in");
        executor.start();
        try {
            browser.waitForText(By.id("allocation-run-text-" + cycleId), "Boş bir hesaplama yeri bekleniyor");
            browser.click(By.id("allocation-run-cancel-" + cycleId));
            browser.waitForText(By.id("allocation-run-text-" + cycleId), "Dağıtım hesaplamasını butce durdurdu");
        } finally {
            heldSlots.release();
        }
        executor.join(30_000);
        heldSlots.close();
        browser.click(By.id("allocation-run-rerun-" + cycleId));
        browser.waitForText(By.id("allocation-run-text-" + cycleId), "Sırada");
        engineCatchesUp(() -> taskWaits(BudgetAllocationProcess.KEY, cycleId, BudgetAllocationProcess.TASK_REVIEW));
        browser.openTask("Dağıtımı incele ve onayla", cycleTitle);
        browser.click(By.xpath("//*[@id='form-field-allocationDecision']//vaadin-radio-button[contains(., 'Onayla')]"));
        browser.completeTask();
        engineCatchesUp(() -> !projects.ofCycle(cycleId).isEmpty());
        assertThat(cycles.require(cycleId).getPhase()).isEqualTo(CyclePhase.IMPLEMENTATION);
        use(phone);
        signOut(phone);
        phone.go("/budget/results/" + cycleId);
        var cards = browser.waitFor(By.id("budget-results-cards"));
        browser.waiting().until(d -> cards.getText().contains(title));
        assertThat(cards.getText()).contains(title, "Seçildi (1.)", "Oy: 2");

        // 10. The proposal's path says it was selected and is being built; the officer writes an update.
        signIn(desk, "memur");
        desk.go("/proposals/" + proposalId);
        browser.waitForText(By.id("proposal-path"), "Seçildi: 2 oy aldı");
        assertThat(currentStage()).contains("Uygulamada: Planlandı · ilerleme %0");
        browser.click(By.xpath("//*[@id='proposal-path']//a[contains(., 'Projenin sayfası')]"));
        browser.click(By.id("impl-write-update"));
        browser.click(By.id("impl-update-status"));
        browser.click(By.xpath("//vaadin-select-item[contains(., 'Yapılıyor')]"));
        browser.type(By.cssSelector("#impl-update-progress input"), "40");
        browser.type(By.cssSelector("#impl-update-text textarea"), "Gölgelik direkleri dikildi; banklar gelecek hafta yerleştirilecek.");
        browser.click(By.id("impl-update-save"));
        browser.waitForText(By.id("impl-progress"), "%40");
        desk.go("/proposals/" + proposalId);
        browser.waitForText(By.id("proposal-path"), "Uygulamada: Yapılıyor · ilerleme %40");
        browser.waitForText(By.id("proposal-status"), "Yapılıyor");

        // The same page in English, for a visitor who switches the language.
        signOut(desk);
        desk.go("/proposals/" + proposalId);
        browser.click(By.id("switch-language"));
        browser.waitForText(By.id("proposal-path"), "Being built: In progress · progress 40%");
        assertThat(browser.driver().findElement(By.id("proposal-path")).getText())
                .contains("Selected: it received 2 votes", "Reached the support threshold (2 of 2 supports).");
        // Every product text of the page is English (the proposal's own words are the resident's).
        for (String part : java.util.List.of("proposal-path", "support-count", "timeline")) {
            assertThat(tr.bel.izmir.bizizmir.support.LanguageCheck.turkishWordsIn(
                    browser.driver().findElement(By.id(part)).getText())).as("Turkish words in #%s", part).isEmpty();
        }
        assertThat(tr.bel.izmir.bizizmir.support.LanguageCheck.turkishWordsIn(
                browser.driver().findElement(By.tagName("vaadin-side-nav")).getText())).as("menu").isEmpty();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/pb-cycle-journey-proposal-en.png"), browser.screenshot());
    }

    // ------------------------------------------------------------------ people

    /** A verified resident of the neighbourhood with a sign-in account (password "demo"). */
    private String resident(String username, long hood, int birthYear) {
        ((UserDetailsManager) users).createUser(User.withUsername(username).password("{noop}demo")
                .roles("citizen", "resident").build());
        return TestResidents.verified(residents, neighbourhoods, username, hood, birthYear);
    }

    /** Signs in as someone else in the same window, after the one signed in there signs out. */
    private void signIn(Browser window, String username) {
        signOut(window);
        window.loginLocal(username, "demo");
    }

    /** Signs out with the header's button, where someone is signed in in this window. */
    private void signOut(Browser window) {
        use(window);
        var logout = window.driver().findElements(By.id("logout"));
        if (!logout.isEmpty()) {
            // A script click: on a phone the header may be partly under Vaadin's development-mode layer.
            ((JavascriptExecutor) window.driver()).executeScript("arguments[0].click()", logout.get(0));
            window.waitFor(By.id("login-link"));
        }
    }

    private void use(Browser window) {
        browser = window;
    }

    // ------------------------------------------------------------------ the engine

    /**
     * Waits for a condition the engine brings about, executing the due jobs of this journey's
     * processes as the job executor would (it is off in the suite): asynchronous continuations
     * after a task and the allocation's start. Other tests' and the demo's jobs are left alone.
     */
    private void engineCatchesUp(BooleanSupplier condition) {
        browser.waiting().until(d -> {
            ours.forEach((processKey, businessKey) -> runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                    .processInstanceBusinessKey(Long.toString(businessKey)).list()
                    .forEach(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list()
                            .forEach(job -> management.executeJob(job.getId()))));
            return condition.getAsBoolean();
        });
    }

    /** Whether the cycle's allocation waits as a job for the engine (read only). */
    private boolean allocationQueued(long cycleId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(cycleId)).list().stream()
                .anyMatch(instance -> management.createJobQuery().processInstanceId(instance.getId())
                        .activityId(BudgetAllocationProcess.TASK_ALLOCATE).count() > 0);
    }

    /** Whether the process of this case waits in this user task (read only, to know when to look at the inbox). */
    private boolean taskWaits(String processKey, long businessKey, String taskId) {
        return taskService.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(Long.toString(businessKey)).taskDefinitionKey(taskId).count() > 0;
    }

    private ProposalStatus status(long proposalId) {
        return proposals.find(proposalId).orElseThrow().getStatus();
    }

    // ------------------------------------------------------------------ screens

    private void castBallot(long optionId) {
        browser.click(By.id("option-" + optionId));
        browser.waiting().until(d -> d.findElement(By.id("send-ballot")).getAttribute("disabled") == null);
        browser.click(By.id("send-ballot"));
        assertThat(browser.waitFor(By.id("receipt-code")).getText()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
    }

    /** The text of the path's current stage. */
    private String currentStage() {
        return browser.waitFor(By.cssSelector("#proposal-path [data-state='current']")).getText();
    }
}
