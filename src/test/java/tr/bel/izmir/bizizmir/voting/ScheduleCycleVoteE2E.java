package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer schedules the vote of an at-most-k cycle from the page, choosing k and no changes. */
@IntegrationTest
class ScheduleCycleVoteE2E {

    @LocalServerPort int port;
    @Autowired VoteFixtures fixtures;
    @Autowired PublicVotes votes;
    @Autowired PbCycles cycles;
    @Autowired JdbcTemplate jdbc;

    private Browser browser;

    @Test
    void an_officer_schedules_a_cycles_vote_with_k_and_without_changes() {
        long hood = fixtures.neighbourhood("Planla");
        LocalDate today = IzmirTime.now(Clock.systemUTC()).toLocalDate();
        var cycle = SystemActor.call(() -> cycles.open(new CycleSpec(hood, "Planlanacak döngü " + hood, Money.ofLira(400_000),
                CyclePhase.REVIEW, today.minusDays(60), today.minusDays(30), today.plusDays(20), today.plusDays(30),
                0, 3, 16, BallotRule.K_APPROVAL, AllocationRule.EQUAL_SHARES)));

        browser = Browser.desktop("http://localhost:" + port).loginLocal("memur", "demo");
        browser.go("/votes/schedule");
        WebElement card = browser.waitFor(By.id("cycle-vote-" + cycle.getId()));
        // Dates as a Turkish reader writes them, not ISO (issue 14).
        assertThat(card.getText()).contains(IzmirTime.formatDate(today.plusDays(20), java.util.Locale.forLanguageTag("tr-TR")))
                .doesNotContain(today.plusDays(20).toString());
        WebElement k = card.findElement(By.tagName("vaadin-integer-field")).findElement(By.tagName("input"));
        k.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        WebElement changeable = card.findElement(By.tagName("vaadin-checkbox"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", changeable);
        WebElement schedule = card.findElement(By.id("schedule-" + cycle.getId()));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", schedule);

        browser.waitForText(By.id("cycle-vote-" + cycle.getId()), "Oylama planlandı");
        var vote = votes.ofCycle(cycle.getId()).orElseThrow();
        assertThat(vote.getStatus()).isEqualTo(VoteStatus.SCHEDULED);
        assertThat(vote.getRule()).isEqualTo(VoteRule.K_APPROVAL);
        assertThat(vote.getMaxChoices()).isEqualTo(2);
        assertThat(vote.isChangeable()).isFalse();
        assertThat(vote.getOpensAt()).isEqualTo(today.plusDays(20).atStartOfDay(IzmirTime.ZONE).toInstant());
    }
}
