package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    static List<Csv.Row> read(String text) throws Exception {
        return Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void splits_on_the_separator_but_not_inside_quotes() throws Exception {
        assertThat(read("Konak;\"Alsancak; Kordon\";12").get(0).cells())
                .containsExactly("Konak", "Alsancak; Kordon", "12");
    }

    @Test
    void reads_doubled_quotes_as_one_quote_with_a_comma_separator() throws Exception {
        assertThat(read("Konak,\"\"\"Eski\"\" Mahalle\"").get(0).cells())
                .containsExactly("Konak", "\"Eski\" Mahalle");
    }

    @Test
    void a_quoted_line_break_stays_in_its_cell_and_later_rows_keep_their_line_numbers() throws Exception {
        var rows = read("\uFEFFilçe;mahalle;nüfus\nKonak;\"Alsancak\nKordon\";12\n\nBuca;Şirinyer;40\n");
        assertThat(rows.get(0).cells()).as("byte-order mark removed").containsExactly("ilçe", "mahalle", "nüfus");
        assertThat(rows.get(1).cells()).containsExactly("Konak", "Alsancak\nKordon", "12");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(3).cells()).containsExactly("Buca", "Şirinyer", "40");
        assertThat(rows.get(3).line()).isEqualTo(5);
    }
}
