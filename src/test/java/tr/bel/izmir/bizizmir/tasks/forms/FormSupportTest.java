package tr.bel.izmir.bizizmir.tasks.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.tasks.forms.FormSupport.Issue;
import tr.bel.izmir.bizizmir.tasks.forms.FormSupport.Kind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FormSupportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Issue> check(String componentJson) throws IOException {
        return FormSupport.check(JSON.readTree("{\"id\":\"Form_T\",\"components\":[" + componentJson + "]}"));
    }

    @Test
    void every_form_in_forms_is_fully_supported_by_the_inbox() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                assertThat(FormSupport.check(form)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void a_form_with_conditions_read_only_expressions_and_feel_limits_is_supported() throws IOException {
        JsonNode form = JSON.readTree(FormSupportTest.class.getResourceAsStream("/forms-samples/conditions.form"));
        assertThat(FormSupport.check(form)).isEmpty();
    }

    @Test
    void names_the_field_and_the_component_type_or_property_the_inbox_cannot_show() throws IOException {
        assertThat(check("""
                {"type":"filepicker","id":"Field_1","key":"attachments"},
                {"type":"group","id":"Group_1","components":[{"type":"iframe","id":"Frame_1","url":"https://x"}]},
                {"type":"textfield","id":"Field_2","key":"name","validate":{"required":true,"customRule":1}},
                {"type":"number","id":"Field_3","key":"amount","serializeToString":true,"appearance":{"prefixAdorner":"=currency"}},
                {"type":"dynamiclist","id":"List_1","path":"items"}"""))
                .extracting(Issue::element, Issue::property, Issue::kind, Issue::detail)
                .containsExactly(
                        tuple("attachments", "type", Kind.COMPONENT, "filepicker"),
                        tuple("Frame_1", "type", Kind.COMPONENT, "iframe"),
                        tuple("name", "validate.customRule", Kind.PROPERTY, "validate.customRule"),
                        tuple("amount", "serializeToString", Kind.PROPERTY, "serializeToString"),
                        tuple("amount", "appearance.prefixAdorner", Kind.PROPERTY, "appearance.prefixAdorner (FEEL)"),
                        tuple("List_1", "type", Kind.COMPONENT, "dynamiclist"));
    }

    @Test
    void feel_that_does_not_parse_or_calls_java_is_refused_with_the_engines_reason() throws IOException {
        List<Issue> issues = check("""
                {"type":"textfield","id":"Field_1","key":"a","conditional":{"hide":"=decision = "}},
                {"type":"textfield","id":"Field_2","key":"b","defaultValue":"={f: function(x) external {java: {class: \\"java.lang.System\\", method signature: \\"exit(int)\\"}}, r: f(1)}.r"},
                {"type":"text","id":"Text_1","text":"Toplam: {{ 1 + }}"}""");

        assertThat(issues).extracting(Issue::element, Issue::property, Issue::kind)
                .containsExactly(tuple("a", "conditional.hide", Kind.EXPRESSION), tuple("b", "defaultValue", Kind.EXPRESSION),
                        tuple("Text_1", "text", Kind.EXPRESSION));
        assertThat(issues.get(1).detail()).contains("External functions are disabled");
    }

    @Test
    void template_blocks_in_text_are_refused_because_the_inbox_would_show_them_as_written() throws IOException {
        assertThat(check("""
                {"type":"text","id":"Text_1","text":"{{#if urgent}}Acil{{/if}}"}"""))
                .extracting(Issue::element, Issue::property, Issue::kind)
                .containsExactly(tuple("Text_1", "text", Kind.PROPERTY));
    }

    @Test
    void a_field_that_would_make_the_inbox_refuse_the_whole_form_is_named() throws IOException {
        assertThat(check("""
                {"type":"textfield","id":"Field_1","key":"code","validate":{"pattern":"[A-"}}"""))
                .extracting(Issue::element, Issue::property, Issue::kind)
                .containsExactly(tuple("Field_1", "validate.pattern", Kind.INVALID));
        assertThat(check("""
                {"type":"textfield","id":"Field_2","label":"Adı"}"""))
                .extracting(Issue::element, Issue::property, Issue::kind)
                .containsExactly(tuple("Field_2", "key", Kind.INVALID));
    }
}
