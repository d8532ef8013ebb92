package tr.bel.izmir.bizizmir.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.shared.PublicBaseUrl;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.transparency.opendata.DatasetWriter;
import tr.bel.izmir.bizizmir.transparency.opendata.OpenDataCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;

import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data against PostgreSQL (issue 18): the catalogue is valid JSON-LD listing every dataset
 * with absolute links from the configured base URL, every distribution answers and matches its
 * published schema, the exports hold the database's numbers (the statistics page's too), nothing
 * personal, small counts left out, bad requests refused in the caller's language, and an export
 * of 100,000 rows streams.
 */
@IntegrationTest
class OpenDataIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired PublicBaseUrl baseUrl;
    @Autowired OpenDataCatalog catalog;
    @Autowired PublicStatistics statistics;
    @Autowired NeighbourhoodCatalog neighbourhoods;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String url, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : "http://localhost:" + port + url));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static final Set<String> DATASETS = Set.of("proposals", "feasibility", "advisory-items", "vote-results",
            "consultations", "pb-cycles", "pb-allocations", "implementation-projects", "park-events", "participation", "voters-by-age", "pabulib");

    @Test
    void the_catalogue_lists_every_dataset_with_reachable_schema_conformant_csv_and_json() throws Exception {
        var response = get("/api/v1/public/datasets", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode catalogue = json.readTree(response.body());
        assertThat(catalogue.path("@context").path("dcat").asText()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalogue.path("@type").asText()).isEqualTo("Catalog");
        assertThat(catalogue.path("title").path("tr").asText()).isNotBlank();
        assertThat(catalogue.path("title").path("en").asText()).isNotBlank();
        String base = baseUrl.get();
        Set<String> ids = new HashSet<>();
        for (JsonNode dataset : catalogue.withArray("dataset")) {
            String id = dataset.path("identifier").asText();
            ids.add(id);
            assertThat(dataset.path("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(dataset.path("@id").asText()).isEqualTo(base + "/api/v1/public/datasets/" + id);
            assertThat(get(dataset.path("@id").asText(), null).statusCode()).as("%s is described at its @id", id).isEqualTo(200);
            if (id.equals("pabulib")) {
                for (JsonNode distribution : dataset.withArray("distribution")) {
                    String url = distribution.path("downloadURL").asText();
                    assertThat(url).startsWith(base + "/api/v1/public/datasets/pabulib/").endsWith(".pb");
                    var pb = get(url, null);
                    assertThat(pb.statusCode()).as(url).isEqualTo(200);
                    assertThat(pb.body()).startsWith("META").contains("PROJECTS").contains("VOTES");
                }
                continue;
            }
            JsonNode schema = json.readTree(get(base + "/api/v1/public/datasets/" + id + "/schema.json", null).body());
            Set<String> formats = new HashSet<>();
            for (JsonNode distribution : dataset.withArray("distribution")) {
                String url = distribution.path("downloadURL").asText();
                assertThat(url).as("absolute link from the configured address").startsWith(base + "/api/v1/public/datasets/");
                var download = get(url, null);
                assertThat(download.statusCode()).as(url).isEqualTo(200);
                formats.add(distribution.path("format").asText());
                if (url.endsWith(".csv")) {
                    assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
                    checkCsv(id, download.body(), schema);
                } else {
                    assertThat(url).endsWith(".json");
                    JsonNode body = json.readTree(download.body());
                    assertThat(body.path("license").asText()).isEqualTo("CC-BY-4.0");
                    assertThat(body.has("lastUpdated")).isTrue();
                    if (dataset.has("modified")) {
                        assertThat(body.path("lastUpdated").asText()).isEqualTo(dataset.path("modified").asText());
                        Instant.parse(dataset.path("modified").asText());
                    }
                    checkJson(id, body.withArray("rows"), schema);
                }
            }
            assertThat(formats).containsExactlyInAnyOrder("CSV", "JSON");
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(DATASETS);
    }

    /** Every cell as its schema says: header = field names, required ones filled, values of the type. */
    private void checkCsv(String id, String text, JsonNode schema) throws Exception {
        List<String> names = new ArrayList<>();
        schema.withArray("fields").forEach(f -> names.add(f.path("name").asText()));
        try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setHeader().get())) {
            assertThat(parser.getHeaderNames()).as(id).containsExactlyElementsOf(names);
            for (CSVRecord record : parser) {
                for (JsonNode field : schema.withArray("fields")) {
                    String value = record.get(field.path("name").asText());
                    boolean required = field.path("constraints").path("required").asBoolean(false);
                    if (value.isEmpty()) {
                        assertThat(required).as("%s.%s may be empty (line %d)", id, field.path("name").asText(),
                                record.getRecordNumber()).isFalse();
                        continue;
                    }
                    checkType(id + "." + field.path("name").asText(), field.path("type").asText(), value);
                }
            }
        }
    }

    private static void checkType(String what, String type, String value) {
        switch (type) {
            case "integer" -> Long.parseLong(value);
            case "number" -> new BigDecimal(value);
            case "boolean" -> assertThat(value).as(what).isIn("true", "false");
            case "date" -> LocalDate.parse(value);
            case "datetime" -> Instant.parse(value);
            case "string" -> { }
            default -> throw new AssertionError(what + " has an unknown type " + type);
        }
    }

    private void checkJson(String id, JsonNode rows, JsonNode schema) {
        for (JsonNode row : rows) {
            assertThat(row.size()).as(id).isEqualTo(schema.withArray("fields").size());
            for (JsonNode field : schema.withArray("fields")) {
                String name = field.path("name").asText();
                JsonNode value = row.get(name);
                assertThat(value).as("%s.%s", id, name).isNotNull();
                if (value.isNull()) {
                    assertThat(field.path("constraints").path("required").asBoolean(false)).as("%s.%s", id, name).isFalse();
                    continue;
                }
                switch (field.path("type").asText()) {
                    case "integer" -> assertThat(value.isIntegralNumber()).as("%s.%s", id, name).isTrue();
                    case "number" -> assertThat(value.isNumber()).as("%s.%s", id, name).isTrue();
                    case "boolean" -> assertThat(value.isBoolean()).as("%s.%s", id, name).isTrue();
                    default -> {
                        assertThat(value.isTextual()).as("%s.%s", id, name).isTrue();
                        checkType(id + "." + name, field.path("type").asText(), value.asText());
                    }
                }
            }
        }
    }

    List<CSVRecord> csv(String id) throws Exception {
        var response = get("/api/v1/public/datasets/" + id + ".csv", null);
        assertThat(response.statusCode()).isEqualTo(200);
        try (var parser = CSVParser.parse(new StringReader(response.body()), CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getRecords();
        }
    }

    @Test
    void the_exports_hold_the_numbers_of_the_database_and_of_the_statistics_page() throws Exception {
        String publicStatuses = PublicStatistics.PUBLIC_PROPOSALS;
        Map<Long, Integer> supports = new HashMap<>();
        jdbc.query("select id, support_count from proposal where status in " + publicStatuses,
                rs -> { supports.put(rs.getLong(1), rs.getInt(2)); });
        Map<Long, Integer> exported = new HashMap<>();
        for (CSVRecord r : csv("proposals")) {
            exported.put(Long.parseLong(r.get("id")), Integer.parseInt(r.get("supports")));
        }
        assertThat(exported).as("the public proposals with their supports").isEqualTo(supports);
        assertThat(supports).as("the demo has public proposals").isNotEmpty();

        assertThat(csv("pb-cycles")).hasSize(jdbc.queryForObject("select count(*) from pb_cycle where phase <> 'DRAFT'", Integer.class));
        assertThat(csv("park-events")).hasSize(jdbc.queryForObject("select count(*) from park_event_application"
                + " where status in ('APPROVED', 'REPORTED', 'REPORT_OVERDUE', 'CLOSED')", Integer.class));
        assertThat(csv("advisory-items")).hasSize(jdbc.queryForObject("select count(*) from advisory_item", Integer.class));
        assertThat(csv("implementation-projects")).hasSize(jdbc.queryForObject("select count(*) from impl_project", Integer.class));
        assertThat(csv("vote-results").stream().map(r -> Long.parseLong(r.get("vote_id"))).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select id from vote where status = 'CLOSED'", Long.class));

        // Participation: the rows of the statistics page, and the proposals counted independently.
        var page = statistics.participation(StatisticsFilter.ALL);
        Map<String, Long> proposalsByHood = new HashMap<>();
        jdbc.query("select n.code, count(*) from proposal p join neighbourhood n on n.id = p.neighbourhood_id"
                + " where p.status in " + publicStatuses + " group by n.code", rs -> { proposalsByHood.put(rs.getString(1), rs.getLong(2)); });
        List<CSVRecord> hoods = csv("participation").stream().filter(r -> r.get("level").equals("NEIGHBOURHOOD")).toList();
        assertThat(hoods).hasSize(page.neighbourhoods().size());
        for (int i = 0; i < hoods.size(); i++) {
            var shown = page.neighbourhoods().get(i);
            var row = hoods.get(i);
            assertThat(row.get("neighbourhood")).isEqualTo(shown.neighbourhoodCode());
            assertThat(Long.parseLong(row.get("proposals"))).isEqualTo(shown.proposals())
                    .isEqualTo(proposalsByHood.getOrDefault(shown.neighbourhoodCode(), 0L));
            assertThat(Long.parseLong(row.get("supports"))).isEqualTo(shown.supports());
            assertThat(row.get("voters")).isEqualTo(shown.voters() == null ? "" : shown.voters().toString());
        }
    }

    @Test
    void no_export_names_a_resident_an_author_a_supporter_or_an_applicant() throws Exception {
        Set<String> people = new HashSet<>();
        people.addAll(jdbc.queryForList("select username from resident", String.class));
        people.addAll(jdbc.queryForList("select author from proposal", String.class));
        people.addAll(jdbc.queryForList("select supporter from proposal_support", String.class));
        people.addAll(jdbc.queryForList("select applicant from park_event_application", String.class));
        people.addAll(jdbc.queryForList("select username from vote_participation", String.class));
        assertThat(people).isNotEmpty();
        for (String id : DATASETS) {
            if (id.equals("pabulib")) {
                continue;
            }
            List<CSVRecord> rows = csv(id);
            for (CSVRecord r : rows) {
                for (String cell : r) {
                    assertThat(people).as("%s line %d", id, r.getRecordNumber()).doesNotContain(cell);
                }
                assertThat(r.getParser().getHeaderNames()).as(id)
                        .noneMatch(h -> h.matches(".*(author|username|supporter|applicant|voter_key|receipt|id_hash|assessed_by|answered_by).*"));
            }
        }
    }

    @Test
    @Transactional
    void a_neighbourhood_where_fewer_than_five_people_voted_shows_no_count_and_its_total_gives_nothing_away() throws Exception {
        long district = jdbc.queryForObject("insert into district (code, name) values ('stat-test', 'İstatistik Deneme') returning id", Long.class);
        long small = hood(district, "stat-test-kucuk", "Küçük");
        long large = hood(district, "stat-test-buyuk", "Büyük");
        long middle = hood(district, "stat-test-orta", "Orta");
        long vote = jdbc.queryForObject("select min(id) from vote", Long.class);
        voters(vote, small, 3, "kucuk", 2005);
        voters(vote, large, 7, "buyuk", 1980);
        voters(vote, middle, 6, "orta", 1980);
        for (int i = 0; i < 20; i++) {
            jdbc.update("insert into census_entry (id_hash, birth_year, neighbourhood_id, imported_at) values (?, 1980, ?, now())",
                    "stat-census-" + i, large);
        }
        var filter = StatisticsFilter.parse(null, null, "stat-test", null, neighbourhoods);
        var table = statistics.participation(filter);
        Map<String, PublicStatistics.Participation> rows = new HashMap<>();
        table.neighbourhoods().forEach(p -> rows.put(p.neighbourhoodCode(), p));
        assertThat(rows.get("stat-test-kucuk").voters()).as("3 voters are not shown").isNull();
        assertThat(rows.get("stat-test-kucuk").suppressed()).isTrue();
        assertThat(rows.get("stat-test-orta").voters()).as("the next smallest goes too, else 16 - 7 - 6 = 3").isNull();
        assertThat(rows.get("stat-test-buyuk").voters()).isEqualTo(7L);
        assertThat(rows.get("stat-test-buyuk").turnoutPercent()).isEqualByComparingTo("35.0");
        assertThat(table.districts()).singleElement().satisfies(d -> assertThat(d.voters()).isEqualTo(16L));

        // Per age: the 3 young voters are hidden, and so is the only other group (16 - 3 = 13 would tell).
        var ages = statistics.votersByAge(StatisticsFilter.parse(null, "2026-12-31", "stat-test", null, neighbourhoods));
        Map<PublicStatistics.AgeBand, PublicStatistics.AgeGroup> byBand = new HashMap<>();
        ages.forEach(g -> byBand.put(g.band(), g));
        assertThat(byBand.get(PublicStatistics.AgeBand.UP_TO_24).suppressed()).isTrue();
        assertThat(byBand.get(PublicStatistics.AgeBand.UP_TO_24).voters()).isNull();
        assertThat(byBand.get(PublicStatistics.AgeBand.FROM_35_TO_49).voters()).isNull();
        assertThat(byBand.get(PublicStatistics.AgeBand.FROM_65).voters()).isEqualTo(0L);

        // The export says the same, within this transaction.
        var out = new java.io.ByteArrayOutputStream();
        DatasetWriter.csv(catalog.require("participation"), out);
        try (var parser = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().get())) {
            Map<String, CSVRecord> exported = new HashMap<>();
            parser.forEach(r -> exported.put(r.get("neighbourhood"), r));
            assertThat(exported.get("stat-test-kucuk").get("voters")).isEmpty();
            assertThat(exported.get("stat-test-kucuk").get("voters_suppressed")).isEqualTo("true");
            assertThat(exported.get("stat-test-kucuk").get("turnout_percent")).isEmpty();
            assertThat(exported.get("stat-test-buyuk").get("voters")).isEqualTo("7");
        }
    }

    private long hood(long district, String code, String name) {
        return jdbc.queryForObject("insert into neighbourhood (code, name, district_id) values (?, ?, ?) returning id",
                Long.class, code, name, district);
    }

    private void voters(long vote, long neighbourhood, int count, String prefix, int birthYear) {
        for (int i = 0; i < count; i++) {
            String username = "stat-" + prefix + "-" + i;
            jdbc.update("insert into resident (username, id_hash, neighbourhood_id, birth_year, consent_at, verified_at)"
                    + " values (?, ?, ?, ?, now(), now())", username, "hash-" + username, neighbourhood, birthYear);
            jdbc.update("insert into vote_participation (vote_id, username, voted_on) values (?, ?, current_date)", vote, username);
        }
    }

    @Test
    @Transactional
    void an_export_of_100000_proposals_streams_from_a_database_cursor() throws Exception {
        var any = jdbc.queryForMap("select cycle_id, neighbourhood_id from proposal order by id limit 1");
        jdbc.update("insert into proposal (cycle_id, neighbourhood_id, author, submission_key, title, description, category,"
                + " location, status, support_count, submitted_at, updated_at)"
                + " select ?, ?, 'bench', 'bench-' || g, 'Toplu öneri ' || g, 'Açıklama, \"tırnaklı\" ' || g, 'PARKS',"
                + " 'Yer', 'COLLECTING_SUPPORT', g % 50, now(), now() from generate_series(1, 100000) g",
                any.get("cycle_id"), any.get("neighbourhood_id"));
        long expected = jdbc.queryForObject("select count(*) from proposal where status in "
                + PublicStatistics.PUBLIC_PROPOSALS, Long.class);
        assertThat(expected).isGreaterThanOrEqualTo(100_000);
        long[] lines = {0};
        long[] writes = {0};
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    lines[0]++;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes[0]++;
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }
        };
        DatasetWriter.csv(catalog.require("proposals"), counter);
        // Header + one line per proposal; descriptions here have no line breaks.
        assertThat(lines[0]).isEqualTo(expected + 1 + newlinesInsideCells());
        assertThat(writes[0]).as("written in many portions as read, not at once").isGreaterThan(100);
    }

    private long newlinesInsideCells() {
        Long n = jdbc.queryForObject("select coalesce(sum(length(title) - length(replace(title, chr(10), ''))"
                + " + length(description) - length(replace(description, chr(10), ''))), 0) from proposal"
                + " where status in " + PublicStatistics.PUBLIC_PROPOSALS, Long.class);
        return n == null ? 0 : n;
    }

    @Test
    void an_unknown_dataset_is_a_404_in_the_callers_language() throws Exception {
        var turkish = get("/api/v1/public/datasets/secmen-listesi.csv", null);
        assertThat(turkish.statusCode()).isEqualTo(404);
        assertThat(json.readTree(turkish.body()).path("detail").asText()).isEqualTo(
                "Böyle bir veri seti yok (secmen-listesi). Veri setlerinin listesi /api/v1/public/datasets adresindedir.");
        var notPublished = get("/api/v1/public/datasets/pabulib/987654321.pb", "en");
        assertThat(notPublished.statusCode()).isEqualTo(404);
        assertThat(json.readTree(notPublished.body()).path("detail").asText()).startsWith("The pabulib file of cycle 987654321 is not published");
        var english = get("/api/v1/public/datasets/voter-list.json", "en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(json.readTree(english.body()).path("detail").asText()).startsWith("There is no such dataset (voter-list).");
    }

    @Test
    void bad_statistics_filters_are_400s_naming_the_filter_in_the_callers_language() throws Exception {
        String path = "/api/v1/public/statistics/participation";
        var badDate = get(path + "?from=2026-13-01", null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badDate.body()).path("detail").asText()).startsWith("Başlangıç tarihi okunamadı (2026-13-01)");
        var reversed = get(path + "?from=2026-05-01&to=2026-04-01", "en");
        assertThat(json.readTree(reversed.body()).path("detail").asText())
                .isEqualTo("The period cannot start (2026-05-01) after it ends (2026-04-01).");
        var district = get(path + "?district=atlantis", "en");
        assertThat(district.statusCode()).isEqualTo(400);
        assertThat(json.readTree(district.body()).path("detail").asText()).isEqualTo("There is no such district (atlantis).");
        var elsewhere = get(path + "?district=konak&neighbourhood=seferihisar-sigacik", null);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(json.readTree(elsewhere.body()).path("detail").asText()).contains("Konak");
        var fine = get(path + "?from=2026-01-01&to=2026-12-31&district=seferihisar", null);
        assertThat(fine.statusCode()).isEqualTo(200);
        for (JsonNode d : json.readTree(fine.body()).withArray("districts")) {
            assertThat(d.path("districtCode").asText()).isEqualTo("seferihisar");
        }
    }

    @Test
    void links_come_from_the_configured_address_never_from_the_host_header() throws Exception {
        try (var socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/public/datasets HTTP/1.1\r\nHost: evil.example\r\nAccept: application/ld+json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").doesNotContain("evil.example").contains(baseUrl.get() + "/api/v1/public/datasets/proposals.csv");
        }
    }
}
