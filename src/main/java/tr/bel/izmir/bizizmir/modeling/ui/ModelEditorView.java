package tr.bel.izmir.bizizmir.modeling.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.modeling.ModelResource;
import tr.bel.izmir.bizizmir.modeling.ProcessModels;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.Definition;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.Kind;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bpmn.io editors in the platform: bpmn-js with the Camunda 7 properties panel and bpmnlint,
 * dmn-js's decision table editor, or form-js's form editor, for one deployed version (or a new
 * process). What the editor saves is validated on the server and deployed unchanged.
 */
@Route("modeling/edit")
@RolesAllowed({AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
class ModelEditorView extends TranslatedView implements HasUrlParameter<String> {

    private static final Pattern PROCESS_ID = Pattern.compile("<(?:\\w+:)?process\\s[^>]*?id=\"([^\"]+)\"");

    private final ProcessModels models;
    private final Div editor = new Div();
    private final Div status = new Div();
    private final ObjectMapper json = new ObjectMapper();
    private Kind kind;
    private String resourceName;

    /** What the browser's editor holds right now, and bpmnlint's findings on it (BPMN only). */
    private record Saved(String content, List<String> lintErrors, List<String> lintWarnings) {
    }

    ModelEditorView(ProcessModels models) {
        super("modeling.editor.title");
        this.models = models;
        addClassName("modeling-editor");
        var validate = new Button(getTranslation("modeling.editor.validate"), e -> saved(this::validate));
        validate.setId("editor-validate");
        var deploy = new Button(getTranslation("modeling.editor.deploy"), e -> saved(this::deploy));
        deploy.setId("editor-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var back = new Button(getTranslation("modeling.editor.back"),
                e -> getUI().ifPresent(ui -> ui.navigate("modeling/processes")));
        status.setId("editor-status");
        editor.setId("model-editor");
        editor.addClassName("model-editor");
        editor.setWidthFull();
        editor.setHeight("75vh");
        editor.getStyle().set("display", "flex").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("background", "white");
        add(new HorizontalLayout(back, validate, deploy), status, editor);
    }

    /**
     * The reader's language for the editors' labels ('tr' or 'en'); also the editor's lang
     * attribute, so CSS upper-casing follows the text's language ("SERVICE TASK", not "SERVİCE TASK").
     */
    private String language() {
        return "en".equals(getLocale().getLanguage()) ? "en" : "tr";
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        String content;
        if ("new".equals(id)) {
            kind = Kind.PROCESS;
            String processId = "Process_" + UUID.randomUUID().toString().substring(0, 8);
            content = newProcess(processId);
            resourceName = null;
        } else {
            Definition d;
            try {
                d = models.definition(id);
            } catch (tr.bel.izmir.bizizmir.shared.DomainException.NotFound unknown) {
                // A mistyped or stale address: the translated not-found page, not an error.
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
            kind = d.kind();
            resourceName = d.resourceName();
            content = models.export(d).text();
        }
        var page = event.getUI().getPage();
        switch (kind) {
            case PROCESS -> {
                Vendor.bpmn(page);
                editor.getElement().executeJs("""
                        (async () => {
                          %s
                          const canvas = document.createElement('div');
                          canvas.style.flex = '1'; canvas.style.height = '100%%';
                          const panel = document.createElement('div');
                          panel.className = 'properties-panel'; panel.style.width = '360px';
                          panel.style.overflow = 'auto'; panel.style.borderLeft = '1px solid #ccc';
                          this.append(canvas, panel);
                          this.setAttribute('lang', $1);
                          this.__m = BizBpmn.modeler(canvas, panel, $1);
                          await this.__m.importXML($0);
                          this.__m.get('canvas').zoom('fit-viewport');
                          this.setAttribute('data-ready', 'true');
                        })()""".formatted(Vendor.await("BizBpmn")), content, language());
            }
            case DECISION -> {
                Vendor.dmn(page);
                editor.getElement().executeJs("""
                        (async () => {
                          %s
                          const box = document.createElement('div');
                          box.style.flex = '1'; box.style.overflow = 'auto';
                          this.append(box);
                          this.setAttribute('lang', $1);
                          this.__m = BizDmn.modeler(box, $1);
                          await this.__m.importXML($0);
                          const table = this.__m.getViews().find(v => v.type === 'decisionTable');
                          if (table) { await this.__m.open(table); }
                          this.setAttribute('data-ready', 'true');
                        })()""".formatted(Vendor.await("BizDmn")), content, language());
            }
            case FORM -> {
                Vendor.form(page);
                editor.getElement().executeJs("""
                        (async () => {
                          %s
                          const box = document.createElement('div');
                          box.style.flex = '1'; box.style.height = '100%%';
                          this.append(box);
                          this.setAttribute('lang', $1);
                          this.__m = BizForm.editor(box, $1);
                          await this.__m.importSchema(JSON.parse($0));
                          this.setAttribute('data-ready', 'true');
                        })()""".formatted(Vendor.await("BizForm")), content, language());
            }
        }
    }

    /** Asks the browser for the editor's content (and lint findings), then continues with it. */
    private void saved(Consumer<Saved> next) {
        String script = switch (kind) {
            case PROCESS -> """
                    return (async () => {
                      const { xml } = await this.__m.saveXML({ format: true });
                      const lint = await BizBpmn.lint(this.__m);
                      return JSON.stringify({ content: xml, lint });
                    })()""";
            case DECISION -> """
                    return (async () => {
                      const { xml } = await this.__m.saveXML({ format: true });
                      return JSON.stringify({ content: xml, lint: [] });
                    })()""";
            case FORM -> "return JSON.stringify({ content: JSON.stringify(this.__m.saveSchema(), null, 2), lint: [] });";
        };
        editor.getElement().executeJs(script).then(String.class, result -> {
            try {
                JsonNode node = json.readTree(result);
                List<String> errors = new ArrayList<>();
                List<String> warnings = new ArrayList<>();
                for (JsonNode issue : node.path("lint")) {
                    String line = issue.path("id").asText() + ": " + LintText.of(issue.path("rule").asText(),
                            issue.path("message").asText(), this::getTranslation);
                    ("error".equals(issue.path("category").asText()) ? errors : warnings).add(line);
                }
                next.accept(new Saved(node.path("content").asText(), errors, warnings));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private boolean showLint(Saved saved) {
        status.removeAll();
        var all = new ArrayList<>(saved.lintErrors());
        all.addAll(saved.lintWarnings());
        if (kind == Kind.PROCESS) {
            if (all.isEmpty()) {
                status.add(new Paragraph(getTranslation("modeling.editor.lint-clean")));
            } else {
                var list = new UnorderedList();
                all.forEach(l -> list.add(new ListItem(l)));
                status.add(new Paragraph(getTranslation("modeling.editor.lint-findings", all.size(), "")), list);
            }
        }
        return saved.lintErrors().isEmpty();
    }

    private ModelResource resource(Saved saved) {
        String name = resourceName;
        if (name == null) {
            Matcher m = PROCESS_ID.matcher(saved.content());
            name = "processes/" + (m.find() ? m.group(1) : "Process") + ".bpmn";
        }
        return ModelResource.of(name, saved.content());
    }

    private void validate(Saved saved) {
        boolean lintClean = showLint(saved);
        var problems = models.validate(List.of(resource(saved)));
        if (!problems.isEmpty()) {
            status.add(new H3(getTranslation("modeling.problems.title")), ProblemsGrid.view(problems));
        } else if (lintClean) {
            status.add(new Paragraph(getTranslation("modeling.valid")));
            Notifications.success(getTranslation("modeling.valid"));
        }
    }

    private void deploy(Saved saved) {
        if (!showLint(saved)) {
            Notifications.error(getTranslation("modeling.editor.lint-findings", saved.lintErrors().size(),
                    String.join("; ", saved.lintErrors())));
            return;
        }
        ModelResource resource = resource(saved);
        DeployDialog.forResources(models, List.of(resource), () -> getUI().ifPresent(ui -> ui.navigate("modeling/processes")))
                .open();
    }

    static String newProcess(String id) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" \
                targetNamespace="http://bpmn.io/schema/bpmn" exporter="Bizizmir" exporterVersion="1">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="StartEvent_1" name="Başladı" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="%1$s">
                      <bpmndi:BPMNShape id="BPMNShape_StartEvent_1" bpmnElement="StartEvent_1">
                        <dc:Bounds x="180" y="100" width="36" height="36" />
                      </bpmndi:BPMNShape>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(id);
    }
}
