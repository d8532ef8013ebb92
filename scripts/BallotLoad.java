// Load generator of scripts/bench-ballots.sh: casts one ballot per benchmark voter through the
// real HTTP API with a fixed number of concurrent voters, and reports throughput and latency.
// Run with the JDK's source launcher: java scripts/BallotLoad.java <args> (no build step).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class BallotLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long voteId = Long.parseLong(args[1]);
        String[] ballots = args[2].split(";");          // ballot shapes, e.g. "1,3;2;4,5"
        String prefix = args[3];                        // voter user names: prefix + index
        int from = Integer.parseInt(args[4]);           // first voter index
        int count = Integer.parseInt(args[5]);          // ballots to cast
        int concurrency = Integer.parseInt(args[6]);
        String password = args[7];
        boolean quiet = args.length > 8 && args[8].equals("warmup");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String voter = prefix + (from + i);
                    String body = "{\"optionIds\":[" + ballots[i % ballots.length] + "],\"submissionKey\":\""
                            + UUID.randomUUID() + "\"}";
                    var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/votes/" + voteId + "/ballots"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Basic " + Base64.getEncoder()
                                    .encodeToString((voter + ":" + password).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (response.statusCode() != 200 || !response.body().contains("receiptCode")) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(response.statusCode() + " " + response.body());
                            }
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - t0;
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(e.toString());
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        double p50 = latencies[count / 2] / 1e6;
        double p99 = latencies[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] / 1e6;
        double max = latencies[count - 1] / 1e6;
        System.out.printf("%s ballots=%d errors=%d seconds=%.2f ballots_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                quiet ? "warmup" : "measured", count, errors.get(), seconds, count / seconds, p50, p99, max);
        firstErrors.forEach(e -> System.out.println("error: " + e));
        System.exit(errors.get() == 0 ? 0 : 1);
    }
}
