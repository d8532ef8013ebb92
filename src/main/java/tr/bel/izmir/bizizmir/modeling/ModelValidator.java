package tr.bel.izmir.bizizmir.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tr.bel.izmir.bizizmir.modeling.ModelProblem.Code;
import tr.bel.izmir.bizizmir.modeling.internal.DryRunEngine;
import tr.bel.izmir.bizizmir.modeling.internal.NodeBpmnLint;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a deployment before it reaches the engine: well-formed XML/JSON, executable processes
 * with a history time-to-live, delegate expressions that name Spring beans, form and decision
 * references that exist in the deployment or are deployed, and finally a dry-run deployment in a
 * throwaway engine ({@link DryRunEngine}). Every problem names its resource and element.
 */
@Component
public class ModelValidator {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_$][\\w$]*)\\s*}\\s*$");

    private final ApplicationContext context;
    private final ProcessEngine processEngine;
    private final DryRunEngine dryRun;
    private final NodeBpmnLint lint;
    private final ObjectMapper json = new ObjectMapper();

    public ModelValidator(ApplicationContext context, ProcessEngine processEngine, DryRunEngine dryRun,
                          NodeBpmnLint lint) {
        this.context = context;
        this.processEngine = processEngine;
        this.dryRun = dryRun;
        this.lint = lint;
    }

    /** @return every problem found; empty when the resources may be deployed */
    public List<ModelProblem> validate(List<ModelResource> resources) {
        List<ModelProblem> problems = new ArrayList<>();
        if (resources.isEmpty()) {
            problems.add(new ModelProblem("", "", Code.EMPTY, "no resources"));
            return problems;
        }
        Set<String> names = new HashSet<>();
        Set<String> formIds = new HashSet<>();
        Set<String> decisionIds = new HashSet<>();
        List<Document> bpmn = new ArrayList<>();
        List<String> bpmnNames = new ArrayList<>();
        for (ModelResource r : resources) {
            if (!names.add(r.name())) {
                problems.add(new ModelProblem(r.name(), "", Code.DUPLICATE_RESOURCE, r.name()));
                continue;
            }
            switch (r.kind()) {
                case BPMN -> {
                    Document doc = parseXml(r, problems);
                    if (doc != null && modelApiParses(r, problems)) {
                        checkProcesses(r, doc, problems);
                        lint(r, problems);
                        bpmn.add(doc);
                        bpmnNames.add(r.name());
                    }
                }
                case DMN -> {
                    Document doc = parseXml(r, problems);
                    if (doc != null && modelApiParses(r, problems)) {
                        checkDecisions(r, doc, problems, decisionIds);
                    }
                }
                case FORM -> formId(r, problems, formIds);
                case OTHER -> problems.add(new ModelProblem(r.name(), "", Code.UNSUPPORTED_RESOURCE, r.name()));
            }
        }
        for (int i = 0; i < bpmn.size(); i++) {
            checkReferences(bpmnNames.get(i), bpmn.get(i), formIds, decisionIds, problems);
        }
        if (problems.isEmpty()) {
            dryRun(resources, problems);
        }
        return problems;
    }

    private Document parseXml(ModelResource r, List<ModelProblem> problems) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(r.bytes()));
        } catch (Exception e) {
            problems.add(new ModelProblem(r.name(), "", Code.MALFORMED, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private boolean modelApiParses(ModelResource r, List<ModelProblem> problems) {
        try {
            if (r.kind() == ModelResource.Kind.BPMN) {
                Bpmn.readModelFromStream(new ByteArrayInputStream(r.bytes()));
            } else {
                Dmn.readModelFromStream(new ByteArrayInputStream(r.bytes()));
            }
            return true;
        } catch (RuntimeException e) {
            String detail = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getMessage() + ": " + e.getCause().getMessage() : String.valueOf(e.getMessage());
            problems.add(new ModelProblem(r.name(), "", Code.MALFORMED, detail));
            return false;
        }
    }

    private void checkProcesses(ModelResource r, Document doc, List<ModelProblem> problems) {
        NodeList processes = doc.getElementsByTagNameNS(BPMN_NS, "process");
        if (processes.getLength() == 0) {
            problems.add(new ModelProblem(r.name(), "", Code.NOT_EXECUTABLE, "no process"));
        }
        for (Element p : elements(processes)) {
            String id = p.getAttribute("id");
            if (!"true".equals(p.getAttribute("isExecutable").trim())) {
                problems.add(new ModelProblem(r.name(), id, Code.NOT_EXECUTABLE, "isExecutable=\"" + p.getAttribute("isExecutable") + "\""));
            }
            if (p.getAttributeNS(CAMUNDA_BPMN_NS, "historyTimeToLive").isBlank()) {
                problems.add(new ModelProblem(r.name(), id, Code.HISTORY_TIME_TO_LIVE, "camunda:historyTimeToLive"));
            }
        }
        // Delegate expressions anywhere: tasks, message/escalation events, execution and task listeners.
        for (Element e : elements(doc.getElementsByTagNameNS("*", "*"))) {
            String expression = e.getAttributeNS(CAMUNDA_BPMN_NS, "delegateExpression");
            if (expression.isBlank()) {
                continue;
            }
            Matcher m = BEAN_EXPRESSION.matcher(expression);
            if (m.matches() && !context.containsBean(m.group(1))) {
                problems.add(new ModelProblem(r.name(), ownerId(e), Code.UNKNOWN_DELEGATE, m.group(1)));
            }
        }
    }

    /** bpmnlint errors (the editor's rules, modeler/.bpmnlintrc); warnings do not refuse. */
    private void lint(ModelResource r, List<ModelProblem> problems) {
        lint.lint(r.bytes()).ifPresent(findings -> findings.stream()
                .filter(f -> "error".equals(f.category()))
                // history-time-to-live has its own, translated check above
                .filter(f -> !f.rule().endsWith("history-time-to-live"))
                .forEach(f -> problems.add(new ModelProblem(r.name(), f.elementId(), Code.LINT, f.rule() + ": " + f.message()))));
    }

    private void checkDecisions(ModelResource r, Document doc, List<ModelProblem> problems, Set<String> decisionIds) {
        for (Element d : elements(doc.getElementsByTagNameNS("*", "decision"))) {
            if (!String.valueOf(d.getNamespaceURI()).contains("/spec/DMN/")) {
                continue;
            }
            decisionIds.add(d.getAttribute("id"));
            if (d.getAttributeNS(CAMUNDA_DMN_NS, "historyTimeToLive").isBlank()) {
                problems.add(new ModelProblem(r.name(), d.getAttribute("id"), Code.HISTORY_TIME_TO_LIVE, "camunda:historyTimeToLive"));
            }
        }
    }

    private void formId(ModelResource r, List<ModelProblem> problems, Set<String> formIds) {
        try {
            JsonNode form = json.readTree(r.bytes());
            if (form == null || !form.path("id").isTextual() || form.path("id").asText().isBlank()
                    || !form.path("components").isArray()) {
                problems.add(new ModelProblem(r.name(), "", Code.MALFORMED, "a Camunda Form needs \"id\" and \"components\""));
            } else {
                formIds.add(form.get("id").asText());
            }
        } catch (Exception e) {
            problems.add(new ModelProblem(r.name(), "", Code.MALFORMED, String.valueOf(e.getMessage())));
        }
    }

    private void checkReferences(String resource, Document doc, Set<String> formIds, Set<String> decisionIds,
                                 List<ModelProblem> problems) {
        for (Element e : elements(doc.getElementsByTagNameNS("*", "*"))) {
            String formRef = e.getAttributeNS(CAMUNDA_BPMN_NS, "formRef");
            if (!formRef.isBlank() && !formRef.contains("{") && !formIds.contains(formRef) && !formDeployed(formRef)) {
                problems.add(new ModelProblem(resource, e.getAttribute("id"), Code.UNKNOWN_FORM, formRef));
            }
            String decisionRef = e.getAttributeNS(CAMUNDA_BPMN_NS, "decisionRef");
            if (!decisionRef.isBlank() && !decisionRef.contains("{") && !decisionIds.contains(decisionRef)
                    && processEngine.getRepositoryService().createDecisionDefinitionQuery()
                    .decisionDefinitionKey(decisionRef).count() == 0) {
                problems.add(new ModelProblem(resource, e.getAttribute("id"), Code.UNKNOWN_DECISION, decisionRef));
            }
        }
    }

    private boolean formDeployed(String key) {
        // Camunda 7 has no public query for form definitions; the engine's own lookup answers.
        var cfg = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return cfg.getCommandExecutorTxRequired().execute(c ->
                c.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key) != null);
    }

    private void dryRun(List<ModelResource> resources, List<ModelProblem> problems) {
        try {
            dryRun.tryDeploy(resources);
        } catch (ParseException e) {
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem p : report.getErrors()) {
                    String element = p.getMainElementId() == null ? "" : p.getMainElementId();
                    problems.add(new ModelProblem(report.getResourceName(), element, Code.ENGINE, p.getMessage()));
                }
            }
            if (problems.isEmpty()) {
                problems.add(new ModelProblem("", "", Code.ENGINE, e.getMessage()));
            }
        } catch (ProcessEngineException e) {
            problems.add(new ModelProblem("", "", Code.ENGINE, e.getMessage()));
        }
    }

    /** The id of the element itself or of the nearest element above it that has one. */
    private static String ownerId(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("id")) {
                return el.getAttribute("id");
            }
        }
        return "";
    }

    private static List<Element> elements(NodeList list) {
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }
}
