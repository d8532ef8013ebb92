package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void splits_on_the_separator_but_not_inside_quotes() {
        assertThat(Csv.splitCells("Konak;\"Alsancak; Kordon\";12", ';'))
                .containsExactly("Konak", "Alsancak; Kordon", "12");
    }

    @Test
    void reads_doubled_quotes_as_one_quote() {
        assertThat(Csv.splitCells("Konak,\"\"\"Eski\"\" Mahalle\"", ','))
                .containsExactly("Konak", "\"Eski\" Mahalle");
    }
}
