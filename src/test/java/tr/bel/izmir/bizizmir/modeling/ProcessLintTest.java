package tr.bel.izmir.bizizmir.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every diagram in {@code processes/} passes bpmnlint with {@code modeler/.bpmnlintrc}
 * (recommended rules + Camunda 7.24 compatibility): the same rules the process owners' editor
 * shows. Runs Node on {@code modeler/node_modules}, which the Maven build installs
 * (generate-resources, DD011).
 */
class ProcessLintTest {

    static final Path MODELER = Path.of("modeler");

    @Test
    void everyCommittedDiagramIsLintClean() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("processes"))) {
            files = s.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).as("BPMN files in processes/").isNotEmpty();

        List<String> findings = lint(files);

        assertThat(findings)
                .as("bpmnlint findings (file: element: rule: message); fix the diagram or, for a rule that "
                        + "does not fit Camunda 7 here, document it in modeler/.bpmnlintrc and docs/process-owners.md")
                .isEmpty();
    }

    @Test
    void theRulesAreTheRecommendedOnesWithNothingTurnedOff() throws Exception {
        JsonNode config = new ObjectMapper().readTree(Files.readString(MODELER.resolve(".bpmnlintrc")));
        assertThat(config.path("extends").toString()).contains("bpmnlint:recommended", "camunda-platform-7-24");
        config.path("rules").fields().forEachRemaining(rule -> assertThat(rule.getValue().asText())
                .as("rule %s may be made stricter, not turned off or down to a warning", rule.getKey()).isEqualTo("error"));
    }

    @Test
    void theLintFindsAMissingHistoryTimeToLiveAndNamesFileElementAndRule(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String xml = Files.readString(Path.of("processes/FeasibilityCheckProcess.bpmn"))
                .replaceAll("camunda:historyTimeToLive=\"[^\"]*\"", "");
        Path file = dir.resolve("NoTtl.bpmn");
        Files.writeString(file, xml);

        assertThat(lint(List.of(file))).containsExactly(file + ": FeasibilityCheckProcess: "
                + "camunda-compat/history-time-to-live (error): Property <historyTimeToLive> should be configured "
                + "on <bpmn:Process> or engine level.");
    }

    /** @return one line per finding: "file: element: rule (category): message" */
    static List<String> lint(List<Path> files) throws IOException, InterruptedException {
        assertThat(MODELER.resolve("node_modules/bpmnlint")).as(
                "modeler/node_modules is missing: run `mvn generate-resources` (it runs npm ci in modeler/)").exists();
        List<String> command = new ArrayList<>(List.of("node", MODELER.resolve("lint.mjs").toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue()).as("node modeler/lint.mjs exit code; output:\n" + out).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> findings = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode f = json.readTree(line);
            if (f.has("error")) {
                findings.add(f.get("file").asText() + ": cannot be read: " + f.get("error").asText());
            } else {
                findings.add(f.get("file").asText() + ": " + f.get("id").asText() + ": " + f.get("rule").asText()
                        + " (" + f.get("category").asText() + "): " + f.get("message").asText());
            }
        }
        return findings;
    }
}
