package tr.bel.izmir.bizizmir.security;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vaadin shell, the bpmn.io editors and Camunda Cockpit work in Chromium under the
 * Content-Security-Policy the application sends, with no violation in the browser console.
 * Runs in Vaadin's development mode, as the whole suite does (see DD013 for production mode).
 */
@IntegrationTest
class ContentSecurityPolicyE2E {

    @LocalServerPort
    int port;

    Browser browser;

    static List<String> violations(List<String> console) {
        return console.stream().filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    @Test
    void shell_editors_and_cockpit_render_without_a_single_csp_violation() {
        List<String> console = new ArrayList<>();
        // Signing in through vaadin-login-form also proves the form sends the CSRF token.
        browser = Browser.desktop("http://localhost:" + port).loginLocal("admin", "admin");

        browser.go("/");
        browser.waitForText(By.tagName("h1"), "Bizİzmir'e hoş geldiniz");
        browser.waitForText(By.id("current-user"), "Ayşe Yönetici");
        console.addAll(browser.consoleMessages());

        browser.go("/modeling/edit/new");
        browser.waitFor(By.cssSelector("#model-editor[data-ready='true']"));
        browser.waitFor(By.cssSelector("#model-editor .bio-properties-panel"));
        browser.driver().findElement(By.id("editor-validate")).click();
        browser.waitForText(By.id("editor-status"), "bpmnlint");
        console.addAll(browser.consoleMessages());

        browser.go("/modeling/processes");
        browser.waitFor(By.id("model-catalogue"));
        console.addAll(browser.consoleMessages());

        browser.go("/camunda/app/cockpit/default/");
        browser.waitFor(By.cssSelector(".navbar-brand"));
        browser.waiting().until(d -> !d.findElements(By.cssSelector("[cam-widget-header], .dashboard, .ctn-main")).isEmpty());
        console.addAll(browser.consoleMessages());

        assertThat(violations(console)).as("CSP violations in the browser console").isEmpty();

        // The check above can see a violation: a foreign image is refused and reported.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const i = new Image(); i.src = 'https://example.org/tracker.png'; document.body.append(i);");
        browser.waiting().until(d -> !violations(browser.consoleMessages()).isEmpty());
    }
}
