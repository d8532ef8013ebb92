package tr.bel.izmir.bizizmir.modeling;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.modeling.ModelDiff.Change;
import tr.bel.izmir.bizizmir.modeling.ModelDiff.PropertyChange;
import tr.bel.izmir.bizizmir.modeling.ModelDiff.Type;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The structured diff on the real diagrams of processes/, changed the way a process owner would. */
class ModelDiffTest {

    static String read(String file) throws Exception {
        return Files.readString(Path.of("processes", file));
    }

    static List<Change> diff(String a, String b) {
        return ModelDiff.compare(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void identicalFilesHaveNoDifferences() throws Exception {
        String xml = read("FeasibilityCheckProcess.bpmn");
        assertThat(diff(xml, xml)).isEmpty();
    }

    @Test
    void formattingAndNamespacePrefixesDoNotCount() throws Exception {
        String xml = read("ParkEventApprovalProcess.bpmn");
        String reformatted = xml.replace("\n    <", "\n\n        <").replace("camunda:", "cam:")
                .replace("xmlns:camunda=", "xmlns:cam=");
        assertThat(diff(xml, reformatted)).isEmpty();
    }

    @Test
    void aChangedLabelCandidateGroupAndTimerAreNamedWithBeforeAndAfter() throws Exception {
        String xml = read("ProposalSubmissionProcess.bpmn");
        String task = "UserTask_ScreenProposal";
        assertThat(xml).contains("id=\"" + task + "\"");
        String changed = xml.replaceFirst("(<userTask[^>]*?)camunda:candidateGroups=\"([^\"]*)\"",
                "$1camunda:candidateGroups=\"$2,supervisor\"");

        List<Change> changes = diff(xml, changed);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Type.CHANGED);
            assertThat(c.elementId()).isEqualTo(task);
            assertThat(c.elementType()).isEqualTo("userTask");
            assertThat(c.properties()).extracting(PropertyChange::property).containsExactly("@camunda:candidateGroups");
            assertThat(c.properties().get(0).after()).endsWith(",supervisor");
        });
    }

    @Test
    void addedAndRemovedElementsAndAMovedShape() throws Exception {
        String xml = read("FeasibilityCheckProcess.bpmn");
        String changed = xml
                .replaceFirst("<endEvent ", "<endEvent id=\"EndEvent_Extra\" name=\"Extra\"/><endEvent ")
                .replaceFirst("(<bpmndi:BPMNShape[^>]*bpmnElement=\"([^\"]+)\"[^>]*>\\s*<dc:Bounds[^>]*?x=\")([0-9.]+)\"",
                        "$1999.0\"");
        List<Change> changes = diff(xml, changed);
        assertThat(changes).extracting(Change::type, Change::elementId).contains(
                org.assertj.core.groups.Tuple.tuple(Type.ADDED, "EndEvent_Extra"));
        assertThat(changes).filteredOn(c -> c.type() == Type.CHANGED)
                .flatExtracting(Change::properties).extracting(PropertyChange::property).contains(ModelDiff.LAYOUT);
        assertThat(diff(changed, xml)).extracting(Change::type, Change::elementId).contains(
                org.assertj.core.groups.Tuple.tuple(Type.REMOVED, "EndEvent_Extra"));
    }

    @Test
    void aChangedDecisionTableRuleIsFoundInADmn() throws Exception {
        String xml = read("FeasibilityApproval.dmn");
        String changed = xml.replaceFirst("(<inputEntry id=\"([^\"]+)\">\\s*<text>)([^<]*)(</text>)", "$1&gt; 123456$4");
        List<Change> changes = diff(xml, changed);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Type.CHANGED);
            assertThat(c.elementType()).isEqualTo("inputEntry");
            assertThat(c.properties()).extracting(PropertyChange::property).containsExactly("text");
            assertThat(c.properties().get(0).after()).isEqualTo("> 123456");
        });
    }
}
