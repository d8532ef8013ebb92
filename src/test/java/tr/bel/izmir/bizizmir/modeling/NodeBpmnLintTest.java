package tr.bel.izmir.bizizmir.modeling;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.modeling.internal.NodeBpmnLint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-side bpmnlint (node modeler/lint.mjs) as the validator uses it. */
class NodeBpmnLintTest {

    final NodeBpmnLint lint = new NodeBpmnLint("modeler");

    @Test
    void anUnnamedTaskBreaksLabelRequired() {
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess("LintMe").camundaHistoryTimeToLiveString("P30D")
                .startEvent("Start").name("Start").userTask("Unnamed").endEvent("End").name("End").done())
                .replace(" name=\"Unnamed\"", ""); // the builder names a task after its id
        assertThat(lint.lint(xml.getBytes(StandardCharsets.UTF_8)).orElseThrow())
                .extracting(NodeBpmnLint.Finding::elementId, NodeBpmnLint.Finding::rule, NodeBpmnLint.Finding::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Unnamed", "label-required", "error"));
    }

    @Test
    void theCommittedDiagramsAreClean() throws Exception {
        assertThat(lint.lint(Files.readAllBytes(Path.of("processes/FeasibilityCheckProcess.bpmn"))).orElseThrow()).isEmpty();
    }
}
