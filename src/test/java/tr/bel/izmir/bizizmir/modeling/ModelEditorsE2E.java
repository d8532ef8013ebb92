package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's diagram with waiting-instance badges, the BPMN modeler with the Camunda 7
 * properties panel and bpmnlint, and the DMN decision-table editor, in a real browser.
 */
@IntegrationTest
class ModelEditorsE2E {

    @LocalServerPort int port;
    @Autowired ProcessModels models;
    @Autowired RuntimeService runtime;

    Browser browser;

    void openFromCatalogue(String search, String action) {
        browser.go("/modeling/processes");
        browser.waitFor(By.cssSelector("#modeling-search input")).sendKeys(search);
        // The grid re-renders its rows while the filter applies: look again until one shown row can be clicked.
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            var shown = d.findElements(By.cssSelector("#model-catalogue .model-" + action)).stream()
                    .filter(WebElement::isDisplayed).toList();
            if (shown.size() != 1) {
                return false;
            }
            shown.get(0).click();
            return true;
        });
    }

    @Test
    void diagram_badges_bpmn_modeler_with_camunda_properties_and_lint_and_the_decision_table_editor() throws Exception {
        String key = "RozetSureci_" + UUID.randomUUID().toString().substring(0, 8);
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("Rozet süreci")
                .camundaHistoryTimeToLiveString("P30D").startEvent("Start").name("Başladı")
                .userTask("Review").name("İncele").camundaCandidateGroups("officer,dept-parks")
                .endEvent("End").name("Bitti").done());
        RunAs.user("surec", () -> models.deploy(List.of(ModelResource.of("processes/" + key + ".bpmn", xml)), "badges"),
                "process-owner");
        runtime.startProcessInstanceByKey(key);
        runtime.startProcessInstanceByKey(key);

        browser = Browser.open("http://localhost:" + port, 1366, 1000).loginLocal("surec", "demo");
        // A stale or mistyped editor address: the translated not-found page in the shell, no stack trace.
        browser.go("/modeling/edit/NoSuchProcess:1:none");
        assertThat(browser.waitFor(By.id("error-page")).getText()).contains("Sayfa bulunamadı");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at tr.bel.", "at com.vaadin");
        openFromCatalogue(key, "diagram");
        browser.waitFor(By.cssSelector("#diagram-canvas[data-ready='true']"));
        assertThat(browser.waitFor(By.cssSelector("#diagram-canvas .biz-instance-count[data-activity='Review']")).getText())
                .isEqualTo("2");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/modeling-diagram.png"), browser.screenshot());
        browser.driver().findElement(By.cssSelector("#diagram-dialog vaadin-button, vaadin-dialog-overlay vaadin-button"));

        // The modeler: select the user task, the Camunda properties panel shows its candidate groups.
        browser.go("/modeling/processes");
        openFromCatalogue(key, "edit");
        browser.waitFor(By.cssSelector("#model-editor[data-ready='true']"));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#model-editor .djs-element[data-element-id='Review']"))).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("#model-editor .bio-properties-panel-header-label"))
                .stream().anyMatch(e -> e.getText().contains("İncele")));
        var js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("const m = document.getElementById('model-editor').__m;"
                + " return m.get('elementRegistry').get('Review').businessObject.get('camunda:candidateGroups');"))
                .isEqualTo("officer,dept-parks");
        assertThat(browser.driver().findElements(By.cssSelector("#model-editor [data-group-id='group-CamundaPlatform__UserAssignment']")))
                .isNotEmpty();
        // The editor speaks the reader's language (issue 14): Turkish group titles and type, cased as Turkish.
        var assignment = browser.driver().findElement(By.cssSelector(
                "#model-editor [data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header-title"));
        assertThat(assignment.getText()).isEqualTo("Görev ataması");
        assertThat(browser.driver().findElement(By.cssSelector("#model-editor .bio-properties-panel-header-type")).getText())
                .contains("KULLANICI").doesNotContainIgnoringCase("user task");
        assertThat(browser.driver().findElement(By.id("model-editor")).getAttribute("lang")).isEqualTo("tr");
        browser.driver().findElement(By.id("editor-validate")).click();
        browser.waitForText(By.id("editor-status"), "Doğrulama başarılı");
        assertThat(browser.driver().findElement(By.id("editor-status")).getText()).contains("bpmnlint: sorun yok");
        Files.write(Path.of("target/screenshots/modeling-bpmn-editor.png"), browser.screenshot());

        // The decision table editor on a deployed DMN.
        openFromCatalogue("FeasibilityApproval", "edit");
        browser.waitFor(By.cssSelector("#model-editor[data-ready='true']"));
        browser.waitFor(By.cssSelector("#model-editor .tjs-table"));
        Files.write(Path.of("target/screenshots/modeling-dmn-editor.png"), browser.screenshot());
        browser.driver().findElement(By.id("editor-validate")).click();
        browser.waitForText(By.id("editor-status"), "Doğrulama başarılı");
    }

    @Test
    void the_bpmn_editor_saves_every_deployed_process_of_processes_without_a_semantic_change() throws Exception {
        var catalogue = RunAs.user("surec", () -> models.catalogue(), "process-owner");
        List<ProcessModels.Definition> latest;
        try (var files = Files.list(Path.of("processes"))) {
            List<String> names = files.map(p -> "processes/" + p.getFileName()).filter(n -> n.endsWith(".bpmn")).toList();
            latest = names.stream().map(n -> catalogue.stream().filter(d -> d.resourceName().equals(n))
                    .max(java.util.Comparator.comparing(ProcessModels.Definition::version)).orElseThrow()).toList();
        }
        assertThat(latest).isNotEmpty();
        browser = Browser.open("http://localhost:" + port, 1366, 1000).loginLocal("surec", "demo");
        var js = (JavascriptExecutor) browser.driver();
        for (var d : latest) {
            browser.go("/modeling/edit/" + d.id());
            browser.waitFor(By.cssSelector("#model-editor[data-ready='true']"));
            Object saved = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " document.getElementById('model-editor').__m.saveXML({ format: true }).then(r => done(r.xml));");
            byte[] deployed = RunAs.user("surec", () -> models.export(d), "process-owner").bytes();
            assertThat(ModelDiff.compare(deployed, String.valueOf(saved).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .as("what bpmn-js saves for %s (ids, DI, Camunda extension elements)", d.resourceName()).isEmpty();
        }
    }
}
