package tr.bel.izmir.bizizmir.shared.process;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tr.bel.izmir.bizizmir.modeling.ModelResource;
import tr.bel.izmir.bizizmir.modeling.internal.DryRunEngine;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With validation bypassed — deployed straight through the engine, as Camunda's REST API or a
 * file in {@code processes/} would — a model still cannot reach a bean, a class or a script
 * (DD015). Each expression below worked on the engine before the sandbox: it read the ID-hash
 * secret, reached the engine's services, or set a system property by reflection.
 */
@IntegrationTest
class EngineSandboxIT {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired DecisionService decisions;
    @Autowired DryRunEngine dryRun;
    @Autowired ApplicationContext context;

    String key;

    @BeforeEach
    void uniqueKey() {
        key = "Sandbox_" + UUID.randomUUID().toString().substring(0, 8);
        System.clearProperty("bizizmir.pwned");
    }

    @AfterEach
    void noSideEffect() {
        assertThat(System.getProperty("bizizmir.pwned")).as("code ran through a model").isNull();
    }

    String serviceExpression(String expression) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLiveString("P1D")
                .startEvent("Start").serviceTask("Call").camundaExpression(expression).camundaResultVariable("out")
                .userTask("Wait").endEvent("End").done());
    }

    void deployDirectly(String xml) {
        repository.createDeployment().name("bypass").addString(key + ".bpmn", xml).deploy();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${environment.getProperty('bizizmir.id-hash-secret')}",
            "${jdbcTemplate.queryForList('select id_ from act_re_deployment')}",
            "${''.getClass().forName('java.lang.System').setProperty('bizizmir.pwned', 'reflection')}",
            "${execution.getProcessEngineServices().getRepositoryService().createDeploymentQuery().count()}",
            "${qualifyProposalDelegate.getClass().getClassLoader()}",
            "${given.class}", "${given.bytes}"})
    void an_expression_deployed_around_validation_cannot_reach_a_bean_a_class_or_the_engine(String expression) {
        deployDirectly(serviceExpression(expression));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(key, java.util.Map.of("given", "text")))
                .hasMessageContaining("Bizİzmir")
                .satisfies(e -> assertThat(String.valueOf(e.getMessage()))
                        .doesNotContain(secret()));
        assertThat(history.createHistoricVariableInstanceQuery().variableName("out").list())
                .filteredOn(v -> v.getProcessDefinitionKey() != null && v.getProcessDefinitionKey().equals(key))
                .isEmpty();
    }

    @Test
    void spins_functions_are_not_available_to_models() {
        assertThatThrownBy(() -> deployDirectly(serviceExpression("${XML('<a/>').attr('b')}")))
                .hasMessageContaining("XML");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void a_timer_start_event_cannot_run_code_on_deployment() {
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLiveString("P1D")
                .startEvent("Start")
                .timerWithDate("${''.getClass().forName('java.lang.System').setProperty('bizizmir.pwned', 'timer')}")
                .userTask("Wait").endEvent("End").done());
        assertThatThrownBy(() -> deployDirectly(xml)).hasMessageContaining("Bizİzmir");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void the_dry_run_engine_cannot_run_code_either() {
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLiveString("P1D")
                .startEvent("Start")
                .timerWithDate("${''.getClass().forName('java.lang.System').setProperty('bizizmir.pwned', 'dry')}")
                .userTask("Wait").endEvent("End").done());
        assertThatThrownBy(() -> dryRun.tryDeploy(List.of(ModelResource.of("processes/" + key + ".bpmn", xml))))
                .hasMessageContaining("Bizİzmir");
    }

    @Test
    void java_classes_and_scripts_are_refused_by_the_engines_own_parser() {
        String javaClass = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLiveString("P1D")
                .startEvent("Start").serviceTask("Call").camundaClass("java.lang.Object").endEvent("End").done());
        assertThatThrownBy(() -> deployDirectly(javaClass)).hasMessageContaining("Bizİzmir")
                .hasMessageContaining("class");

        String script = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLiveString("P1D")
                .startEvent("Start").scriptTask("Run").scriptFormat("javascript")
                .scriptText("java.lang.System.setProperty('bizizmir.pwned', 'script')").endEvent("End").done());
        assertThatThrownBy(() -> deployDirectly(script)).hasMessageContaining("Bizİzmir");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void a_decision_cannot_run_a_script_or_call_java_through_feel() {
        String scriptDmn = dmn("javascript", "java.lang.System.setProperty('bizizmir.pwned', 'dmn')");
        repository.createDeployment().name("bypass").addString(key + ".dmn", scriptDmn).deploy();
        assertThatThrownBy(() -> decisions.evaluateDecisionTableByKey(key, Variables.createVariables().putValue("x", 1)))
                .satisfies(e -> assertThat(messages(e)).contains("Bizİzmir: scripts are not allowed"));

        key = key + "_feel";
        String feelDmn = dmn("feel", "{ f: function(k, v) external { java: { class: \"java.lang.System\", "
                + "method signature: \"setProperty(java.lang.String, java.lang.String)\" } }, r: f(\"bizizmir.pwned\", \"feel\") }.r");
        repository.createDeployment().name("bypass").addString(key + ".dmn", feelDmn).deploy();
        try {
            decisions.evaluateDecisionTableByKey(key, Variables.createVariables().putValue("x", 1));
        } catch (RuntimeException refused) {
            // FEEL refusing the external function is as good as ignoring it; the side effect is what counts
        }
    }

    @Test
    void every_delegate_the_platforms_models_name_is_on_the_allow_list_and_nothing_else_is() throws Exception {
        var allowed = EngineSandbox.allowedDelegates(context);
        Pattern delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
        var named = new java.util.TreeSet<String>();
        try (var files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher m = delegate.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(allowed).containsAll(named);
        assertThat(allowed).as("only delegates").allSatisfy(name -> assertThat(context.getBean(name))
                .isInstanceOfAny(org.camunda.bpm.engine.delegate.JavaDelegate.class,
                        org.camunda.bpm.engine.delegate.ExecutionListener.class,
                        org.camunda.bpm.engine.delegate.TaskListener.class));
        assertThat(allowed).doesNotContain("jdbcTemplate", "dataSource", "environment", "processEngine");
    }

    String dmn(String language, String outputText) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Defs_%1$s" name="Bypass" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="Bypass" camunda:historyTimeToLive="P1D">
                    <decisionTable id="Table_%1$s">
                      <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="integer"><text>x</text></inputExpression></input>
                      <output id="Output_1" name="out" typeRef="string"/>
                      <rule id="Rule_1"><inputEntry id="In_1"><text>-</text></inputEntry>
                        <outputEntry id="Out_1" expressionLanguage="%2$s"><text><![CDATA[%3$s]]></text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, language, outputText);
    }

    /** The messages of an exception and its causes. */
    static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    String secret() {
        return context.getEnvironment().getProperty("bizizmir.id-hash-secret", "no secret configured");
    }
}
