package tr.bel.izmir.bizizmir.tasks.forms;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormTextTest {

    @Test
    void numbers_from_the_process_are_written_as_the_reader_writes_them_not_as_java_prints_them() {
        Map<String, Object> vars = Map.of("cost", 650000.0d, "share", new java.math.BigDecimal("1234.5"), "count", 3L);
        assertThat(FormText.toHtml("₺{{cost}} · {{share}} · {{count}}", vars, java.util.Locale.forLanguageTag("tr-TR")))
                .contains("₺650.000 · 1.234,50 · 3").doesNotContain("650000.0");
        assertThat(FormText.toHtml("₺{{cost}} · {{share}}", vars, java.util.Locale.forLanguageTag("en-GB")))
                .contains("₺650,000 · 1,234.50");
    }

    @Test
    void code_spans_and_links_to_the_platforms_own_pages() {
        String html = FormText.toHtml("Dışa aktarım `.pb` için [Bütçe sonuçları](/budget/results) sayfası", Map.of());
        assertThat(html).contains("<code>.pb</code>").doesNotContain("`")
                .contains("<a href=\"/budget/results\"");
        assertThat(FormText.toHtml("[x](//evil.example/path)", Map.of())).doesNotContain("<a ");
        assertThat(FormText.toHtml("[x](javascript:alert(1))", Map.of())).doesNotContain("<a ");
    }

    @Test
    void renders_paragraphs_bold_italic_and_line_breaks() {
        String html = FormText.toHtml("Birinci **kalın** ve *italik*\nikinci satır\n\nYeni paragraf", Map.of());

        assertThat(html).isEqualTo("<div class=\"form-text\"><p>Birinci <strong>kalın</strong> ve <em>italik</em>"
                + "<br>ikinci satır</p><p>Yeni paragraf</p></div>");
    }

    @Test
    void renders_headings_below_page_level_and_bullet_lists() {
        String html = FormText.toHtml("# Başlık\n\n- bir\n- iki", Map.of());

        assertThat(html).contains("<h3>Başlık</h3>").contains("<ul><li>bir</li><li>iki</li></ul>");
    }

    @Test
    void a_heading_may_be_followed_directly_by_its_text() {
        String html = FormText.toHtml("## Karar\nGerekçeyi yazın.", Map.of());

        assertThat(html).isEqualTo("<div class=\"form-text\"><h4>Karar</h4><p>Gerekçeyi yazın.</p></div>");
    }

    @Test
    void leaves_lone_asterisks_in_arithmetic_alone() {
        String html = FormText.toHtml("2 * 3 * 4 = 24, ** değil **", Map.of());

        assertThat(html).doesNotContain("<em>").doesNotContain("<strong>").contains("2 * 3 * 4");
    }

    @Test
    void renders_http_and_https_links_that_open_safely() {
        String html = FormText.toHtml("[Rehber](https://www.izmir.bel.tr/a?b=1&c=2)", Map.of());

        assertThat(html).contains("<a href=\"https://www.izmir.bel.tr/a?b=1&amp;c=2\" target=\"_blank\" "
                + "rel=\"noopener noreferrer\">Rehber</a>");
    }

    @Test
    void leaves_javascript_and_other_schemes_as_plain_text() {
        String html = FormText.toHtml("[tıkla](javascript:alert(1)) [veri](data:text/html,x)", Map.of());

        assertThat(html).doesNotContain("<a").contains("[tıkla](javascript:alert(1))");
    }

    @Test
    void escapes_script_tags_and_attributes_written_in_the_form() {
        String html = FormText.toHtml("<script>alert('x')</script> <img src=x onerror=alert(1)>", Map.of());

        assertThat(html).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void escapes_process_data_inserted_by_templates() {
        String html = FormText.toHtml("Öneri: {{ title }}", Map.of("title", "<script>steal()</script>"));

        assertThat(html).doesNotContain("<script").contains("Öneri: &lt;script&gt;steal()&lt;/script&gt;");
    }

    @Test
    void process_data_never_becomes_markdown_links_or_emphasis() {
        String html = FormText.toHtml("{{ title }}", Map.of("title", "**x** [y](https://evil.example)"));

        assertThat(html).doesNotContain("<a").doesNotContain("<strong>").contains("**x** [y](https://evil.example)");
    }

    @Test
    void a_quote_in_a_link_cannot_break_out_of_the_attribute() {
        String html = FormText.toHtml("[a](https://x.example/\"onmouseover=alert(1))", Map.of());

        assertThat(html).doesNotContain("\"onmouseover").contains("&quot;onmouseover");
    }

    @Test
    void templates_read_nested_values_lists_and_leave_missing_ones_empty() {
        String html = FormText.toHtml("{{applicant.name}} / {{ tags }} / [{{ missing }}]",
                Map.of("applicant", Map.of("name", "Ayşe"), "tags", List.of("sanat", "müzik")));

        assertThat(html).contains("Ayşe / sanat, müzik / []");
    }
}
