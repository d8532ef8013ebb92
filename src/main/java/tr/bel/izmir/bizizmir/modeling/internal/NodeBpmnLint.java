package tr.bel.izmir.bizizmir.modeling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * bpmnlint on the server, with the same rules as the browser editor and the test suite: runs
 * {@code node modeler/lint.mjs} where the modeler's npm packages are installed (a source
 * checkout: {@code mvn spring-boot:run}, the tests). A packaged jar has no {@code modeler/}:
 * there the lint runs in the editor only, and this says so once in the log.
 */
@Component
public class NodeBpmnLint {

    private static final Logger log = LoggerFactory.getLogger(NodeBpmnLint.class);

    /** One finding: element id, rule, category (error, warn) and message. */
    public record Finding(String elementId, String rule, String category, String message) {
    }

    private final Path modelerDir;
    private boolean warned;

    public NodeBpmnLint(@Value("${bizizmir.modeling.modeler-dir:modeler}") String modelerDir) {
        this.modelerDir = Path.of(modelerDir).toAbsolutePath();
    }

    public boolean available() {
        boolean ok = Files.isRegularFile(modelerDir.resolve("lint.mjs"))
                && Files.isDirectory(modelerDir.resolve("node_modules/bpmnlint"));
        if (!ok && !warned) {
            warned = true;
            log.info("bpmnlint on the server is off: no {} with installed node_modules (the editor still lints)", modelerDir);
        }
        return ok;
    }

    /** @return the findings for one BPMN file, or empty when the server cannot lint */
    public Optional<List<Finding>> lint(byte[] bpmn) {
        if (!available()) {
            return Optional.empty();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bizizmir-lint");
            Path file = dir.resolve("model.bpmn");
            Files.write(file, bpmn);
            Process process = new ProcessBuilder("node", modelerDir.resolve("lint.mjs").toString(), file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                log.warn("bpmnlint did not run: {}", out);
                return Optional.empty();
            }
            ObjectMapper json = new ObjectMapper();
            List<Finding> findings = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode f = json.readTree(line);
                if (f.has("error")) {
                    findings.add(new Finding("", "parse", "error", f.get("error").asText()));
                } else {
                    findings.add(new Finding(f.path("id").asText(), f.path("rule").asText(),
                            f.path("category").asText(), f.path("message").asText()));
                }
            }
            return Optional.of(findings);
        } catch (IOException e) {
            log.warn("bpmnlint did not run", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temp dir left behind
                }
            }
        }
    }
}
