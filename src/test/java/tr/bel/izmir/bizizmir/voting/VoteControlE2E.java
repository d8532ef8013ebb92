package tr.bel.izmir.bizizmir.voting;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer closes a vote early with a reason, and everyone sees the reason on the public vote page. */
@IntegrationTest
class VoteControlE2E {

    @LocalServerPort int port;
    @Autowired VoteFixtures fx;
    @Autowired PublicVotes votes;
    @Autowired JdbcTemplate jdbc;

    private Browser browser;

    @Test
    void an_officer_closes_a_vote_early_with_a_reason_that_the_public_vote_page_shows() {
        var pb = fx.pbVote(BallotRule.KNAPSACK, null, false, -1, 5);
        long voteId = pb.vote().getId();
        String reason = "Mahkeme kararı gereği oylama durduruldu " + pb.tag() + ".";

        browser = Browser.desktop("http://localhost:" + port).loginLocal("memur", "demo");
        browser.go("/votes/control");
        browser.click(browser.waitFor(By.id("close-now-" + voteId)));
        // Without a reason the dialog refuses and the vote stays open.
        browser.click(browser.waitFor(By.id("control-confirm")));
        browser.waitForNotification("gerekçe");
        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.OPEN);

        browser.driver().findElement(By.cssSelector("#control-reason textarea")).sendKeys(reason, Keys.TAB);
        browser.click(browser.driver().findElement(By.id("control-confirm")));
        browser.waitForText(By.id("control-vote-" + voteId), reason);
        assertThat(votes.require(voteId).getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(browser.driver().findElements(By.id("close-now-" + voteId))).isEmpty();
        browser.close();

        // A citizen, not signed in, sees why the vote closed early: on the list and with the results.
        browser = Browser.desktop("http://localhost:" + port);
        browser.go("/votes");
        browser.waitForText(By.id("vote-control-notes-" + voteId), reason);
        assertThat(browser.driver().findElement(By.id("vote-control-notes-" + voteId)).getText())
                .contains("belediye tarafından erken kapatıldı");
        assertThat(browser.driver().findElement(By.id("vote-card-" + voteId)).getText())
                .as("the real end and the final wording, not the planned dates and 'so far'")
                .contains("planlanandan erken kapandı", "Oy veren:").doesNotContain("Şu ana kadar");
        browser.go("/votes/results/" + voteId);
        browser.waitForText(By.id("vote-control-notes-" + voteId), reason);
        assertThat(browser.driver().findElement(By.id("vote-control-notes-" + voteId)).getText())
                .doesNotContain("memur");
    }
}
