package tr.bel.izmir.bizizmir.voting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen takes part in the demo's city-wide consultation from a phone: answers it with a
 * secret ballot and gets a receipt, comments; another citizen reports the comment, a moderator
 * hides it, and the public page no longer shows it.
 */
@IntegrationTest
class ConsultationE2E {

    @LocalServerPort int port;
    @Autowired VoteFixtures voteFixtures;
    @Autowired Consultations consultations;
    @Autowired PublicVotes votes;
    @Autowired JdbcTemplate jdbc;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(Browser::close);
    }

    private Browser open(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    @Test
    void a_citizen_answers_and_comments_on_a_phone_and_a_reported_comment_is_hidden_by_a_moderator() {
        var kordon = consultations.all().stream().filter(c -> c.getTitle().equals("Kordon bisiklet yolu")).findFirst().orElseThrow();
        // The job executor is off in tests: the vote's opening timer (due today) runs here.
        voteFixtures
                .runDueJobs(consultations.voteOf(kordon.getId()).getId());
        var vote = consultations.voteOf(kordon.getId());
        assertThat(vote.getStatus()).isEqualTo(VoteStatus.OPEN);
        String comment = "Kaldırım daralmasın, otopark şeridi kullanılsın " + UUID.randomUUID().toString().substring(0, 6);

        var sakin = open(Browser.phone("http://localhost:" + port).loginLocal("sakin", "demo"));
        sakin.go("/consultations");
        sakin.click(sakin.waitFor(By.id("open-consultation-" + kordon.getId())));
        sakin.waitForText(By.tagName("main"), "Kordon'daki bisiklet yolu iki yönlü olacak şekilde genişletilsin mi?");
        sakin.click(sakin.waitFor(By.id("consultation-vote")));
        var yes = sakin.waitFor(By.xpath("//vaadin-radio-button[.//label[normalize-space()='Evet']]"));
        sakin.click(yes.findElement(By.tagName("input")));
        sakin.waiting().until(d -> d.findElement(By.id("send-ballot")).getAttribute("disabled") == null);
        sakin.click(sakin.driver().findElement(By.id("send-ballot")));
        sakin.waiting().until(d -> d.findElement(By.id("receipt-code")).getDomProperty("textContent")
                .matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"));
        var mine = RunAs.user("sakin", () -> votes.myBallot(vote.getId()), "citizen", "resident").orElseThrow();
        assertThat(mine.optionIds()).containsExactly(votes.optionsOf(vote).get(0).getId());

        sakin.go("/consultations/view/" + kordon.getId());
        sakin.waitFor(By.cssSelector("#comment-text textarea")).sendKeys(comment, Keys.TAB);
        sakin.click(sakin.driver().findElement(By.id("comment-send")));
        sakin.waitForText(By.id("comments"), comment);
        long commentId = consultations.comments(kordon.getId()).stream().filter(c -> c.getBody().equals(comment))
                .findFirst().orElseThrow().getId();

        var vatandas = open(Browser.phone("http://localhost:" + port).loginLocal("vatandas", "demo"));
        vatandas.go("/consultations/view/" + kordon.getId());
        vatandas.click(vatandas.waitFor(By.id("report-" + commentId)));
        vatandas.waitForText(By.tagName("body"), "Yorum denetçilere bildirildi.");

        var moderator = open(Browser.desktop("http://localhost:" + port).loginLocal("moderator", "demo"));
        moderator.go("/moderation/comments");
        moderator.click(moderator.waitFor(By.id("moderate-" + commentId)));
        moderator.waitForText(By.tagName("body"), "Yorum gizlendi.");

        var anyone = open(Browser.phone("http://localhost:" + port));
        anyone.go("/consultations/view/" + kordon.getId());
        anyone.waitFor(By.id("comments"));
        anyone.waitForText(By.id("comments"), "Bisiklet yolu genişlesin");
        assertThat(anyone.driver().findElement(By.id("comments")).getText()).doesNotContain(comment);
        assertThat(anyone.driver().findElements(By.id("comment-" + commentId))).isEmpty();
    }
}
