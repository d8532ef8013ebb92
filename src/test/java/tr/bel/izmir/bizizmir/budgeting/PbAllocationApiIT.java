package tr.bel.izmir.bizizmir.budgeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbProject;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget office replays real pabulib elections over HTTP: the outcomes of
 * docs/allocation-rules.md, line-numbered translated errors, and who may call it.
 */
@IntegrationTest
class PbAllocationApiIT {

    static final Path SAMPLES = Path.of("src/test/resources/pabulib");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> post(String query, String body, String user, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pb/allocations" + query))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String sample(String name) throws Exception {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    @Test
    void greedy_on_zabrze_funds_p0006() throws Exception {
        var response = post("?rule=greedy", sample("poland_zabrze_2021_konczyce.pb"), "butce", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("rule").asText()).isEqualTo("greedy");
        assertThat(ids(body.get("selected"))).containsExactly("P0006");
        assertThat(body.get("totalCost").decimalValue()).isEqualByComparingTo("140000");
        assertThat(body.get("budget").decimalValue()).isEqualByComparingTo("155000");
        assertThat(body.get("voteType").asText()).isEqualTo("approval");
        assertThat(body.get("voters").asInt()).isEqualTo(289);
        assertThat(body.has("compared")).isFalse();
        JsonNode projects = body.get("projects");
        assertThat(projects).hasSize(5);
        assertThat(projects.get(0).get("id").asText()).isEqualTo("P0006");
        assertThat(projects.get(0).get("votes").asLong()).isEqualTo(140);
        assertThat(projects.get(0).get("cost").decimalValue()).isEqualByComparingTo("140000");
        assertThat(projects.get(0).get("selected").asBoolean()).isTrue();
        assertThat(projects.get(0).get("name").asText()).startsWith("Budowa sygnalizacji");
        assertThat(projects.get(1).get("selected").asBoolean()).isFalse();
    }

    @Test
    void equal_shares_on_zabrze_funds_p0013_and_p0061_and_compare_adds_greedy() throws Exception {
        var response = post("?rule=equal-shares&compare=true", sample("poland_zabrze_2021_konczyce.pb"), "butce", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("rule").asText()).isEqualTo("equal-shares");
        assertThat(ids(body.get("selected"))).containsExactly("P0013", "P0061");
        assertThat(body.get("totalCost").decimalValue()).isEqualByComparingTo("81900");
        assertThat(body.get("compared").get("rule").asText()).isEqualTo("greedy");
        assertThat(ids(body.get("compared").get("selected"))).containsExactly("P0006");
    }

    @Test
    void gdansk_points_ballots_give_the_documented_outcomes() throws Exception {
        String file = sample("poland_gdansk_2020_siedlce.pb");
        JsonNode greedy = json.readTree(post("?rule=greedy", file, "butce", null).body());
        assertThat(ids(greedy.get("selected"))).containsExactly("11");
        assertThat(greedy.get("totalCost").decimalValue()).isEqualByComparingTo("420000");
        assertThat(greedy.get("voteType").asText()).isEqualTo("cumulative");
        JsonNode shares = json.readTree(post("?rule=equal-shares", file, "butce", null).body());
        assertThat(ids(shares.get("selected"))).containsExactly("4", "6", "9", "7", "5", "8", "15");
        assertThat(shares.get("totalCost").decimalValue()).isEqualByComparingTo("395400");
    }

    @Test
    void krakow_greedy_reproduces_the_citys_own_selected_column() throws Exception {
        String file = sample("poland_krakow_2021_grzegorzki.pb");
        List<String> citySelected = new PabulibParser().parse(file).projects().stream()
                .filter(p -> Boolean.TRUE.equals(p.selected())).map(PbProject::id).toList();
        assertThat(citySelected).isNotEmpty();

        var response = post("?rule=greedy", file, "butce", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(ids(body.get("selected"))).containsExactlyInAnyOrderElementsOf(citySelected)
                .containsExactly("25", "13", "28", "1", "27", "15", "11", "23", "22", "29", "16");
        assertThat(body.get("totalCost").decimalValue()).isEqualByComparingTo("1391599");

        JsonNode shares = json.readTree(post("?rule=equal-shares", file, "butce", null).body());
        assertThat(ids(shares.get("selected"))).containsExactly(
                "29", "10", "16", "21", "25", "17", "24", "23", "27", "11", "15", "22", "1", "18", "28", "6", "30", "8");
        assertThat(shares.get("totalCost").decimalValue()).isEqualByComparingTo("1266779");
    }

    @Test
    void a_vote_for_an_unknown_project_is_a_400_with_its_line_in_turkish_or_english() throws Exception {
        // Line 33 of the Zabrze file is "41;P0006"; P0099 is not in PROJECTS.
        String file = sample("poland_zabrze_2021_konczyce.pb").replace("\n41;P0006\n", "\n41;P0099\n");
        assertThat(file).contains("41;P0099");

        var turkish = post("?rule=greedy", file, "butce", null);
        assertThat(turkish.statusCode()).isEqualTo(400);
        assertThat(turkish.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(turkish.body());
        assertThat(problem.get("line").asInt()).isEqualTo(33);
        assertThat(problem.get("code").asText()).isEqualTo("pb.error.unknown-project");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Geçersiz istek");
        assertThat(problem.get("detail").asText())
                .isEqualTo("Satır 33: 41 numaralı seçmen, PROJECTS bölümünde olmayan P0099 projesine oy vermiş.");

        var english = post("?rule=equal-shares", file, "butce", "en");
        assertThat(english.statusCode()).isEqualTo(400);
        JsonNode en = json.readTree(english.body());
        assertThat(en.get("line").asInt()).isEqualTo(33);
        assertThat(en.get("detail").asText()).contains("33").contains("P0099").doesNotContain("Satır");
        assertThat(english.body()).doesNotContain("Exception");
    }

    @Test
    void every_row_that_cannot_be_read_is_listed_with_its_line_after_the_first() throws Exception {
        // Lines 33 and 34 of the Zabrze file are "41;P0006" and the next ballot: both now name unknown projects.
        List<String> lines = new ArrayList<>(List.of(sample("poland_zabrze_2021_konczyce.pb").split("\n", -1)));
        lines.set(32, "41;P0099");
        lines.set(33, lines.get(33).substring(0, lines.get(33).indexOf(';')) + ";P0098");

        var english = post("?rule=greedy", String.join("\n", lines), "butce", "en");

        assertThat(english.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(english.body());
        assertThat(problem.get("line").asInt()).isEqualTo(33);
        JsonNode further = problem.get("furtherErrors");
        assertThat(further).hasSize(1);
        assertThat(further.get(0).get("line").asInt()).isEqualTo(34);
        assertThat(further.get(0).get("code").asText()).isEqualTo("pb.error.unknown-project");
        assertThat(further.get(0).get("detail").asText()).startsWith("Line 34:").contains("P0098");
        assertThat(problem.get("furtherErrorsNotListed").asInt()).isZero();
    }

    @Test
    void a_project_dearer_than_the_budget_is_a_warning_with_amounts_written_as_the_language_writes_them()
            throws Exception {
        // Zabrze's budget is 155,000; P0006 (line 22) is made dearer than all of it.
        List<String> lines = new ArrayList<>(List.of(sample("poland_zabrze_2021_konczyce.pb").split("\n", -1)));
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("P0006;")).findFirst().orElseThrow());
        String[] fields = lines.get(row).split(";", -1);
        fields[1] = "1250000";
        lines.set(row, String.join(";", fields));
        String file = String.join("\n", lines);

        JsonNode turkish = json.readTree(post("?rule=greedy", file, "butce", null).body());
        JsonNode english = json.readTree(post("?rule=greedy", file, "butce", "en").body());

        assertThat(turkish.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("code").asText()).isEqualTo("pb.warning.over-budget");
            assertThat(w.get("line").asInt()).isEqualTo(row + 1);
            assertThat(w.get("detail").asText()).isEqualTo("Satır " + (row + 1)
                    + ": P0006 projesinin maliyeti (1.250.000) bütçenin tamamından (155.000) fazla; hiçbir kural onu fonlayamaz.");
        });
        assertThat(english.get("warnings")).anySatisfy(w -> assertThat(w.get("detail").asText())
                .isEqualTo("Line " + (row + 1) + ": project P0006 costs 1,250,000, more than the whole budget (155,000);"
                        + " no rule can fund it."));
        assertThat(english.get("selected").toString()).doesNotContain("P0006");
    }

