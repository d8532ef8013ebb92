package tr.bel.izmir.bizizmir.assembly;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.proposal.process.ProposalSubmissionProcess;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestResidents;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assembly member votes on a proposal from a phone-sized window, with a comment; the chair
 * merges a duplicate from the same page.
 */
@IntegrationTest
class AssemblyVoteE2E {

    @LocalServerPort int port;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;
    @Autowired AssemblyDirectory assemblies;
    @Autowired ResidentRegistry residents;
    @Autowired ProposalSubmissions submissions;
    @Autowired TaskInbox inbox;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired AssemblyReviews reviews;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    record Setup(NeighbourhoodInfo hood, PbCycleInfo cycle) {
    }

    /** A neighbourhood of the test's own with a cycle taking proposals and an assembly: uye a member, baskan its chair. */
    Setup assemblyWithCycle(String neighbourhood, String cycleTitle, String assemblyName, String tag) {
        var hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Tire", neighbourhood + " " + tag);
        var cycle = RunAs.user("admin", () -> cycles.open(new CycleSpec(hood.getId(), cycleTitle + " " + tag,
                Money.ofLira(300_000), CyclePhase.SUBMISSION, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30),
                LocalDate.now().plusDays(40), LocalDate.now().plusDays(50), 1, 2, 16, BallotRule.KNAPSACK,
                AllocationRule.GREEDY)), "admin");
        var assembly = RunAs.user("admin", () -> assemblies.establish(hood.getId(), assemblyName + " " + tag, false,
                LocalDate.now().minusDays(30)), "admin");
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "uye", AssemblyMemberInfo.Role.MEMBER, LocalDate.now().minusDays(30)));
        SystemActor.call(() -> assemblies.enrol(assembly.getId(), "baskan", AssemblyMemberInfo.Role.CHAIR, LocalDate.now().minusDays(30)));
        return new Setup(hood, cycle);
    }

    String resident(String username, long neighbourhoodId, String code) {
        return TestResidents.verified(residents, neighbourhoods, username, neighbourhoodId, 1980);
    }

    @Test
    void a_member_reads_the_proposal_and_votes_with_a_comment_on_a_phone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var setup = assemblyWithCycle("Meclis", "Meclis döngüsü", "Meclis", tag);
        var hood = setup.hood();
        var cycle = setup.cycle();

        String author = resident("meclis-yazar-" + tag, hood.getId(), hood.getCode());
        String title = "Tire pazar yerine gölgelik " + tag;
        var submitted = RunAs.user(author, () -> submissions.submit(cycle.getId(), new ProposalDraft(title,
                "Pazar yerinin güney tarafına yazın gölge verecek tente ve oturma yerleri.", ProposalCategory.PARKS,
                "Tire pazar yeri", null, null, null), UUID.randomUUID().toString()), "citizen", "resident");
        var screening = taskService.createTaskQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(submitted.proposalId())).singleResult();
        RunAs.user("memur", () -> inbox.complete(screening.getId(), Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")),
                "officer", "dept-participation", "dept-parks");
        management.createJobQuery().executable().list().forEach(j -> management.executeJob(j.getId()));
        String neighbour = resident("meclis-komsu-" + tag, hood.getId(), hood.getCode());
        RunAs.user(neighbour, () -> submissions.support(submitted.proposalId()), "citizen", "resident");
        assertThat(reviews.count(submitted.proposalId()).members()).isEqualTo(2);

        browser = Browser.phone("http://localhost:" + port).loginLocal("uye", "demo");
        browser.go("/assembly/votes");
        WebElement cards = browser.waitFor(By.id("awaiting-votes"));
        browser.waiting().until(d -> cards.getText().contains(title));
        long id = submitted.proposalId();
        WebElement notRecommend = browser.driver().findElement(
                By.xpath("//*[@id='vote-choice-" + id + "']//vaadin-radio-button[contains(., 'Tavsiye etmiyorum')]"));
        browser.click(notRecommend);
        WebElement send = browser.driver().findElement(By.id("vote-send-" + id));
        browser.click(send);
        browser.waiting().until(d -> d.getPageSource().contains("gerekçenizi yazın"));
        assertThat(reviews.count(id).votesCast()).as("no vote without the required comment").isZero();

        browser.driver().findElement(By.cssSelector("#vote-comment-" + id + " textarea"))
                .sendKeys("Pazar günleri tente trafiği kapatır; önce ulaşım planı gerekli.");
        browser.click(send);
        // The card goes once the vote is saved. (Not getText(): on a phone the card's title may be
        // scrolled out of view, and Selenium leaves text out of view out of getText().)
        browser.waiting().until(d -> d.findElements(By.id("vote-send-" + id)).isEmpty());
        var count = reviews.count(id);
        assertThat(count.votesCast()).isEqualTo(1);
        assertThat(count.recommendVotes()).isZero();
    }

    /** A proposal of the cycle that passed screening and got its one support: it is under assembly review. */
    long underReview(long cycleId, long neighbourhoodId, String code, String title, String tag) {
        String author = resident("yazar-" + UUID.randomUUID().toString().substring(0, 8), neighbourhoodId, code);
        var submitted = RunAs.user(author, () -> submissions.submit(cycleId, new ProposalDraft(title,
                "Pazar yerinin güney tarafına yazın gölge verecek tente ve oturma yerleri.", ProposalCategory.PARKS,
                "Tire pazar yeri", null, null, null), UUID.randomUUID().toString()), "citizen", "resident");
        var screening = taskService.createTaskQuery().processDefinitionKey(ProposalSubmissionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(submitted.proposalId())).singleResult();
        RunAs.user("memur", () -> inbox.complete(screening.getId(), Map.of(ProposalSubmissionProcess.VAR_SCREENING_DECISION, "accept")),
                "officer", "dept-participation", "dept-parks");
        management.createJobQuery().executable().list().forEach(j -> management.executeJob(j.getId()));
        String neighbour = resident("komsu-" + UUID.randomUUID().toString().substring(0, 8), neighbourhoodId, code);
        RunAs.user(neighbour, () -> submissions.support(submitted.proposalId()), "citizen", "resident");
        return submitted.proposalId();
    }

    @Test
    void the_chair_merges_a_duplicate_from_the_phone_page_and_its_page_says_into_which() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var setup = assemblyWithCycle("Birlesme", "Birleşme döngüsü", "Birleşme", tag);
        var hood = setup.hood();
        var cycle = setup.cycle();
        long original = underReview(cycle.getId(), hood.getId(), hood.getCode(), "Pazar yerine gölgelik " + tag, tag);
        long duplicate = underReview(cycle.getId(), hood.getId(), hood.getCode(), "Pazar yerine tente " + tag, tag);

        browser = Browser.phone("http://localhost:" + port).loginLocal("baskan", "demo");
        browser.go("/assembly/votes");
        browser.waitFor(By.id("merge-send-" + duplicate));
        // Without a reason: refused, nothing merged.
        WebElement target = browser.driver().findElement(By.cssSelector("#merge-target-" + duplicate + " input"));
        browser.click(target);
        target.sendKeys("#" + original);
        WebElement option = browser.waiting().until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(e -> e.getText().contains("#" + original)).findFirst().orElse(null));
        option.click();
        browser.click(browser.driver().findElement(By.id("merge-send-" + duplicate)));
        browser.waiting().until(d -> d.getPageSource().contains("kamuya açık bir gerekçe yazın"));
        assertThat(reviews.publicView(duplicate).orElseThrow().outcome()).isEmpty();

        String reason = "Aynı pazar yerine aynı gölgelik isteniyor " + tag;
        browser.driver().findElement(By.cssSelector("#merge-reason-" + duplicate + " textarea")).sendKeys(reason);
        browser.click(browser.driver().findElement(By.id("merge-send-" + duplicate)));
        browser.waiting().until(d -> d.findElements(By.id("merge-send-" + duplicate)).isEmpty());
        assertThat(reviews.publicView(duplicate).orElseThrow().mergedInto()).contains(original);
        assertThat(browser.driver().findElements(By.id("vote-send-" + duplicate))).as("no longer awaits a vote").isEmpty();

        browser.go("/proposals/" + duplicate);
        WebElement review = browser.waitFor(By.id("assembly-review"));
        browser.waiting().until(d -> review.getText().contains("#" + original + " numaralı öneriyle birleştirdi"));
        assertThat(review.getText()).contains(reason);
    }
}
