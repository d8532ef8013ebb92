package tr.bel.izmir.bizizmir.modeling.ui;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** bpmnlint's findings are shown in the reader's language, plug-in rules included (issue 14). */
class LintTextTest {

    static Function<String, String> bundle(String name) throws Exception {
        var p = new Properties();
        try (var in = LintTextTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return key -> p.getProperty(key, "!" + key);
    }

    @Test
    void known_rules_are_translated_and_unknown_ones_keep_bpmnlints_words() throws Exception {
        var tr = bundle("messages.properties");
        assertThat(LintText.of("label-required", "Element is missing label/name", tr)).isEqualTo("Bu öğenin bir adı olmalı.");
        assertThat(LintText.ofDetail("camunda-compat/history-time-to-live: Process is missing historyTimeToLive", tr))
                .contains("geçmiş saklama süresi");
        assertThat(LintText.of("some-future-rule", "Something new", tr)).isEqualTo("Something new");
        assertThat(LintText.of("fake-join", "Incoming flows do not join", bundle("messages_en.properties")))
                .startsWith("Several flows enter");
    }
}