    @Test
    void a_line_number_above_999_is_written_without_a_thousands_separator() throws Exception {
        // The Kraków file has thousands of ballots; break one near the end.
        List<String> lines = new ArrayList<>(List.of(sample("poland_krakow_2021_grzegorzki.pb").split("\n", -1)));
        int broken = lines.size() - 2;
        assertThat(broken + 1).isGreaterThan(999);
        String row = lines.get(broken);
        lines.set(broken, row.substring(0, row.indexOf(';')) + ";9999," + row.substring(row.indexOf(';') + 1));
        var response = post("?rule=greedy", String.join("\n", lines), "butce", null);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("line").asInt()).isEqualTo(broken + 1);
        assertThat(problem.get("detail").asText()).startsWith("Satır " + (broken + 1) + ":");
    }

    @Test
    void an_unknown_rule_is_a_translated_400() throws Exception {
        String file = sample("poland_zabrze_2021_konczyce.pb");
        var turkish = post("?rule=random", file, "butce", null);
        assertThat(turkish.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(turkish.body());
        assertThat(problem.get("code").asText()).isEqualTo("pb.api.error.unknown-rule");
        assertThat(problem.get("detail").asText()).contains("\"random\"").contains("Bilinmeyen dağıtım kuralı");
        var english = post("?rule=random", file, "butce", "en");
        assertThat(json.readTree(english.body()).get("detail").asText()).contains("Unknown allocation rule");
        assertThat(post("", file, "butce", null).statusCode()).as("no rule at all").isEqualTo(400);
    }

    @Test
    void anonymous_callers_get_401_and_citizens_403() throws Exception {
        String file = sample("poland_zabrze_2021_konczyce.pb");
        assertThat(post("?rule=greedy", file, null, null).statusCode()).isEqualTo(401);
        var citizen = post("?rule=greedy", file, "vatandas", null);
        assertThat(citizen.statusCode()).isEqualTo(403);
        assertThat(citizen.body()).doesNotContain("P0006");
        assertThat(post("?rule=greedy", file, "mudur", null).statusCode()).as("a supervisor").isEqualTo(200);
    }

    @Test
    void a_body_over_20_mb_is_refused_with_413_before_parsing() throws Exception {
        String huge = "x".repeat(PbReplay.MAX_BYTES + 1);
        var response = post("?rule=greedy", huge, "butce", "en");
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("pb.api.error.too-large");
        assertThat(problem.get("detail").asText()).contains("20 MB");
    }
}
