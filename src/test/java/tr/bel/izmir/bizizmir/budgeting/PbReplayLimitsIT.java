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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay runs in the background and is bounded (DD027): a replay longer than the short
 * synchronous window answers 202 with a job to poll; an election that would compute for
 * minutes is stopped at the time limit (and really stops: no replay is left running); a job
 * can be cancelled, and only by its owner; more replays than the pool holds are refused as
 * busy with when to try again; an election with too many voters times projects is refused,
 * each with a translated problem detail.
 */
@IntegrationTest
class PbReplayLimitsIT {

    @LocalServerPort int port;
    @Autowired PbReplay replay;
    @Value("${bizizmir.pb-replay.time-limit}") Duration timeLimit;
    @Value("${bizizmir.pb-replay.max-concurrent}") int maxConcurrent;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest request(String query, String body, String language) {
        return request(query, body, language, false);
    }

    HttpRequest request(String query, String body, String language, boolean async) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pb/allocations" + query))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept-Language", language)
                .header("Authorization", basic("butce"));
        if (async) {
            builder.header("Prefer", "respond-async");
        }
        return builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    HttpResponse<String> post(String query, String body, String language) throws Exception {
        return http.send(request(query, body, language), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postAsync(String query, String body) throws Exception {
        return http.send(request(query, body, "en", true), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> call(String method, String location, String user, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                .header("Authorization", basic(user)).header("Accept-Language", language)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The job a 202 names; checks the answer's shape on the way. */
    String location(HttpResponse<String> accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/pb/allocations/jobs/");
        // A quick replay may already be done when the answer is written.
        assertThat(json.readTree(accepted.body()).get("status").asText()).isIn("running", "done");
        return location;
    }

    /** Polls the job until it has ended; returns its last state. */
    JsonNode awaitEnd(String location, String language, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            var polled = call("GET", location, "butce", language);
            assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
            JsonNode job = json.readTree(polled.body());
            if (!job.get("status").asText().equals("running") || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(50);
        }
    }

    /**
     * 500 kB: 400 projects, 6000 voters approving 20 random projects each, a budget of about a
     * quarter of the total cost. Greedy funds it at once; Equal Shares' completion makes
     * hundreds of core runs over thousands of voter groups (measured: 29 s for 227 of them on
     * the shared machine, unfinished after 60 s), far beyond the test profile's limit.
     */
    static String slowElection() {
        Random random = new Random(1);
        StringBuilder b = new StringBuilder("META\nkey;value\nbudget;20000000\nvote_type;approval\n"
                + "PROJECTS\nproject_id;cost\n");
        for (int p = 0; p < 400; p++) {
            b.append(p).append(';').append(1000 + random.nextInt(100_000)).append('\n');
        }
        b.append("VOTES\nvoter_id;vote\n");
        for (int v = 0; v < 6000; v++) {
            TreeSet<Integer> approved = new TreeSet<>();
            while (approved.size() < 20) {
                approved.add(random.nextInt(400));
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
    void a_replay_that_would_run_for_minutes_answers_202_and_its_job_stops_at_the_time_limit() throws Exception {
        String file = slowElection();
        var greedy = post("?rule=greedy", file, "tr");
        assertThat(greedy.statusCode()).as("the file itself is fine").isEqualTo(200);

        long started = System.nanoTime();
        var accepted = post("?rule=equal-shares", file, "tr");
        long answeredMillis = (System.nanoTime() - started) / 1_000_000;
        // The request thread waited only the short synchronous window, not for the replay.
        assertThat(answeredMillis).isLessThan(timeLimit.toMillis());
        String location = location(accepted);
        assertThat(accepted.headers().firstValue("Retry-After")).hasValue("1");

        JsonNode job = awaitEnd(location, "tr", timeLimit.plusSeconds(10));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(job.get("status").asText()).isEqualTo("failed");
        JsonNode tr = job.get("problem");
        assertThat(tr.get("code").asText()).isEqualTo("pb.replay.error.time-limit");
        assertThat(tr.get("status").asInt()).isEqualTo(422);
        assertThat(tr.get("detail").asText()).isEqualTo("Yeniden hesaplama " + timeLimit.toSeconds()
                + " saniyelik süre sınırını aştığı için durduruldu. Hiçbir şey kaydedilmedi; daha küçük bir seçim dosyası deneyin.");
        assertThat(tookMillis).isBetween(timeLimit.toMillis(), timeLimit.toMillis() + 5_000);
        // The computation stops at its next check, not when it would have finished.
        awaitNoReplayRunning(Duration.ofSeconds(2));

        JsonNode en = awaitEnd(location, "en", Duration.ZERO).get("problem");
        assertThat(en.get("detail").asText()).startsWith("The replay was stopped because it ran over its time limit of "
                + timeLimit.toSeconds() + " seconds.");
        // Only its owner finds the job, even among the budget office.
        assertThat(call("GET", location, "memur", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void a_job_answers_with_the_outcome_when_done_and_a_running_one_can_be_cancelled_only_by_its_owner()
            throws Exception {
        String zabrze = PbAllocationApiIT.sample("poland_zabrze_2021_konczyce.pb");
        JsonNode done = awaitEnd(location(postAsync("?rule=equal-shares&compare=true", zabrze)), "en",
                Duration.ofSeconds(10));
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("result").get("selected").toString()).isEqualTo("[\"P0013\",\"P0061\"]");
        assertThat(done.get("result").get("compared").get("selected").toString()).isEqualTo("[\"P0006\"]");

        String running = location(postAsync("?rule=equal-shares", slowElection()));
        assertThat(call("DELETE", running, "memur", "en").statusCode()).as("not memur's job").isEqualTo(404);
        assertThat(call("DELETE", running, "butce", "en").statusCode()).isEqualTo(204);
        JsonNode cancelled = awaitEnd(running, "en", Duration.ZERO);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.get("problem").get("detail").asText()).isEqualTo("The replay was cancelled. Nothing was stored.");
        awaitNoReplayRunning(Duration.ofSeconds(2));
        assertThat(call("DELETE", running, "butce", "en").statusCode()).as("already ended").isEqualTo(404);
    }

    @Test
    void more_replays_than_the_pool_holds_are_refused_as_busy_saying_when_to_try_again() throws Exception {
        String file = slowElection();
        List<String> running = new ArrayList<>();
        for (int i = 0; i < maxConcurrent; i++) {
            running.add(location(postAsync("?rule=equal-shares", file)));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (replay.running() < maxConcurrent && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(replay.running()).isEqualTo(maxConcurrent);

        var busy = post("?rule=greedy", PbAllocationApiIT.sample("poland_zabrze_2021_konczyce.pb"), "en");
        JsonNode problem = problem(busy, 503);
        assertThat(problem.get("code").asText()).isEqualTo("pb.replay.error.busy");
        int retryAfter = Integer.parseInt(busy.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1, (int) timeLimit.toSeconds());
        assertThat(problem.get("detail").asText()).isEqualTo("At most " + maxConcurrent + " replays can run at the"
                + " same time and all are in use. Please try again in " + retryAfter + " seconds.");
        JsonNode tr = problem(post("?rule=greedy", "x", "tr"), 503);
        assertThat(tr.get("detail").asText()).contains("saniye sonra yeniden deneyin");

        for (String job : running) {
            assertThat(call("DELETE", job, "butce", "en").statusCode()).isEqualTo(204);
        }
        awaitNoReplayRunning(Duration.ofSeconds(2));
        assertThat(post("?rule=greedy", PbAllocationApiIT.sample("poland_zabrze_2021_konczyce.pb"), "en").statusCode())
                .as("free again").isEqualTo(200);
    }

    HttpResponse<String> postBytes(String query, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pb/allocations" + query))
                .header("Content-Type", "application/octet-stream").header("Accept-Language", "en")
                .header("Authorization", basic("butce"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] gzip(byte[] content) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void a_gzip_file_replays_and_a_million_voters_or_a_gzip_bomb_are_refused_before_they_are_read() throws Exception {
        String zabrze = PbAllocationApiIT.sample("poland_zabrze_2021_konczyce.pb");
        var zipped = postBytes("?rule=equal-shares", gzip(zabrze.getBytes(StandardCharsets.UTF_8)));
        assertThat(zipped.statusCode()).as(zipped.body()).isEqualTo(200);
        assertThat(json.readTree(zipped.body()).get("selected").toString()).isEqualTo("[\"P0013\",\"P0061\"]");

        // 12 MB, a million voters of one project each: under the size limit, refused by its lines.
        StringBuilder million = new StringBuilder("META\nkey;value\nbudget;1000\nPROJECTS\nproject_id;cost\nA;10\n"
                + "VOTES\nvoter_id;vote\n");
        for (int v = 0; v < 1_000_000; v++) {
            million.append(v).append(";A\n");
        }
        JsonNode lines = problem(post("?rule=greedy", million.toString(), "en"), 413);
        assertThat(lines.get("code").asText()).isEqualTo("pb.replay.error.too-many-lines");
        assertThat(lines.get("detail").asText()).isEqualTo("This file has 1,000,009 lines; at most 500,000 lines"
                + " (about as many voters) can be replayed here. Nothing was stored.");

        // 25 MB of line breaks compress to a few kB: decompressed only up to the limit.
        byte[] bomb = gzip("\n".repeat(25 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.length).isLessThan(100_000);
        JsonNode tooLarge = problem(postBytes("?rule=greedy", bomb), 413);
        assertThat(tooLarge.get("code").asText()).isEqualTo("pb.api.error.too-large");
        JsonNode broken = problem(postBytes("?rule=greedy", java.util.Arrays.copyOf(gzip(zabrze.getBytes(
                StandardCharsets.UTF_8)), 200)), 400);
        assertThat(broken.get("code").asText()).isEqualTo("pb.replay.error.bad-gzip");
        awaitNoReplayRunning(Duration.ofSeconds(2));
    }

    @Test
    void an_election_with_more_different_ballots_times_projects_than_allowed_is_refused_with_413() throws Exception {
        // 2,001 projects and 10,000 voters, each with a ballot of their own: 20,010,000 cells in 200 kB.
        String file = election2001ProjectsBy10000Voters(v -> "p" + (v % 2001) + ",p" + (v / 2001 + 1000));
        assertThat(2001L * 10_000).isGreaterThan(replay.maxCells());
        JsonNode en = problem(post("?rule=greedy", file, "en"), 413);
        assertThat(en.get("code").asText()).isEqualTo("pb.replay.error.too-big");
        assertThat(en.get("detail").asText()).isEqualTo("This election is too large to replay here: 10,000 different"
                + " ballots × 2,001 projects; different ballots times projects may be at most 20,000,000.");
        JsonNode tr = problem(post("?rule=greedy", file, "tr"), 413);
        assertThat(tr.get("detail").asText()).contains("10.000 farklı oy pusulası × 2.001 proje");
    }

    @Test
    void as_many_voters_with_few_kinds_of_ballot_replay_like_wroclaws_131778_voters() throws Exception {
        // The same 20,010,000 voters times projects, but the voters cast 5 kinds of ballot.
        var response = post("?rule=equal-shares", election2001ProjectsBy10000Voters(v -> "p" + (v % 5)), "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("voters").asInt()).isEqualTo(10_000);
    }

    /** Projects p0 … p2000 at 10 each, budget 1000, and voters 0 … 9999 whose vote cell is {@code ballot(v)}. */
    private static String election2001ProjectsBy10000Voters(java.util.function.IntFunction<String> ballot) {
        StringBuilder b = new StringBuilder("META\nbudget;1000\nPROJECTS\nproject_id;cost\n");
        for (int p = 0; p <= 2000; p++) {
            b.append('p').append(p).append(";10\n");
        }
        b.append("VOTES\nvoter_id;vote\n");
        for (int v = 0; v < 10_000; v++) {
            b.append(v).append(';').append(ballot.apply(v)).append('\n');
        }
        return b.toString();
    }
}
