package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.modeling.ModelProblem.Code;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process owner changes flows but cannot run code (DD015): every way a model could name code
 * (expressions calling beans, engine objects or reflection, Java classes, scripts, connectors,
 * delegates outside the allow-list, non-FEEL decisions) is refused at validation with the file,
 * the element, the attribute and the reason, and nothing is deployed. What the platform's own
 * models use stays allowed.
 */
@IntegrationTest
class ModelCodeInjectionIT {

    @Autowired ProcessModels models;
    @Autowired RepositoryService repository;

    String key;

    @BeforeEach
    void uniqueKey() {
        key = "Injection_" + UUID.randomUUID().toString().substring(0, 8);
    }

    String bpmn(Function<ProcessBuilder, AbstractFlowNodeBuilder<?, ?>> body) {
        var process = Bpmn.createExecutableProcess(key).name("Injection").camundaHistoryTimeToLiveString("P30D");
        return Bpmn.convertToString(body.apply(process).endEvent("End").name("End").done());
    }

    /** A service task whose expression is {@code expression}. */
    String serviceExpression(String expression) {
        return bpmn(p -> p.startEvent("Start").name("Start")
                .serviceTask("Call").name("Call").camundaExpression(expression).camundaResultVariable("out"));
    }

    List<ModelProblem> refused(String name, String xml) {
        return Refusals.refused(models, repository, List.of(ModelResource.of(name, xml)));
    }

    List<ModelProblem> refused(String xml) {
        return refused("processes/" + key + ".bpmn", xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${jdbcTemplate.queryForList('select 1')}",
            "${environment.getProperty('bizizmir.id-hash-secret')}",
            "${''.getClass().forName('java.lang.Runtime')}",
            "${out.class.forName('java.lang.System')}",
            "${execution.getProcessEngineServices().getRepositoryService()}",
            "${qualifyProposalDelegate.execute(null)}",
            "${S('{}').prop('a')}",
            "${out['getClass']()}"})
    void an_expression_that_reaches_beyond_process_variables_is_refused_with_element_attribute_and_reason(
            String expression) {
        assertThat(refused(serviceExpression(expression))).singleElement().satisfies(p -> {
            assertThat(p.resource()).isEqualTo("processes/" + key + ".bpmn");
            assertThat(p.elementId()).isEqualTo("Call");
            assertThat(p.code()).isEqualTo(Code.EXPRESSION_NOT_ALLOWED);
            assertThat(p.detail()).startsWith("camunda:expression=\"" + expression + "\"");
        });
    }

    @Test
    void timers_conditions_listeners_and_mappings_are_checked_too() {
        String timer = bpmn(p -> p.startEvent("Start").name("Start")
                .timerWithDate("${''.getClass().forName('java.lang.System').setProperty('bizizmir.pwned', '1')}"));
        assertThat(refused(timer)).extracting(ModelProblem::elementId, ModelProblem::code)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("Start", Code.EXPRESSION_NOT_ALLOWED));

