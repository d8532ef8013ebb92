package tr.bel.izmir.bizizmir.transparency.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.BOOLEAN;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.DATE;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.DATETIME;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.INTEGER;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.NUMBER;
import static tr.bel.izmir.bizizmir.transparency.opendata.Column.Type.STRING;

/** The export formats (issue 18): RFC 4180 CSV and JSON, ISO dates, written as the rows come. */
class DatasetWriterTest {

    /** A dataset whose rows a test supplies. */
    record Fixed(List<Column> columns, RowSource source) implements Dataset {
        interface RowSource {
            void rows(RowSink sink) throws IOException;
        }

        @Override
        public String id() {
            return "test";
        }

        @Override
        public void rows(RowSink sink) throws IOException {
            source.rows(sink);
        }

        @Override
        public Optional<Instant> lastUpdated() {
            return Optional.empty();
        }
    }

    static final List<Column> COLUMNS = List.of(Column.required("id", INTEGER), Column.required("title", STRING),
            Column.required("at", DATETIME), Column.required("day", DATE), Column.optional("cost_try", NUMBER),
            Column.required("ok", BOOLEAN), Column.optional("note", STRING));

    static final Fixed TRICKY = new Fixed(COLUMNS, sink -> {
        sink.row(1L, "Çınarlı \"park\", oyun alanı\nve bank", Instant.parse("2026-03-01T07:30:00Z"),
                LocalDate.of(2026, 3, 1), new BigDecimal("1250000.50"), true, null);
        sink.row(2L, "Şişli ığdır ÖÜ", Instant.parse("2026-12-31T21:00:00Z"), LocalDate.of(2027, 1, 1), null, false, "");
    });

    @Test
    void csv_is_rfc_4180_utf8_with_a_header_row_and_iso_dates() throws Exception {
        var out = new ByteArrayOutputStream();
        DatasetWriter.csv(TRICKY, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'i');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("id,title,at,day,cost_try,ok,note\r\n").endsWith("\r\n");
        try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setHeader().get())) {
            var records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("title")).isEqualTo("Çınarlı \"park\", oyun alanı\nve bank");
            assertThat(records.get(0).get("at")).isEqualTo("2026-03-01T07:30:00Z");
            assertThat(records.get(0).get("day")).isEqualTo("2026-03-01");
            assertThat(records.get(0).get("cost_try")).isEqualTo("1250000.50");
            assertThat(records.get(0).get("ok")).isEqualTo("true");
            assertThat(records.get(0).get("note")).isEmpty();
            assertThat(records.get(1).get("title")).isEqualTo("Şişli ığdır ÖÜ");
            assertThat(records.get(1).get("cost_try")).isEmpty();
        }
    }

    @Test
    void json_has_the_metadata_first_and_typed_values_in_the_rows() throws Exception {
        var out = new ByteArrayOutputStream();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("license", "CC-BY-4.0");
        meta.put("lastUpdated", null);
        DatasetWriter.json(TRICKY, meta, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.indexOf("\"license\"")).isLessThan(text.indexOf("\"rows\""));
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("license").asText()).isEqualTo("CC-BY-4.0");
        JsonNode first = json.get("rows").get(0);
        assertThat(first.get("id").isIntegralNumber()).isTrue();
        assertThat(first.get("cost_try").decimalValue()).isEqualByComparingTo("1250000.50");
        assertThat(first.get("ok").isBoolean()).isTrue();
        assertThat(first.get("at").asText()).isEqualTo("2026-03-01T07:30:00Z");
        assertThat(first.get("note").isNull()).isTrue();
        assertThat(json.get("rows").get(1).get("title").asText()).isEqualTo("Şişli ığdır ÖÜ");
    }

    /** Counts what reaches the client, as the servlet's response stream would. */
    static final class Received extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void a_100000_row_export_reaches_the_client_while_the_rows_are_still_being_read() throws Exception {
        for (boolean csv : new boolean[]{true, false}) {
            var received = new Received();
            List<long[]> snapshots = new ArrayList<>();
            var big = new Fixed(List.of(Column.required("id", INTEGER), Column.required("title", STRING)), sink -> {
                for (long i = 1; i <= 100_000; i++) {
                    sink.row(i, "Öneri " + i);
                    if (i % 10_000 == 0) {
                        snapshots.add(new long[]{i, received.bytes});
                    }
                }
            });
            if (csv) {
                DatasetWriter.csv(big, received);
            } else {
                DatasetWriter.json(big, Map.of(), received);
            }
            assertThat(received.bytes).isGreaterThan(100_000L * 10);
            // Each row is at least 10 bytes; what is not yet sent is never more than the writer's buffers.
            for (long[] s : snapshots) {
                assertThat(s[1]).as("%s bytes sent after %d rows", csv ? "CSV" : "JSON", s[0])
                        .isGreaterThan(s[0] * 10 - 64 * 1024);
            }
        }
    }
}
