package tr.bel.izmir.bizizmir.support;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real decision tables of {@code processes/}, evaluated by Camunda's DMN engine alone (no
 * process engine, no Spring), for the decision tests that check a table row by row.
 */
public final class Decisions {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private Decisions() {
    }

    /** The decision {@code key} of {@code processes/<file>}, as deployed. */
    public static Decision parse(String file, String key) {
        try (InputStream in = Files.newInputStream(Path.of("processes", file))) {
            return new Decision(ENGINE.parseDecision(key, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One parsed decision table. */
    public record Decision(DmnDecision table) {

        public DmnDecisionTableResult evaluate(Map<String, Object> facts) {
            return ENGINE.evaluateDecisionTable(table, facts);
        }

        /** The one output of the first rule that fires. */
        public <T> T first(Map<String, Object> facts) {
            return evaluate(facts).getFirstResult().getSingleEntry();
        }

        /** The one output of the only rule that fires (an error when several fire). */
        public <T> T single(Map<String, Object> facts) {
            return evaluate(facts).getSingleResult().getSingleEntry();
        }

        /** The outputs of the one rule that fires; with hit policy FIRST there is exactly one. */
        public Map<String, Object> row(Map<String, Object> facts) {
            var result = evaluate(facts);
            assertThat(result.getResultList()).as("FIRST hit policy: exactly one result").hasSize(1);
            return result.getSingleResult().getEntryMap();
        }

        /**
         * An eligibility table (outputs {@code eligible}, {@code reasonCode}, {@code reasonTr},
         * {@code reasonEn}) refuses these facts with this reason, told in both languages.
         */
        public void assertRefused(Map<String, Object> facts, String reasonCode) {
            var out = row(facts);
            assertThat(out.get("eligible")).isEqualTo(false);
            assertThat(out.get("reasonCode")).isEqualTo(reasonCode);
            assertThat((String) out.get("reasonTr")).isNotBlank();
            assertThat((String) out.get("reasonEn")).isNotBlank();
        }
    }
}
