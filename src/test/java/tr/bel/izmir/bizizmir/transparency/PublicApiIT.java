package tr.bel.izmir.bizizmir.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Open data reflects the reference data and answers errors as translated problem details. */
@IntegrationTest
class PublicApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void lists_all_thirty_districts_of_izmir() throws Exception {
        JsonNode districts = json.readTree(get("/api/v1/public/districts", null).body());
        assertThat(districts).hasSize(30);
    }

    @Test
    void every_demo_pilot_assembly_has_an_open_cycle_with_an_envelope_in_lira() throws Exception {
        JsonNode assemblies = json.readTree(get("/api/v1/public/assemblies", null).body());
        JsonNode cycles = json.readTree(get("/api/v1/public/cycles", null).body());
        var pilots = new java.util.ArrayList<String>();
        assemblies.forEach(a -> {
            if (a.get("pilot").asBoolean()) {
                pilots.add(a.get("neighbourhood").asText());
            }
        });
        // The demo's pilots (DD004); coordinators may mark other assemblies as pilots without a cycle yet.
        var demoPilots = java.util.List.of("seferihisar-sigacik", "karabaglar-uzundere", "bergama-kozak");
        assertThat(pilots).containsAll(demoPilots);
        for (String pilot : demoPilots) {
            var cycle = java.util.stream.StreamSupport.stream(cycles.spliterator(), false)
                    .filter(c -> c.get("neighbourhood").asText().equals(pilot)).findFirst();
            assertThat(cycle).as("open cycle of %s", pilot).isPresent();
            assertThat(cycle.get().get("currency").asText()).isEqualTo("TRY");
            assertThat(cycle.get().get("envelopeTry").decimalValue()).isPositive();
        }
    }

    @Test
    void an_unknown_neighbourhood_is_a_404_in_the_callers_language() throws Exception {
        var turkish = get("/api/v1/public/neighbourhoods/konak-atlantis", null);
        assertThat(turkish.statusCode()).isEqualTo(404);
        assertThat(json.readTree(turkish.body()).get("detail").asText()).isEqualTo("Mahalle bulunamadı (konak-atlantis).");
        var english = get("/api/v1/public/neighbourhoods/konak-atlantis", "en-GB,en;q=0.9");
        assertThat(json.readTree(english.body()).get("detail").asText()).isEqualTo("Neighbourhood not found (konak-atlantis).");
        assertThat(json.readTree(english.body()).get("title").asText()).isEqualTo("Not found");
    }
}
