package tr.bel.izmir.bizizmir.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (Deque's accessibility engine, from npm through {@code weblibs/}, DD030) run in the
 * browser on the page a {@link Browser} shows. The script is read from
 * {@code weblibs/node_modules/axe-core/axe.min.js}, which the Maven build installs
 * ({@code weblibs/build.mjs} in generate-resources), and injected through WebDriver, which the
 * page's Content-Security-Policy does not govern; it is never served by the application.
 * Rules are axe's WCAG 2.0/2.1 A and AA tags; only serious and critical findings count.
 */
public final class Axe {

    static final Path SCRIPT = Path.of("weblibs", "node_modules", "axe-core", "axe.min.js");
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isReadable(SCRIPT)) {
                throw new IllegalStateException(SCRIPT.toAbsolutePath() + " is missing: run the Maven build once "
                        + "(it installs weblibs/ with npm), or `cd weblibs && npm ci`");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Waits until Vaadin has no request in flight, so axe sees the page the person sees. */
    public static void settle(Browser browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients)"
                        + " && Object.values(Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /**
     * The serious and critical violations on the current page, one line each: rule, impact,
     * help text and up to three offending elements with axe's summary of what is wrong.
     */
    public static List<String> seriousViolations(Browser browser) {
        settle(browser);
        var js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(source());
        }
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({ exclude: [['vaadin-dev-tools'], ['copilot-main'], ['vaadin-connection-indicator']] },
                        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                          resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical'))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
                """);
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode v : new ObjectMapper().readTree((String) result)) {
                var nodes = new StringBuilder();
                int n = 0;
                for (JsonNode node : v.path("nodes")) {
                    if (n++ == 3) {
                        nodes.append(" … and ").append(v.path("nodes").size() - 3).append(" more");
                        break;
                    }
                    nodes.append("\n      at ").append(node.path("target").toString())
                            .append(": ").append(node.path("failureSummary").asText("").replace('\n', ' '));
                }
                lines.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText() + nodes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
