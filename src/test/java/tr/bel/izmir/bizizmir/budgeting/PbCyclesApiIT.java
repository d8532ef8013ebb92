package tr.bel.izmir.bizizmir.budgeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The cycle administration API answers bad input and stale saves with translated problem details. */
@IntegrationTest
class PbCyclesApiIT {

    @LocalServerPort int port;
    @Autowired NeighbourhoodImport neighbourhoodImport;
    @Autowired NeighbourhoodCatalog neighbourhoods;
    @Autowired PbCycles cycles;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, Object body, String user, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + ("admin".equals(user) ? "admin" : "demo")).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void a_coordinator_creates_and_edits_a_cycle_and_bad_or_stale_requests_get_translated_problems() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long hood = TestNeighbourhoods.fresh(neighbourhoodImport, neighbourhoods, "Tire", "Api " + tag).getId();
        LocalDate today = LocalDate.now(IzmirTime.ZONE);
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("neighbourhoodId", hood);
        cycle.put("title", "Api döngüsü " + tag);
        cycle.put("envelope", 0);
        cycle.put("phase", "DRAFT");
        cycle.put("submissionOpens", today.plusDays(2).toString());
        cycle.put("submissionCloses", today.plusDays(20).toString());
        cycle.put("votingOpens", today.plusDays(30).toString());
        cycle.put("votingCloses", today.plusDays(37).toString());
        cycle.put("supportThreshold", 15);
        cycle.put("maxProposalsPerResident", 2);
        cycle.put("minimumAge", 16);
        cycle.put("ballotRule", "K_APPROVAL");
        cycle.put("allocationRule", "EQUAL_SHARES");

        var zero = send("POST", "/api/v1/pb/cycles", cycle, "koordinator", "tr");
        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(zero.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(body(zero).path("code").asText()).isEqualTo("cycle.error.envelope");
        assertThat(body(zero).path("detail").asText()).startsWith("Bütçe sıfırdan büyük");
        assertThat(zero.body()).doesNotContain("Exception").doesNotContain("at tr.bel");

        var badPhase = send("POST", "/api/v1/pb/cycles", json.writeValueAsString(cycle).replace("\"DRAFT\"", "\"NOPE\""),
                "koordinator", "en");
        assertThat(badPhase.statusCode()).isEqualTo(400);
        assertThat(badPhase.body()).doesNotContain("Exception");

        var officer = send("GET", "/api/v1/pb/cycles", null, "memur", "tr");
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(tr.bel.izmir.bizizmir.support.RunAs.user("admin", () -> cycles.search(null, null), "admin").stream()
                .noneMatch(c -> c.getNeighbourhoodId() == hood))
                .as("nothing stored").isTrue();

        cycle.put("envelope", 180000.50);
        var created = send("POST", "/api/v1/pb/cycles", cycle, "koordinator", "tr");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = body(created).path("id").asLong();
        long version = body(created).path("version").asLong();
        assertThat(body(created).path("envelope").decimalValue()).isEqualByComparingTo("180000.50");
        assertThat(body(created).path("editableFields")).hasSize(CycleField.values().length);

        cycle.put("version", version);
        cycle.put("supportThreshold", 20);
        var edited = send("PUT", "/api/v1/pb/cycles/" + id, cycle, "admin", "tr");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(body(edited).path("version").asLong()).isGreaterThan(version);

        cycle.put("supportThreshold", 30); // still the version read before the admin's save
        var stale = send("PUT", "/api/v1/pb/cycles/" + id, cycle, "koordinator", "en");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(body(stale).path("code").asText()).isEqualTo("cycle.error.changed");
        assertThat(body(stale).path("detail").asText()).startsWith("Someone else changed this cycle");

        cycle.remove("version");
        var noVersion = send("PUT", "/api/v1/pb/cycles/" + id, cycle, "koordinator", "en");
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(body(noVersion).path("code").asText()).isEqualTo("cycle.error.version-required");

        var read = send("GET", "/api/v1/pb/cycles/" + id, null, "koordinator", "tr");
        assertThat(body(read).path("supportThreshold").asInt()).isEqualTo(20);
        var published = send("POST", "/api/v1/pb/cycles/" + id + "/advance", Map.of("version", body(read).path("version").asLong()),
                "koordinator", "tr");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(body(published).path("phase").asText()).isEqualTo("SUBMISSION");
        assertThat(body(published).path("editableFields").toString()).doesNotContain("SUPPORT_THRESHOLD").contains("TITLE");
    }
}
