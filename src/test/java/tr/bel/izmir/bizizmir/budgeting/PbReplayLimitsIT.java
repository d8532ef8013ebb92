package tr.bel.izmir.bizizmir.budgeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay is bounded: an election that would compute for minutes is stopped at the time
 * limit (and really stops: no replay is left running), more replays than the pool holds are
 * refused as busy, and an election with too many voters times projects is refused, each
 * with a translated problem detail.
 */
@IntegrationTest
class PbReplayLimitsIT {

    @LocalServerPort int port;
    @Autowired PbReplay replay;
    @Value("${bizizmir.pb-replay.time-limit}") Duration timeLimit;
    @Value("${bizizmir.pb-replay.max-concurrent}") int maxConcurrent;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    HttpRequest request(String query, String body, String language) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pb/allocations" + query))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("butce:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    HttpResponse<String> post(String query, String body, String language) throws Exception {
        return http.send(request(query, body, language), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * 80 kB: 200 projects, 2000 voters approving 10 random projects each, a budget of about a
     * tenth of the total cost. Greedy funds it at once; Equal Shares' completion runs for
     * minutes (measured: still running after 40 s).
     */
    static String slowElection() {
        Random random = new Random(1);
        StringBuilder b = new StringBuilder("META\nkey;value\nbudget;5000000\nvote_type;approval\n"
                + "PROJECTS\nproject_id;cost\n");
        for (int p = 0; p < 200; p++) {
            b.append(p).append(';').append(1000 + random.nextInt(100_000)).append('\n');
        }
        b.append("VOTES\nvoter_id;vote\n");
        for (int v = 0; v < 2000; v++) {
            TreeSet<Integer> approved = new TreeSet<>();
            while (approved.size() < 10) {
                approved.add(random.nextInt(200));
            }
            StringJoiner list = new StringJoiner(",");
            approved.forEach(p -> list.add(Integer.toString(p)));
            b.append(v).append(';').append(list).append('\n');
        }
        return b.toString();
    }

    JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception");
        return json.readTree(response.body());
    }

    /** Polls until no replay is running; fails if one still is after the given time. */
    void awaitNoReplayRunning(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (replay.running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(replay.running()).as("replays still computing after the limit").isZero();
    }

    @Test
    void a_replay_that_would_run_for_minutes_stops_at_the_time_limit_and_frees_its_thread() throws Exception {
        String file = slowElection();
        var greedy = post("?rule=greedy", file, "tr");
        assertThat(greedy.statusCode()).as("the file itself is fine").isEqualTo(200);

        long started = System.nanoTime();
        var turkish = post("?rule=equal-shares", file, "tr");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        JsonNode tr = problem(turkish, 422);
        assertThat(tr.get("code").asText()).isEqualTo("pb.replay.error.time-limit");
        assertThat(tr.get("detail").asText()).isEqualTo("Yeniden hesaplama " + timeLimit.toSeconds()
                + " saniyelik süre sınırını aştığı için durduruldu. Hiçbir şey kaydedilmedi; daha küçük bir seçim dosyası deneyin.");
        assertThat(tookMillis).isBetween(timeLimit.toMillis(), timeLimit.toMillis() + 5_000);
        // The computation stops at its next check, not when it would have finished.
        awaitNoReplayRunning(Duration.ofSeconds(2));

        JsonNode en = problem(post("?rule=greedy&compare=true", file, "en"), 422);
        assertThat(en.get("detail").asText()).startsWith("The replay was stopped because it ran over its time limit of "
                + timeLimit.toSeconds() + " seconds.");
        awaitNoReplayRunning(Duration.ofSeconds(2));
    }

    @Test
    void more_replays_than_the_pool_holds_are_refused_as_busy_until_one_ends() throws Exception {
        String file = slowElection();
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < maxConcurrent; i++) {
            running.add(http.sendAsync(request("?rule=equal-shares", file, "en"),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (replay.running() < maxConcurrent && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(replay.running()).isEqualTo(maxConcurrent);

        var busy = post("?rule=greedy", PbAllocationApiIT.sample("poland_zabrze_2021_konczyce.pb"), "en");
        JsonNode problem = problem(busy, 503);
        assertThat(problem.get("code").asText()).isEqualTo("pb.replay.error.busy");
        assertThat(problem.get("detail").asText()).startsWith("At most " + maxConcurrent + " replays can run");
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("10");

        for (var r : running) {
            assertThat(r.get().statusCode()).isEqualTo(422);
        }
        awaitNoReplayRunning(Duration.ofSeconds(2));
        assertThat(post("?rule=greedy", PbAllocationApiIT.sample("poland_zabrze_2021_konczyce.pb"), "en").statusCode())
                .as("free again").isEqualTo(200);
    }

    @Test
    void an_election_with_more_voters_times_projects_than_allowed_is_refused_with_413() throws Exception {
        // 2,001 projects and 10,000 voters who approve nothing: 20,010,000 cells in 120 kB.
        StringBuilder b = new StringBuilder("META\nbudget;1000\nPROJECTS\nproject_id;cost\n");
        for (int p = 0; p <= 2000; p++) {
            b.append('p').append(p).append(";10\n");
        }
        b.append("VOTES\nvoter_id;vote\n");
        for (int v = 0; v < 10_000; v++) {
            b.append(v).append(";\n");
        }
        assertThat(2001L * 10_000).isGreaterThan(replay.maxCells());
        JsonNode en = problem(post("?rule=greedy", b.toString(), "en"), 413);
        assertThat(en.get("code").asText()).isEqualTo("pb.replay.error.too-big");
        assertThat(en.get("detail").asText()).isEqualTo("This election is too large to replay here: 10,000 voters"
                + " × 2,001 projects; voters times projects may be at most 20,000,000.");
        JsonNode tr = problem(post("?rule=greedy", b.toString(), "tr"), 413);
        assertThat(tr.get("detail").asText()).contains("10.000 seçmen × 2.001 proje");
    }
}
