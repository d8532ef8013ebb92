package tr.bel.izmir.bizizmir.shared;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every way a string arrives in a JSON body passes the rule, and the field is named by its path. */
class StorableTextJsonTest {

    record Draft(String title, List<String> answers, Map<String, Object> extra, Nested nested, String[] tags) {
    }

    record Nested(String note) {
    }

    final ObjectMapper json = new ObjectMapper().registerModule(new StorableTextConfig().storableTextModule());

    StorableText.Invalid refusal(String body, Class<?> type) {
        Throwable thrown = catchThrowable(() -> json.readValue(body, type));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StorableText.Invalid invalid) {
                return invalid;
            }
        }
        throw new AssertionError("not refused: " + body, thrown);
    }

    @Test
    void fields_list_items_map_values_nested_objects_and_arrays_are_all_checked() {
        assertThat(refusal("{\"title\":\"a\\u0000\"}", Draft.class).field()).isEqualTo("title");
        assertThat(refusal("{\"answers\":[\"ok\",\"b\\u0001\"]}", Draft.class).field()).isEqualTo("answers/1");
        assertThat(refusal("{\"extra\":{\"k\":\"\\ud800\"}}", Draft.class).field()).isEqualTo("extra/k");
        assertThat(refusal("{\"nested\":{\"note\":\"\\udc00x\"}}", Draft.class).field()).isEqualTo("nested/note");
        assertThat(refusal("{\"tags\":[\"\\u0007\"]}", Draft.class).field()).isEqualTo("tags/0");
        assertThat(refusal("[\"fine\",\"\\u0000\"]", List.class).field()).isEqualTo("1");
        assertThat(refusal("{\"extra\":{\"k\\u0000\":1}}", Draft.class).args()[1]).isEqualTo("U+0000");
    }

    @Test
    void ordinary_text_reads_unchanged() throws Exception {
        Draft d = json.readValue("{\"title\":\"Çınar\\tağacı\\r\\n\\ud83c\\udf33\",\"answers\":[\"Evet\"],"
                + "\"extra\":{\"n\":1,\"s\":\"İzmir\"}}", Draft.class);
        assertThat(d.title()).isEqualTo("Çınar\tağacı\r\n🌳");
        assertThat(d.answers()).containsExactly("Evet");
        assertThat(d.extra()).containsEntry("s", "İzmir");
        assertThat(json.readValue("\"x\"", new TypeReference<String>() { })).isEqualTo("x");
    }
}
