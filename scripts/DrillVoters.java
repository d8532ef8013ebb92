// Voters of the cluster drills (scripts/drill-*.sh, issue 17): casts one ballot per voter
// through the load balancer with a fixed number of concurrent voters, optionally runs a fault
// command (kill -9 of a node, a database restart) once a given number of answers came back,
// then lets every voter whose request failed try again (once the balancer has a ready node,
// up to three times), as a person would after an error.
// Run with the JDK's source launcher: java scripts/DrillVoters.java <args> (no build step).
//
//   java scripts/DrillVoters.java <base-url> <vote-id> <option-ids a,b;c> <user-prefix> <voters>
//        <concurrency> <password> <out-file> [<fault-after-answers> <fault command...>]
//
// Writes <out-file>: one line per voter "<user> <first outcome> <final outcome> <receipt>", where
// an outcome is RECEIPT, ALREADY (the vote already holds this voter's ballot: the answer to the
// first try was lost), or FAILED:<why>. Prints one summary line.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DrillVoters {

    static final Pattern RECEIPT = Pattern.compile("\"receiptCode\"\\s*:\\s*\"([^\"]+)\"");

    record Outcome(String kind, String receipt, String detail) {
        boolean failed() { return kind.equals("FAILED"); }
        String text() { return failed() ? "FAILED:" + detail : kind; }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long voteId = Long.parseLong(args[1]);
        String[] shapes = args[2].split(";");
        String prefix = args[3];
        int voters = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        String password = args[6];
        Path out = Path.of(args[7]);
        int faultAfter = args.length > 8 ? Integer.parseInt(args[8]) : -1;
        List<String> fault = args.length > 9 ? Arrays.asList(args).subList(9, args.length) : List.of();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String[] keys = new String[voters];
        for (int i = 0; i < voters; i++) {
            keys[i] = UUID.randomUUID().toString();   // one submission key per voter, kept for the retry
        }
        Outcome[] first = new Outcome[voters];
        Outcome[] last = new Outcome[voters];
        AtomicInteger answers = new AtomicInteger();
        AtomicBoolean faultDone = new AtomicBoolean(faultAfter < 0);
        long start = System.nanoTime();
        long[] faultAt = {-1};

        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < voters) {
                    first[i] = cast(http, base, voteId, shapes[i % shapes.length], prefix + i, password, keys[i]);
                    if (answers.incrementAndGet() >= faultAfter && faultDone.compareAndSet(false, true)) {
                        faultAt[0] = (System.nanoTime() - start) / 1_000_000;
                        run(fault);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double stormSeconds = (System.nanoTime() - start) / 1e9;

        // Those whose request failed try again, with the same submission key, as a person would:
        // when the page works again, up to three times.
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            last[i] = first[i];
            if (first[i].failed()) {
                failed.add(i);
            }
        }
        long backAfterMs = 0;
        int rounds = 0;
        List<Integer> pending = failed;
        while (!pending.isEmpty() && rounds < 3) {
            rounds++;
            backAfterMs += waitUntilReady(http, base);
            ExecutorService retry = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, pending.size())));
            for (int i : pending) {
                retry.submit(() -> last[i] = cast(http, base, voteId, shapes[i % shapes.length], prefix + i, password, keys[i]));
            }
            retry.shutdown();
            retry.awaitTermination(10, TimeUnit.MINUTES);
            pending = pending.stream().filter(i -> last[i].failed()).toList();
        }

        StringBuilder lines = new StringBuilder();
        int receipts = 0, already = 0, stillFailed = 0, firstFailed = failed.size();
        for (int i = 0; i < voters; i++) {
            String receipt = last[i].receipt() != null ? last[i].receipt() : "-";
            lines.append(prefix).append(i).append(' ').append(first[i].text().replace(' ', '_')).append(' ')
                    .append(last[i].text().replace(' ', '_')).append(' ').append(receipt).append('\n');
            switch (last[i].kind()) {
                case "RECEIPT" -> receipts++;
                case "ALREADY" -> already++;
                default -> stillFailed++;
            }
        }
        Files.writeString(out, lines);
        List<String> reasons = failed.stream().map(i -> first[i].detail()).distinct().limit(4).toList();
        System.out.printf(Locale.ROOT, "voters=%d storm_s=%.1f fault_at_ms=%d first_failed=%d failure_kinds=%s retry_rounds=%d waited_for_ready_ms=%d receipts=%d already=%d still_failed=%d%n",
                voters, stormSeconds, faultAt[0], firstFailed, reasons.toString().replace(" ", ""), rounds, backAfterMs, receipts, already, stillFailed);
    }

    /** Waits until the balancer has a ready node again (at most two minutes); returns the wait in ms. */
    static long waitUntilReady(HttpClient http, String base) throws InterruptedException {
        long t0 = System.nanoTime();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - t0 < 120_000_000_000L) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not back yet
            }
            Thread.sleep(250);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static Outcome cast(HttpClient http, String base, long voteId, String options, String user, String password, String key) {
        String body = "{\"optionIds\":[" + options + "],\"submissionKey\":\"" + key + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/votes/" + voteId + "/ballots"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher receipt = RECEIPT.matcher(response.body());
            if (response.statusCode() == 200 && receipt.find()) {
                return new Outcome("RECEIPT", receipt.group(1), null);
            }
            if (response.body().contains("vote.error.already-voted")) {
                return new Outcome("ALREADY", null, null);
            }
            Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            return new Outcome("FAILED", null, "http" + response.statusCode() + (code.find() ? "/" + code.group(1) : ""));
        } catch (IOException e) {
            return new Outcome("FAILED", null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("FAILED", null, "interrupted");
        }
    }

    static void run(List<String> command) {
        if (command.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
