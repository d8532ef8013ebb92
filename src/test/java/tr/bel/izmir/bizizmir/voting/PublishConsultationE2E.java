package tr.bel.izmir.bizizmir.voting;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer publishes a yes/no consultation from the form; its page and scheduled vote follow. */
@IntegrationTest
class PublishConsultationE2E {

    @LocalServerPort int port;
    @Autowired Consultations consultations;

    private Browser browser;

    void type(String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.findElement(By.cssSelector(field.getTagName().equals("vaadin-text-area") ? "textarea" : "input")).sendKeys(text, Keys.TAB); // the value reaches the server on blur
    }

    @Test
    void an_officer_publishes_a_consultation() {
        String title = "Gümüşpala pazar yeri " + UUID.randomUUID().toString().substring(0, 8);
        browser = Browser.desktop("http://localhost:" + port).loginLocal("memur", "demo");
        browser.go("/consultations/new");
        type("consultation-title", title);
        type("consultation-question", "Pazar yeri kapalı alana taşınsın mı?");
        type("consultation-description", "Belediye pazar yerini kapalı bir alana taşımayı düşünüyor.");
        WebElement publish = browser.driver().findElement(By.id("consultation-publish"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", publish);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/consultations/view/"));
        browser.waitForText(By.tagName("main"), title);
        var published = consultations.all().stream().filter(c -> c.getTitle().equals(title)).findFirst().orElseThrow();
        var vote = consultations.voteOf(published.getId());
        assertThat(vote.getStatus()).isEqualTo(VoteStatus.SCHEDULED);
        assertThat(vote.getRule()).isEqualTo(VoteRule.SINGLE_CHOICE);
    }
}
