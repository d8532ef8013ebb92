package tr.bel.izmir.bizizmir.neighbourhood;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import tr.bel.izmir.bizizmir.shared.Csv;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The census list: bad lines reported by number, ID numbers never stored in clear. */
@IntegrationTest
class CensusImportIT {

    @Autowired
    ResidentRegistry residents;
    @Autowired
    DataSource dataSource;

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @WithMockUser(roles = "officer")
    void imports_valid_lines_reports_bad_ones_and_stores_no_id_number() throws Exception {
        String good = TcKimlikNo.complete("412345671");
        String file = "tckn;dogum_yili;mahalle\n"
                + good + ";1984;konak-alsancak\n"
                + "41234567100;1984;konak-alsancak\n"
                + TcKimlikNo.complete("412345672") + ";1850;konak-alsancak\n"
                + TcKimlikNo.complete("412345673") + ";1990;konak-atlantis\n"
                + good + ";1984;konak-alsancak\n";
        var result = residents.importCensus(csv(file));
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.errors()).extracting(Csv.RowError::line, Csv.RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "census.import.error.tckn"),
                org.assertj.core.groups.Tuple.tuple(4, "census.import.error.birth-year"),
                org.assertj.core.groups.Tuple.tuple(5, "census.import.error.neighbourhood"),
                org.assertj.core.groups.Tuple.tuple(6, "census.import.error.duplicate"));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.content()).doesNotContain(good));
        try (var c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select count(*) from census_entry where id_hash like '%" + good + "%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        var verified = residents.verify("nufus-" + good, good, 1984,
                neighbourhoodId("konak-alsancak"), true);
        assertThat(verified.birthYear()).isEqualTo(1984);
    }

    @Autowired
    NeighbourhoodCatalog catalog;

    long neighbourhoodId(String code) {
        return catalog.requireByCode(code).getId();
    }

    @Test
    @WithMockUser(roles = "citizen")
    void a_citizen_cannot_import_the_census() {
        assertThatThrownBy(() -> residents.importCensus(csv("10000000146;1980;konak-alsancak\n")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