        String listener = bpmn(p -> p.startEvent("Start").name("Start")
                .camundaExecutionListenerExpression("start", "${jdbcTemplate.execute('drop table ballot')}"));
        assertThat(refused(listener)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.EXPRESSION_NOT_ALLOWED);
            assertThat(p.detail()).endsWith("→ jdbcTemplate, execute()");
        });

        String mapping = bpmn(p -> p.startEvent("Start").name("Start")
                .userTask("Review").name("Review").camundaCandidateGroups("process-owner")
                .camundaInputParameter("secret", "${environment.getProperty('bizizmir.voting.voter-key-secret')}"));
        assertThat(refused(mapping)).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isEqualTo("Review");
            assertThat(p.code()).isEqualTo(Code.EXPRESSION_NOT_ALLOWED);
            assertThat(p.detail()).startsWith("camunda:inputParameter=");
        });

        String condition = bpmn(p -> p.startEvent("Start").name("Start").exclusiveGateway("Choice").name("Choice")
                .condition("yes", "${execution.getProcessEngine() != null}").userTask("A").name("A")
                .camundaCandidateGroups("process-owner").endEvent("EndA").name("End A")
                .moveToNode("Choice").condition("no", "${true}").userTask("B").name("B")
                .camundaCandidateGroups("process-owner"));
        assertThat(refused(condition)).extracting(ModelProblem::code).containsExactly(Code.EXPRESSION_NOT_ALLOWED);
    }

    @Test
    void java_classes_scripts_and_connectors_are_refused() {
        String javaClass = bpmn(p -> p.startEvent("Start").name("Start")
                .serviceTask("Call").name("Call").camundaClass("java.lang.Object"));
        assertThat(refused(javaClass)).extracting(ModelProblem::elementId, ModelProblem::code, ModelProblem::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("Call", Code.JAVA_CLASS_NOT_ALLOWED,
                        "camunda:class=\"java.lang.Object\""));

        String script = bpmn(p -> p.startEvent("Start").name("Start")
                .scriptTask("Run").name("Run").scriptFormat("javascript").scriptText("java.lang.System.exit(1)"));
        assertThat(refused(script)).extracting(ModelProblem::elementId, ModelProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("Run", Code.SCRIPT_NOT_ALLOWED));

        String listenerScript = withExtension(serviceExpression("${true}"), "<camunda:executionListener event=\"start\">"
                + "<camunda:script scriptFormat=\"groovy\">'rm -rf /'.execute()</camunda:script></camunda:executionListener>");
        assertThat(refused(listenerScript)).extracting(ModelProblem::code).contains(Code.SCRIPT_NOT_ALLOWED);

        String connector = withExtension(serviceExpression("${true}"),
                "<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>");
        assertThat(refused(connector)).extracting(ModelProblem::code).contains(Code.CONNECTOR_NOT_ALLOWED);
    }

    /** Adds extension elements to the service task "Call", with the document's own BPMN prefix. */
    static String withExtension(String xml, String extensions) {
        var m = java.util.regex.Pattern.compile("<((?:\\w+:)?)serviceTask [^>]*id=\"Call\"[^>]*>").matcher(xml);
        assertThat(m.find()).as("service task Call in " + xml).isTrue();
        String prefix = m.group(1);
        return xml.substring(0, m.end()) + "<" + prefix + "extensionElements>" + extensions + "</" + prefix
                + "extensionElements>" + xml.substring(m.end());
    }

    @Test
    void delegates_only_by_the_name_of_an_allowed_bean() {
        String bean = bpmn(p -> p.startEvent("Start").name("Start")
                .serviceTask("Call").name("Call").camundaDelegateExpression("${jdbcTemplate}"));
        assertThat(refused(bean)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.DELEGATE_NOT_ALLOWED);
            assertThat(p.detail()).isEqualTo("camunda:delegateExpression=\"${jdbcTemplate}\"");
        });
        String method = bpmn(p -> p.startEvent("Start").name("Start")
                .serviceTask("Call").name("Call").camundaDelegateExpression("${qualifyProposalDelegate.getClass()}"));
        assertThat(refused(method)).extracting(ModelProblem::code).containsExactly(Code.DELEGATE_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript", "groovy", "juel"})
    void decisions_are_feel_only(String language) {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Defs_%1$s" name="Injection" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="Injection" camunda:historyTimeToLive="P30D">
                    <decisionTable id="Table_%1$s">
                      <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string" expressionLanguage="%2$s">
                        <text>x</text></inputExpression></input>
                      <output id="Output_1" name="out" typeRef="string"/>
                      <rule id="Rule_1"><inputEntry id="In_1"><text>-</text></inputEntry>
                        <outputEntry id="Out_1"><text>"a"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, language);
        assertThat(refused("processes/" + key + ".dmn", dmn)).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isEqualTo("InputExpression_1");
            assertThat(p.code()).isEqualTo(Code.LANGUAGE_NOT_ALLOWED);
        });
    }

    @Test
    void what_the_platforms_own_models_use_is_still_allowed() {
        String ok = bpmn(p -> p.startEvent("Start").name("Start")
                .serviceTask("Due").name("Due").camundaExpression("${dateTime().plusDays(30).toDate()}")
                .camundaResultVariable("due")
                .serviceTask("Call").name("Call").camundaDelegateExpression("${qualifyProposalDelegate}")
                .userTask("Review").name("Review").camundaCandidateGroups("process-owner")
                .camundaDueDate("${due}"));
        var result = RunAs.user("surec", () -> models.deploy(
                List.of(ModelResource.of("processes/" + key + ".bpmn", ok)), "allowed"), "process-owner");
        assertThat(result.definitionIds()).hasSize(1);
    }
}
