package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.security.SystemActor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.support.Browser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3: a consultation's results per district never show a district with fewer than
 * {@code bizizmir.voting.min-group-size} (10) ballots on its own, neither on the public results
 * page nor in the open data API; they are merged into "other districts" (which reaches 10 too),
 * or the breakdown is withheld, and the page and the API say so in Turkish and English.
 */
@IntegrationTest
class SmallGroupResultsE2E {

    @LocalServerPort int port;
    @Autowired VoteFixtures fx;
    @Autowired Consultations consultations;
    @Autowired PublicVotes votes;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** A city-wide yes/no consultation, open now, with this many yes and no ballots per district. */
    long closedConsultation(Map<String, int[]> yesNoByDistrict) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var consultation = SystemActor.as("memur", () -> consultations.publish(new ConsultationDraft("Küçük gruplar " + tag,
                "Alsancak'ta hafta sonu araç trafiği kapansın mı?", "Gizlilik denemesi.", List.of(),
                ConsultationKind.YES_NO, null, null, null, 0, Instant.now().minusSeconds(3600),
                Instant.now().plusSeconds(86_400))));
        long voteId = consultations.voteOf(consultation.getId()).getId();
        fx.runDueJobs(voteId);
        var options = votes.optionsOf(votes.require(voteId));
        yesNoByDistrict.forEach((district, yesNo) -> {
            long neighbourhoodId = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, district,
                    "Grup " + tag).getId();
            for (int answer = 0; answer < 2; answer++) {
                for (int i = 0; i < yesNo[answer]; i++) {
                    String voter = fx.resident("grup", neighbourhoodId, 1980);
                    long option = options.get(answer).getId();
                    RunAs.user(voter, () -> votes.cast(voteId, List.of(option), "k"), "citizen", "resident");
                }
            }
        });
        fx.closeNow(voteId);
        return voteId;
    }

    JsonNode results(long voteId, String language) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/votes/"
                        + voteId + "/results")).header("Accept-Language", language).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void small_districts_are_merged_into_other_districts_on_the_page_and_in_the_api() throws Exception {
        var counts = new LinkedHashMap<String, int[]>();
        counts.put("Bornova", new int[] {8, 4});   // 12 ballots: shown
        counts.put("Tire", new int[] {4, 0});      // 4: never alone
        counts.put("Odemis", new int[] {2, 5});    // 7: never alone; with Tire 11
        long voteId = closedConsultation(counts);
        assertThat(votes.minGroupSize()).isEqualTo(10);

        var tr = results(voteId, "tr");
        assertThat(tr.get("ballots").asLong()).isEqualTo(23);
        assertThat(tr.get("districtOutcome").asText()).isEqualTo("MERGED");
        assertThat(tr.get("minGroupSize").asInt()).isEqualTo(10);
        var districts = tr.get("districts");
        assertThat(districts).hasSize(2);
        assertThat(districts.get(0).get("district").asText()).isEqualTo("Bornova");
        assertThat(districts.get(0).get("ballots").asLong()).isEqualTo(12);
        assertThat(districts.get(0).get("other").asBoolean()).isFalse();
        assertThat(districts.get(1).get("district").asText()).isEqualTo("Diğer ilçeler (2 ilçe birlikte)");
        assertThat(districts.get(1).get("other").asBoolean()).isTrue();
        assertThat(districts.get(1).get("ballots").asLong()).isEqualTo(11);
        var options = votes.optionsOf(votes.require(voteId));
        assertThat(districts.get(1).get("votesByOption").get(options.get(0).getId().toString()).asLong()).isEqualTo(6);
        assertThat(districts.get(1).get("votesByOption").get(options.get(1).getId().toString()).asLong()).isEqualTo(5);
        assertThat(tr.get("districtNote").asText()).startsWith("Oyların gizliliği için 10 oy pusulasından az");
        assertThat(tr.toString()).doesNotContain("Tire", "Ödemiş");

        var en = results(voteId, "en");
        assertThat(en.get("districts").get(1).get("district").asText()).isEqualTo("Other districts (2 districts together)");
        assertThat(en.get("districtNote").asText()).startsWith("To keep ballots secret, districts with fewer than 10 ballots");

        try (var anyone = Browser.desktop("http://localhost:" + port)) {
            anyone.go("/votes/results/" + voteId);
            anyone.waitForText(By.id("results-by-district"), "Diğer ilçeler (2 ilçe birlikte): Evet 6 Hayır 5");
            String byDistrict = anyone.driver().findElement(By.id("results-by-district")).getText();
            assertThat(byDistrict).contains("Bornova: Evet 8 Hayır 4").doesNotContain("Tire", "Ödemiş");
            assertThat(anyone.driver().findElement(By.id("small-groups-note")).getText())
                    .startsWith("Oyların gizliliği için 10 oy pusulasından az oy çıkan ilçeler tek başına gösterilmez");
        }
    }

    @Test
    void when_merging_would_leave_only_the_total_the_breakdown_is_withheld_and_says_why() throws Exception {
        var counts = new LinkedHashMap<String, int[]>();
        counts.put("Bornova", new int[] {9, 3});   // 12 ballots, but showing it would give Tire by subtraction
        counts.put("Tire", new int[] {0, 2});      // 2
        long voteId = closedConsultation(counts);

        var en = results(voteId, "en");
        assertThat(en.get("ballots").asLong()).isEqualTo(14);
        assertThat(en.get("districtOutcome").asText()).isEqualTo("WITHHELD");
        assertThat(en.get("districts")).isEmpty();
        assertThat(en.get("districtNote").asText()).startsWith("To keep ballots secret, results per district are not shown");
        assertThat(en.toString()).doesNotContain("Bornova", "Tire");

        try (var anyone = Browser.desktop("http://localhost:" + port)) {
            anyone.go("/votes/results/" + voteId);
            anyone.waitForText(By.id("small-groups-note"), "ilçelere göre sonuçlar gösterilmiyor");
            assertThat(anyone.driver().findElement(By.id("results-by-district")).getText())
                    .doesNotContain("Bornova", "Tire");
            // The overall result is still there.
            anyone.waitForText(By.tagName("body"), "Sayılan oy pusulası: 14");
        }
    }
}
