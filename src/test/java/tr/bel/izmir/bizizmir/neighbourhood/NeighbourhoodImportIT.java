package tr.bel.izmir.bizizmir.neighbourhood;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class NeighbourhoodImportIT {

    @Autowired
    NeighbourhoodImport importer;
    @Autowired
    NeighbourhoodCatalog catalog;

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @WithMockUser(roles = "admin")
    void imports_good_rows_and_reports_each_bad_row_with_its_line_and_reason() throws Exception {
        String file = """
                \uFEFFilçe;mahalle;nüfus
                Torbalı;Ayrancılar;12000
                Atlantis;Merkez;100
                Torbalı;;50
                TORBALI;Pancar;1.500
                Torbalı;Ayrancılar;12000
                Torbalı;Yazıbaşı;çok
                Torbalı;Subaşı;1;2
                """;
        List<Integer> progress = new ArrayList<>();
        var result = importer.importCsv(csv(file), progress::add);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.errors()).extracting(tr.bel.izmir.bizizmir.shared.Csv.RowError::line, tr.bel.izmir.bizizmir.shared.Csv.RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "neighbourhoods.import.error.unknown-district"),
                        org.assertj.core.groups.Tuple.tuple(4, "neighbourhoods.import.error.empty-name"),
                        org.assertj.core.groups.Tuple.tuple(6, "neighbourhoods.import.error.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(7, "neighbourhoods.import.error.population"),
                        org.assertj.core.groups.Tuple.tuple(8, "neighbourhoods.import.error.columns"));
        assertThat(progress).last().isEqualTo(100);
        assertThat(catalog.byCode("torbali-ayrancilar")).get().extracting(NeighbourhoodInfo::getPopulation).isEqualTo(12000);
        assertThat(catalog.byCode("torbali-pancar")).get().extracting(NeighbourhoodInfo::getPopulation).isEqualTo(1500);
        assertThat(catalog.byCode("torbali-yazibasi")).as("a bad row changes nothing").isEmpty();
    }

    @Test
    @WithMockUser(roles = "admin")
    void importing_the_same_file_twice_adds_nothing_the_second_time() throws Exception {
        String file = "district,neighbourhood\nUrla,Kuşçular\nUrla,Barbaros\n";
        var first = importer.importCsv(csv(file), p -> { });
        long count = catalog.countAll();
        var second = importer.importCsv(csv(file), p -> { });
        assertThat(first.created() + first.unchanged()).isEqualTo(2);
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(catalog.countAll()).isEqualTo(count);
    }

    @Test
    @WithMockUser(roles = "admin")
    void a_large_list_is_imported_in_chunks_with_progress() throws Exception {
        var file = new StringBuilder("district;neighbourhood\n");
        for (int i = 1; i <= 1300; i++) {
            file.append("Kiraz;Test Mahallesi ").append(i).append('\n');
        }
        List<Integer> progress = new ArrayList<>();
        var result = importer.importCsv(csv(file.toString()), progress::add);
        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).isEqualTo(1300);
        assertThat(progress).hasSizeGreaterThan(5).isSorted().last().isEqualTo(100);
    }

    @Test
    @WithMockUser(roles = "officer")
    void only_an_admin_may_import() {
        assertThatThrownBy(() -> importer.importCsv(csv("district;neighbourhood\nUrla;Gülbahçe\n"), p -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.byCode("urla-gulbahce")).isEmpty();
    }
}
