package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process owner (surec) changes a form field's label in the browser's form editor and deploys
 * it as a new version; an officer (memur) then sees the new label in the task form of the inbox.
 * The form and its process are this test's own, so other tests' forms stay as they are.
 */
@IntegrationTest
class FormLabelChangeE2E {

    @LocalServerPort int port;
    @Autowired ProcessModels models;
    @Autowired RuntimeService runtime;
    @Autowired NeighbourhoodCatalog neighbourhoods;

    Browser browser;

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            try {
                // The last screen, whatever happened: the picture to look at when this test fails.
                Files.createDirectories(Path.of("target/screenshots"));
                Files.write(Path.of("target/screenshots/modeling-last.png"), browser.screenshot());
            } catch (RuntimeException ignored) {
                // the browser was already closed
            }
            browser.close();
        }
    }

    @Test
    void a_process_owner_relabels_a_form_field_deploys_and_the_officer_sees_the_new_label() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String formKey = "EtiketFormu_" + tag;
        String processKey = "EtiketSureci_" + tag;
        String caseTitle = "Form etiketi denemesi " + tag;
        String form = """
                {
                  "id": "%s",
                  "type": "default",
                  "components": [
                    { "type": "textfield", "id": "Field_Observation", "key": "observation", "label": "Gözlem notu" }
                  ]
                }
                """.formatted(formKey);
        String process = Bpmn.convertToString(Bpmn.createExecutableProcess(processKey).name("Etiket süreci")
                .camundaHistoryTimeToLiveString("P30D").startEvent("Start").name("Başladı")
                .userTask("Observe").name("Gözlem yap").camundaCandidateGroups("officer")
                .camundaFormRef(formKey).camundaFormRefBinding("latest")
                .endEvent("End").name("Bitti").done());
        RunAs.user("surec", () -> models.deploy(List.of(ModelResource.of("forms/" + formKey + ".form", form),
                ModelResource.of("processes/" + processKey + ".bpmn", process)), "test form"), "process-owner");
        long neighbourhood = neighbourhoods.requireByCode("seferihisar-sigacik").getId();
        runtime.startProcessInstanceByKey(processKey, tag,
                Map.of("caseTitle", caseTitle, "neighbourhoodId", neighbourhood));

        // The process owner finds the form in the catalogue and opens the form editor.
        browser = Browser.open("http://localhost:" + port, 1366, 1000).loginLocal("surec", "demo");
        browser.go("/modeling/processes");
        WebElement search = browser.waitFor(By.cssSelector("#modeling-search input"));
        search.sendKeys(formKey);
        browser.waiting().until(d -> d.findElements(By.cssSelector("#model-catalogue .model-edit")).stream()
                .filter(WebElement::isDisplayed).count() == 1);
        browser.driver().findElements(By.cssSelector("#model-catalogue .model-edit")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        browser.waitFor(By.cssSelector("#model-editor[data-ready='true']"));

        // Select the field on the canvas, then rewrite its label in the properties panel.
        WebElement field = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='model-editor']//*[contains(@class,'fjs-form-field') and .//*[contains(., 'Gözlem notu')]]")));
        field.click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'bio-properties-panel-group-header') and .//*[normalize-space(text())='General']]"))).click();
        WebElement label = browser.waitFor(By.cssSelector("[data-entry-id='label'] [contenteditable='true']"));
        label.click();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // Select the whole label and type the new one as one text input (as a paste or an IME does):
        // the label is a CodeMirror editor that re-renders while keys arrive one by one.
        js.executeScript("const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);", label);
        browser.waiting().until(d -> String.valueOf(js.executeScript("return window.getSelection().toString()"))
                .contains("Gözlem notu"));
        ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver())
                .executeCdpCommand("Input.insertText", Map.of("text", "Saha gözlemi (yeni)"));
        browser.waiting().until(d -> String.valueOf(js.executeScript(
                "return JSON.stringify(document.getElementById('model-editor').__m.saveSchema())")).contains("Saha gözlemi (yeni)"));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/modeling-form-editor.png"), browser.screenshot());

        browser.driver().findElement(By.id("editor-deploy")).click();
        WebElement note = browser.waitFor(By.cssSelector("#deploy-note textarea"));
        note.sendKeys("Gözlem alanının etiketi sahaya uygun hale getirildi");
        browser.driver().findElement(By.id("deploy-confirm")).click();
        browser.waitFor(By.id("migration-stay")).click();
        browser.waitFor(By.id("model-catalogue"));
        browser.close();
        browser = null;

        // The officer opens the task: the form shows the new label.
        browser = Browser.open("http://localhost:" + port, 1366, 1800).loginLocal("memur", "demo");
        browser.openTask(caseTitle);
        WebElement observation = browser.waitFor(By.id("form-field-observation"));
        browser.waiting().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return arguments[0].label", observation)).equals("Saha gözlemi (yeni)"));
        Files.write(Path.of("target/screenshots/modeling-inbox-new-label.png"), browser.screenshot());
    }
}
