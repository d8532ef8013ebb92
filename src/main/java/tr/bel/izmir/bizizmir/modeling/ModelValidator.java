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
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tr.bel.izmir.bizizmir.modeling.ModelProblem.Code;
import tr.bel.izmir.bizizmir.modeling.internal.DryRunEngine;
import tr.bel.izmir.bizizmir.modeling.internal.NodeBpmnLint;
import tr.bel.izmir.bizizmir.shared.process.EngineSandbox;
import tr.bel.izmir.bizizmir.shared.process.ExpressionSandbox;
import tr.bel.izmir.bizizmir.shared.process.ModelCodeRules;
import tr.bel.izmir.bizizmir.tasks.forms.FormSupport;

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
 * with a history time-to-live, no code of the author's choosing (scripts, Java classes,
 * connectors, expressions outside {@link ExpressionSandbox}), delegate expressions that name
 * allowed delegate beans, forms the inbox renders as the form-js editor shows them
 * ({@link FormSupport}: no unsupported component, property or FEEL), form and decision
 * references that exist in the deployment or are deployed, and finally a dry-run deployment in a
 * throwaway engine ({@link DryRunEngine}). Every problem names its resource and element.
 */
@Component
class ModelValidator {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
    /** camunda attributes that name a delegate bean. */
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");
    private static final Set<String> FLOW_CONTAINERS = Set.of("process", "subProcess", "transaction", "adHocSubProcess");
    /** BPMN elements whose text is an expression the engine evaluates. */
    private static final Set<String> EVALUATED_BPMN_ELEMENTS = Set.of("conditionExpression", "condition", "timeDate",
            "timeDuration", "timeCycle", "loopCardinality", "completionCondition");
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
        checkCode(r, doc, problems);
    }

    /**
     * Nothing in a model may run code of its author's choosing (DD012): no scripts, no Java
     * classes, no connectors; delegates only by the name of an allowed bean; expressions only
     * within {@link ExpressionSandbox}. Each problem names the element, the attribute and why.
     */
    private void checkCode(ModelResource r, Document doc, List<ModelProblem> problems) {
        Set<String> allowed = EngineSandbox.allowedDelegates(context);
        for (Element e : elements(doc.getElementsByTagNameNS("*", "*"))) {
            ModelCodeRules.element(e.getNamespaceURI(), e.getLocalName()).ifPresent(reason ->
                    problems.add(new ModelProblem(r.name(), flowElementId(e), code(reason), "<" + e.getTagName() + ">")));
            var attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                var forbidden = ModelCodeRules.attribute(e.getNamespaceURI(), a.getNamespaceURI(), a.getLocalName());
                boolean camunda = ModelCodeRules.isCamunda(a.getNamespaceURI())
                        || (a.getNamespaceURI() == null && ModelCodeRules.isCamunda(e.getNamespaceURI()));
                String attribute = a.getNamespaceURI() == null ? e.getTagName() + " " + a.getName() : a.getName();
                if (forbidden.isPresent()) {
                    problems.add(new ModelProblem(r.name(), flowElementId(e), code(forbidden.get()),
                            attribute + "=\"" + a.getValue() + "\""));
                } else if (camunda && DELEGATE_ATTRIBUTES.contains(a.getLocalName())) {
                    checkDelegate(r, e, a, attribute, allowed, problems);
                } else if (camunda) {
                    checkExpression(r, e, attribute, a.getValue(), allowed, problems);
                }
            }
            if (evaluatedText(e)) {
                checkExpression(r, e, e.getTagName(), directText(e), allowed, problems);
            }
        }
    }

    private void checkDelegate(ModelResource r, Element e, Attr a, String attribute, Set<String> allowed,
                               List<ModelProblem> problems) {
        Matcher m = BEAN_EXPRESSION.matcher(a.getValue());
        String detail = attribute + "=\"" + a.getValue() + "\"";
        if (!m.matches()) {
            problems.add(new ModelProblem(r.name(), flowElementId(e), Code.DELEGATE_NOT_ALLOWED, detail));
        } else if (!context.containsBean(m.group(1))) {
            problems.add(new ModelProblem(r.name(), flowElementId(e), Code.UNKNOWN_DELEGATE, m.group(1)));
        } else if (!allowed.contains(m.group(1))) {
            problems.add(new ModelProblem(r.name(), flowElementId(e), Code.DELEGATE_NOT_ALLOWED, detail));
        }
    }

    private void checkExpression(ModelResource r, Element e, String attribute, String text, Set<String> allowed,
                                 List<ModelProblem> problems) {
        var violations = ExpressionSandbox.check(text, name -> !allowed.contains(name) && context.containsBean(name));
        if (!violations.isEmpty()) {
            problems.add(new ModelProblem(r.name(), flowElementId(e), Code.EXPRESSION_NOT_ALLOWED, attribute + "=\""
                    + text.strip() + "\" → " + violations.stream().map(Object::toString).distinct()
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    /** Elements whose text the engine evaluates: conditions, timers, loops, input/output mappings. */
    private static boolean evaluatedText(Element e) {
        if (ModelCodeRules.isBpmn(e.getNamespaceURI())) {
            return EVALUATED_BPMN_ELEMENTS.contains(e.getLocalName());
        }
        return ModelCodeRules.isCamunda(e.getNamespaceURI()) && !"string".equals(e.getLocalName());
    }

    private static String directText(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }

    private static Attr camundaAttribute(Element e, String name) {
        Attr a = e.getAttributeNodeNS(ModelCodeRules.CAMUNDA_NS, name);
        return a != null ? a : e.getAttributeNodeNS(ModelCodeRules.ACTIVITI_NS, name);
    }

    private static Code code(ModelCodeRules.Reason reason) {
        return switch (reason) {
            case SCRIPT -> Code.SCRIPT_NOT_ALLOWED;
            case JAVA_CLASS -> Code.JAVA_CLASS_NOT_ALLOWED;
            case CONNECTOR -> Code.CONNECTOR_NOT_ALLOWED;
        };
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
        for (Element e : elements(doc.getElementsByTagNameNS("*", "*"))) {
            String language = e.getAttribute("expressionLanguage").strip();
            if (!language.isEmpty() && !isFeel(language)) {
                problems.add(new ModelProblem(r.name(), ownerId(e), Code.LANGUAGE_NOT_ALLOWED,
                        "expressionLanguage=\"" + language + "\""));
            }
        }
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

    /** FEEL by its short name or by one of the DMN specifications' URIs for it. */
    private static boolean isFeel(String language) {
        String l = language.toLowerCase(java.util.Locale.ROOT);
        return l.equals("feel") || l.endsWith("/feel") || l.endsWith("/feel/") || l.contains("/feel/20");
    }

    private void formId(ModelResource r, List<ModelProblem> problems, Set<String> formIds) {
        try {
            JsonNode form = json.readTree(r.bytes());
            if (form == null || !form.path("id").isTextual() || form.path("id").asText().isBlank()
                    || !form.path("components").isArray()) {
                problems.add(new ModelProblem(r.name(), "", Code.MALFORMED, "a Camunda Form needs \"id\" and \"components\""));
            } else {
                formIds.add(form.get("id").asText());
                // What the inbox would not show as the form-js editor does: refused here, not met by staff.
                for (FormSupport.Issue issue : FormSupport.check(form)) {
                    problems.add(new ModelProblem(r.name(), issue.element(), switch (issue.kind()) {
                        case COMPONENT -> Code.FORM_UNSUPPORTED_COMPONENT;
                        case PROPERTY -> Code.FORM_UNSUPPORTED_PROPERTY;
                        case EXPRESSION -> Code.FORM_INVALID_EXPRESSION;
                        case INVALID -> Code.FORM_INVALID_FIELD;
                    }, issue.kind() == FormSupport.Kind.EXPRESSION ? issue.property() + ": " + issue.detail() : issue.detail()));
                }
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

    /**
     * The id a process owner finds in the modeller: the flow element (task, event, gateway,
     * sequence flow) or process that contains {@code e}, else the nearest id above it.
     */
    private static String flowElementId(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("id") && (n.getParentNode() instanceof Element parent
                    && FLOW_CONTAINERS.contains(parent.getLocalName()) || "process".equals(el.getLocalName()))) {
                return el.getAttribute("id");
            }
        }
        return ownerId(e);
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
