package tr.bel.izmir.bizizmir.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteKind;
import tr.bel.izmir.bizizmir.voting.VoteOptionInfo;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, the demo resident komsu signs in with the demo password, finds the open Göztepe
 * vote in the votes list, fills in a knapsack ballot, gets a receipt and finds it again under
 * "my receipt". (Another test may have voted as komsu already: the vote is changeable, so the
 * ballot is then changed and keeps its receipt code.)
 */
@IntegrationTest
class OpenVoteDemoE2E {

    @LocalServerPort int port;
    @Autowired PublicVotes votes;
    @Autowired ResidentRegistry residents;

    private static final String RECEIPT = "[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}";

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_demo_resident_votes_in_the_open_demo_vote_from_the_list_on_a_phone() {
        long home = residents.residentOf(OpenVoteDemoData.VOTER).orElseThrow().neighbourhoodId();
        var vote = votes.all().stream().filter(v -> v.getKind() == VoteKind.PB_CYCLE && v.getStatus() == VoteStatus.OPEN
                && v.getNeighbourhoodId() == home).findFirst().orElseThrow();
        List<VoteOptionInfo> cheapest = votes.optionsOf(vote).stream()
                .sorted(Comparator.comparing(o -> o.getCost().orElseThrow())).limit(2).toList();
        assertThat(cheapest).extracting(o -> o.getCost().orElseThrow().amount().longValue())
                .containsExactly(60_000L, 135_000L);

        browser = Browser.phone("http://localhost:" + port).loginLocal(OpenVoteDemoData.VOTER, "demo");
        // The home page lists the vote open in the resident's neighbourhood.
        assertThat(browser.waitFor(By.id("my-neighbourhood")).getText()).contains("Oylama açık: " + vote.getTitle());
        browser.go("/votes");
        // The resident's own open vote comes first, marked as theirs, with its voting days.
        var firstCard = browser.waitFor(By.cssSelector("#votes > .vote-card"));
        assertThat(firstCard.getDomAttribute("id")).isEqualTo("vote-card-" + vote.getId());
        assertThat(firstCard.getText()).contains("Mahallenizin oylaması", "Oylama açık", "(son gün dahil)");
        browser.click(browser.waitFor(By.id("go-vote-" + vote.getId())));
        browser.waitFor(By.id("ballot-options"));
        for (WebElement box : browser.driver().findElements(By.cssSelector("vaadin-checkbox[id^='option-']"))) {
            if (box.getAttribute("checked") != null) {
                browser.click(box);
            }
        }
        browser.waitForText(By.id("remaining"), "Kalan bütçe: ₺1.000.000,00");
        for (VoteOptionInfo option : cheapest) {
            browser.click(browser.driver().findElement(By.id("option-" + option.getId())));
        }
        browser.waitForText(By.id("remaining"), "Kalan bütçe: ₺805.000,00");
        browser.waiting().until(d -> d.findElement(By.id("send-ballot")).getAttribute("disabled") == null);
        browser.click(browser.driver().findElement(By.id("send-ballot")));

        // The ballot is stored with these choices (if komsu had voted before, it is changed, same receipt) ...
        var chosenIds = cheapest.stream().map(VoteOptionInfo::getId).toList();
        browser.waiting().until(d -> RunAs.user(OpenVoteDemoData.VOTER, () -> votes.myBallot(vote.getId()), "citizen", "resident")
                .map(m -> m.optionIds().size() == chosenIds.size() && m.optionIds().containsAll(chosenIds)).orElse(false));
        String code = RunAs.user(OpenVoteDemoData.VOTER, () -> votes.myBallot(vote.getId()), "citizen", "resident")
                .orElseThrow().receiptCode().orElseThrow();
        assertThat(code).matches(RECEIPT);
        // ... and the page says so: the receipt card (at the top, scrolled out of view: read its text content).
        browser.waiting().until(d -> code.equals(d.findElement(By.id("receipt-code")).getDomProperty("textContent")));
        browser.waiting().until(d -> "Oyumu değiştir".equals(d.findElement(By.id("send-ballot")).getDomProperty("textContent").strip()));

        // Back on the list the vote says it has my ballot, and leads to my receipt.
        browser.go("/votes");
        browser.waitForText(By.id("vote-card-" + vote.getId()), "Oy verdiniz");
        browser.click(browser.waitFor(By.id("my-receipt-" + vote.getId())));
        browser.waiting().until(d -> d.getCurrentUrl().contains("/votes/receipt/" + vote.getId()));
        browser.waitForText(By.id("receipt-code"), code);
        for (VoteOptionInfo option : cheapest) {
            browser.waitForText(By.tagName("body"), option.getLabel());
        }
    }
}
