package tr.bel.izmir.bizizmir.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue 16's own measurement: each pabulib file sent to a running application through
 * {@code POST /api/v1/pb/allocations?rule=…}, Equal Shares right after greedy on the same file,
 * timed from the first byte sent to the last byte of the answer (upload, reading the file, the
 * rule and the JSON answer). Greedy and Equal Shares alternate, so both see the same load.
 *
 * <p>Arguments: the application's address (default {@code http://localhost:8080}), then the
 * files or folders (default the three city files). Signs in as the budget office ({@code butce},
 * password {@code demo}, the demo users of the embedded default) with HTTP Basic.
 */
public final class AllocationApiBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 15;

    private record Figure(String file, long bytes, double greedyMs, double equalSharesMs) {
        double ratio() {
            return equalSharesMs / greedyMs;
        }
    }

    private AllocationApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        List<Path> files = new ArrayList<>();
        for (String a : args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
                : new String[]{"src/test/resources/pabulib/large"}) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> in = Files.list(p)) {
                    in.filter(f -> f.toString().endsWith(".pb") || f.toString().endsWith(".pb.gz")).sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("butce:demo".getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%s, %d warm-up + %d runs per rule and file, wall ms p50 / p99, load %s%n",
                base, WARMUP, RUNS, load());
        List<Figure> figures = new ArrayList<>();
        for (Path file : files) {
            byte[] body = Files.readAllBytes(file);
            double[] greedy = new double[RUNS];
            double[] equalShares = new double[RUNS];
            for (int i = 0; i < WARMUP + RUNS; i++) {
                double g = post(http, base, auth, "greedy", body);
                double e = post(http, base, auth, "equal-shares", body);
                if (i >= WARMUP) {
                    greedy[i - WARMUP] = g;
                    equalShares[i - WARMUP] = e;
                }
            }
            Arrays.sort(greedy);
            Arrays.sort(equalShares);
            String name = file.getFileName().toString().replaceAll("\\.pb(\\.gz)?$", "");
            Figure f = new Figure(name, body.length, greedy[RUNS / 2], equalShares[RUNS / 2]);
            figures.add(f);
            System.out.printf(Locale.ROOT, "%s (%,d bytes sent): greedy %.1f / %.1f | equal shares %.1f / %.1f | ratio %.1f%n",
                    name, body.length, f.greedyMs(), greedy[RUNS - 1], f.equalSharesMs(), equalShares[RUNS - 1], f.ratio());
        }
        Figure largest = figures.stream().max((a, b) -> Long.compare(a.bytes(), b.bytes())).orElseThrow();
        Figure worst = figures.stream().max((a, b) -> Double.compare(a.ratio(), b.ratio())).orElseThrow();
        String wieliczka = figures.stream().filter(f -> f.file().contains("wieliczka")).findFirst()
                .map(f -> String.format(Locale.ROOT, "%.3f", f.equalSharesMs() / 1000)).orElse("n/a");
        System.out.printf(Locale.ROOT, "api_largest_mes_s=%.3f api_largest_greedy_s=%.3f api_ratio=%.1f"
                        + " api_wieliczka_mes_s=%s api_worst_ratio=%.1f api_worst=%s load_average=%s%n",
                largest.equalSharesMs() / 1000, largest.greedyMs() / 1000, largest.ratio(), wieliczka,
                worst.ratio(), worst.file(), load());
    }

    /** One replay through the API; fails loudly on anything but the 200 with the rule's outcome. */
    private static double post(HttpClient http, String base, String auth, String rule, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/pb/allocations?rule=" + rule))
                .header("Authorization", auth)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200 || !response.body().contains("\"rule\":\"" + rule + "\"")) {
            throw new IllegalStateException(rule + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return ms;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
