package tr.bel.izmir.bizizmir.neighbourhood;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void splits_on_the_separator_but_not_inside_quotes() {
        assertThat(NeighbourhoodImport.splitCells("Konak;\"Alsancak; Kordon\";12", ';'))
                .containsExactly("Konak", "Alsancak; Kordon", "12");
    }

    @Test
    void reads_doubled_quotes_as_one_quote() {
        assertThat(NeighbourhoodImport.splitCells("Konak,\"\"\"Eski\"\" Mahalle\"", ','))
                .containsExactly("Konak", "\"Eski\" Mahalle");
    }
}
