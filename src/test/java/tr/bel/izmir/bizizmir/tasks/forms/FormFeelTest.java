package tr.bel.izmir.bizizmir.tasks.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormFeelTest {

    private static final String SET_PROPERTY = "{f: function(k, v) external {java: {class: \"java.lang.System\", "
            + "method signature: \"setProperty(java.lang.String, java.lang.String)\"}}, r: f(\"bizizmir.feel.test\", \"x\")}.r";

    @Test
    void evaluates_with_or_without_the_form_js_equals_sign_over_a_context_of_variables() {
        Map<String, Object> context = Map.of("amount", 1200L, "applicant", Map.of("name", "Ayşe"),
                "tags", List.of("park", "müzik"));

        assertThat(FormFeel.evaluate("=amount > 1000", context)).contains(true);
        assertThat(FormFeel.evaluate("applicant.name", context)).contains("Ayşe");
        assertThat(FormFeel.isTrue("=list contains(tags, \"park\")", context)).isTrue();
        assertThat(FormFeel.number("=amount / 2", context)).contains(new BigDecimal("600"));
    }

    @Test
    void a_missing_variable_a_syntax_error_or_a_non_boolean_never_counts_as_true() {
        Map<String, Object> context = new HashMap<>();
        context.put("empty", null);

        assertThat(FormFeel.isTrue("=missing > 3", context)).isFalse();
        assertThat(FormFeel.isTrue("=1 +", context)).isFalse();
        assertThat(FormFeel.isTrue("=\"yes\"", context)).isFalse();
        assertThat(FormFeel.evaluate("=empty", context)).isEmpty();
    }

    @Test
    void texts_are_feel_with_an_equals_sign_or_templates_otherwise() {
        Map<String, Object> context = Map.of("title", "Park", "count", 3L, "ratio", 2.50d);

        assertThat(FormFeel.text("=\"Öneri \" + title", context)).isEqualTo("Öneri Park");
        assertThat(FormFeel.text("{{ title }}: {{ count * 2 }} kişi, {{ ratio }}", context)).isEqualTo("Park: 6 kişi, 2.5");
        assertThat(FormFeel.text("Sabit", context)).isEqualTo("Sabit");
        assertThat(FormFeel.isDynamic("Sabit")).isFalse();
        assertThat(FormFeel.isDynamic("{{ title }}")).isTrue();
    }

    @Test
    void java_calls_are_refused_when_parsed_and_never_run() {
        assertThat(FormFeel.problem(SET_PROPERTY)).hasValueSatisfying(m -> assertThat(m).contains("External functions are disabled"));
        assertThat(FormFeel.evaluate(SET_PROPERTY, Map.of())).isEmpty();
        assertThat(System.getProperty("bizizmir.feel.test")).isNull();
    }

    @Test
    void a_syntax_error_is_a_problem_and_a_valid_expression_is_not() {
        assertThat(FormFeel.problem("=decision = ")).isPresent();
        assertThat(FormFeel.problem("=decision = \"reject\"")).isEmpty();
    }

    @Test
    void objects_in_the_process_data_are_text_to_feel_so_it_cannot_walk_their_getters() {
        Map<String, Object> context = Map.of("file", new java.io.File("/etc/passwd"), "when", new java.util.Date(0));

        assertThat(FormFeel.evaluate("=file.absolutePath", context)).isEmpty();
        assertThat(FormFeel.evaluate("=file.class", context)).isEmpty();
        assertThat(FormFeel.evaluate("=file", context)).contains("/etc/passwd");
        assertThat(FormFeel.evaluate("=when.year", context)).contains(1970L);
    }
}
