package tr.bel.izmir.bizizmir.bench;

import tr.bel.izmir.bizizmir.budgeting.allocation.EqualSharesRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.GreedyRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibWriter;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbBallot;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbProject;
import tr.bel.izmir.bizizmir.budgeting.allocation.VoteType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): how long parsing and both allocation rules take on real
 * pabulib files and on a synthetic election larger than any sample, against a baseline
 * measured in the same run: merely counting the approvals in a tight loop over the
 * already-parsed ballots, i.e. the least work any rule must do. Run with
 * {@code scripts/bench-allocation.sh [dir]}.
 */
public final class AllocationBenchmark {

    static final int WARMUP = 5;
    static final int RUNS = 20;
    static final double FIGURE_BUDGET_MS = 90_000;
    static final long SEED = 20261127L;
    static final int SYNTHETIC_PROJECTS = 60;
    static final int SYNTHETIC_VOTERS = 20_000;

    /** Keeps results alive so the JIT cannot drop the measured work. */
    static volatile Object sink;

    /** Wall-clock p50 and p99, and the least CPU time of the measuring thread (less sensitive to load). */
    record Timing(double p50, double p99, int runs, double cpuMin) {
        String text() {
            return String.format(Locale.ROOT, "%.2f / %.2f (cpu %.2f)", p50, p99, cpuMin)
                    + (runs == RUNS ? "" : " (" + runs + " runs)");
        }
    }

    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    record Result(String name, long bytes, int projects, int voters, String voteType,
                  Timing parse, Timing greedy, Timing equalShares, Timing twoCores, Timing baseline) {
    }

    public static void main(String[] args) throws Exception {
        List<Path> dirs = args.length > 0 ? Arrays.stream(args).map(Path::of).toList()
                : List.of(Path.of("src/test/resources/pabulib/large"), Path.of("src/test/resources/pabulib"));
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> listing = Files.list(dir)) {
                files.addAll(listing.filter(f -> f.toString().endsWith(".pb") || f.toString().endsWith(".pb.gz")).toList());
            }
        }
        // Largest first: the figure that matters is the biggest real election.
        files.sort(Comparator.comparingLong(AllocationBenchmark::size).reversed().thenComparing(Path::toString));
        if (files.isEmpty()) {
            throw new IllegalStateException("no .pb files in " + dirs);
        }

        Path synthetic = Files.createTempFile("synthetic-election", ".pb");
        new PabulibWriter().write(synthetic(), synthetic);

        System.out.printf(Locale.ROOT, "java %s, %d cores, %d warm-up + %d runs per figure, ms p50 / p99%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WARMUP, RUNS);
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            results.add(print(measure(file, file.getFileName().toString())));
        }
        results.add(print(measure(synthetic, "synthetic: " + SYNTHETIC_PROJECTS + " projects, "
                + SYNTHETIC_VOTERS + " approval voters, seed " + SEED)));
        Files.deleteIfExists(synthetic);

        // The largest election is the one with the most voters x projects (real files only).
        Result largest = results.stream().filter(r -> !r.name().startsWith("synthetic"))
                .max(Comparator.comparingLong(r -> (long) r.voters() * r.projects())).orElseThrow();
        Result wieliczka = results.stream().filter(r -> r.name().contains("wieliczka")).findFirst().orElse(null);
        Result worst = results.stream().max(Comparator.comparingDouble(r -> r.equalShares().p50() / r.greedy().p50()))
                .orElseThrow();
        System.out.printf(Locale.ROOT, "largest=%s worst_ratio=%.1f (%s) baseline_p50_ms=%.3f load_average=%s%n",
                largest.name(), worst.equalShares().p50() / worst.greedy().p50(), worst.name(),
                largest.baseline().p50(), loadAverage());
        System.out.printf(Locale.ROOT, "cpu: largest_mes_s=%.3f largest_greedy_s=%.3f ratio=%.1f wieliczka_mes_s=%s%n",
                largest.equalShares().cpuMin() / 1000, largest.greedy().cpuMin() / 1000,
                largest.equalShares().cpuMin() / largest.greedy().cpuMin(),
                wieliczka == null ? "NA" : String.format(Locale.ROOT, "%.3f", wieliczka.equalShares().cpuMin() / 1000));
        // The last line: the four figures (wall p50 of the rule on parsed ballots), then
        // the same ratio in CPU time, and end to end (parse + rule, what a replay or the API does),
        // for the largest file, Wieliczka and the worst real file of each kind.
        List<Result> real = results.stream().filter(r -> !r.name().startsWith("synthetic")).toList();
        Result worstCpu = real.stream().max(Comparator.comparingDouble(AllocationBenchmark::cpuRatio)).orElseThrow();
        Result worstE2e = real.stream().max(Comparator.comparingDouble(AllocationBenchmark::e2eRatio)).orElseThrow();
        System.out.printf(Locale.ROOT, "largest_mes_s=%.3f largest_greedy_s=%.3f ratio=%.1f wieliczka_mes_s=%s"
                        + " cpu_ratio=%.1f worst_cpu_ratio=%.1f worst_cpu=%s wieliczka_cpu_ratio=%s"
                        + " e2e_largest_mes_s=%.3f e2e_largest_greedy_s=%.3f e2e_ratio=%.1f worst_e2e_ratio=%.1f worst_e2e=%s"
                        + " wieliczka_e2e_ratio=%s load_average=%s%n",
                largest.equalShares().p50() / 1000, largest.greedy().p50() / 1000,
                largest.equalShares().p50() / largest.greedy().p50(),
                wieliczka == null ? "NA" : String.format(Locale.ROOT, "%.3f", wieliczka.equalShares().p50() / 1000),
                cpuRatio(largest), cpuRatio(worstCpu), tag(worstCpu),
                wieliczka == null ? "NA" : String.format(Locale.ROOT, "%.1f", cpuRatio(wieliczka)),
                (largest.parse().p50() + largest.equalShares().p50()) / 1000,
                (largest.parse().p50() + largest.greedy().p50()) / 1000, e2eRatio(largest), e2eRatio(worstE2e), tag(worstE2e),
                wieliczka == null ? "NA" : String.format(Locale.ROOT, "%.1f", e2eRatio(wieliczka)), loadAverage());
    }

    /** Equal Shares over greedy on the parsed ballots, in the least CPU time of each. */
    static double cpuRatio(Result r) {
        return r.equalShares().cpuMin() / r.greedy().cpuMin();
    }

    /** Parse + Equal Shares over parse + greedy, wall p50: a replay of the file under each rule. */
    static double e2eRatio(Result r) {
        return (r.parse().p50() + r.equalShares().p50()) / (r.parse().p50() + r.greedy().p50());
    }

    /** A result's name without spaces or extension, for a name=value pair. */
    static String tag(Result r) {
        return r.name().replaceAll("\\.pb(\\.gz)?$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** The machine's 1-minute load average, if the system tells it (Linux). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "NA";
        }
    }

    /** Printed as soon as measured, so a long run shows progress. */
    static Result print(Result r) {
        System.out.printf(Locale.ROOT, "%s (%,d characters, %s, %d projects, %,d voters)%n",
                r.name(), r.bytes(), r.voteType(), r.projects(), r.voters());
        System.out.printf(Locale.ROOT, "  parse %s | greedy %s | equal shares %s | baseline (count approvals) %s%n",
                r.parse().text(), r.greedy().text(), r.equalShares().text(), r.baseline().text());
        System.out.printf(Locale.ROOT, "  ratio to baseline p50: greedy %.1f, equal shares %.1f, parse %.1f%n",
                r.greedy().p50() / r.baseline().p50(), r.equalShares().p50() / r.baseline().p50(),
                r.parse().p50() / r.baseline().p50());
        System.out.printf(Locale.ROOT, "  equal shares / greedy p50: %.1f; parse + equal shares / parse + greedy: %.1f;"
                        + " diagnostic: equal shares with one completion rerun %s%n",
                r.equalShares().p50() / r.greedy().p50(),
                (r.parse().p50() + r.equalShares().p50()) / (r.parse().p50() + r.greedy().p50()), r.twoCores().text());
        System.out.flush();
        return r;
    }

    static Result measure(Path file, String name) throws IOException {
        String text = file.toString().endsWith(".gz")
                ? new String(new java.util.zip.GZIPInputStream(Files.newInputStream(file)).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                : Files.readString(file);
        PabulibParser parser = new PabulibParser();
        PbInstance instance = parser.parse(text);
        Timing parse = time(() -> parser.parse(text));
        Timing greedy = time(() -> new GreedyRule().allocate(instance));
        Timing equalShares = time(() -> new EqualSharesRule().allocate(instance));
        // Diagnostic: with a completion step of the whole budget the "add one" loop stops
        // after its first rerun, so this is about two runs of the core; Equal Shares'
        // time divided by half of it estimates how many times the completion reran the core.
        EqualSharesRule coreTwice = new EqualSharesRule(EqualSharesRule.Utility.APPROVAL,
                instance.budget().signum() > 0 ? instance.budget() : java.math.BigDecimal.ONE);
        Timing twoCores = time(() -> coreTwice.allocate(instance));
        Timing baseline = time(() -> countApprovals(instance));
        return new Result(name, text.length(), instance.projects().size(), instance.ballots().size(),
                instance.voteType().pabulibName(), parse, greedy, equalShares, twoCores, baseline);
    }

    /**
     * The baseline: one pass over the ballots counting each project's approvals, with the
     * id-to-index lookup a rule needs too. Every rule does at least this much.
     */
    static long[] countApprovals(PbInstance instance) {
        Map<String, Integer> index = new HashMap<>();
        for (PbProject p : instance.projects()) {
            index.put(p.id(), index.size());
        }
        long[] counts = new long[index.size()];
        for (PbBallot b : instance.ballots()) {
            List<String> projects = b.projects();
            for (int k = 0; k < projects.size(); k++) {
                if (!b.hasPoints() || b.points().get(k).signum() > 0) {
                    counts[index.get(projects.get(k))]++;
                }
            }
        }
        return counts;
    }

    /**
     * 5 warm-up and 20 timed runs, unless one run is so slow that this would take more
     * than {@link #FIGURE_BUDGET_MS}: then fewer (at least one timed run after the first), and the figure
     * says how many. Keeps the whole benchmark to minutes on a shared 2-core machine.
     */
    static Timing time(Supplier<Object> work) {
        long first = System.nanoTime();
        sink = work.get();
        double firstMs = (System.nanoTime() - first) / 1e6;
        int runs = RUNS;
        int warmup = WARMUP;
        if (firstMs * (WARMUP + RUNS) > FIGURE_BUDGET_MS) {
            runs = (int) Math.max(1, Math.min(RUNS, FIGURE_BUDGET_MS / Math.max(firstMs, 1)));
            warmup = 1;
        }
        for (int i = 1; i < warmup; i++) {
            sink = work.get();
        }
        double[] ms = new double[runs];
        double cpuMin = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpuMin = Math.min(cpuMin, (CPU.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        Arrays.sort(ms);
        return new Timing(percentile(ms, 50), percentile(ms, 99), runs, cpuMin);
    }

    /** Nearest-rank percentile; with 20 runs p99 is the slowest run. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * A district-sized approval election, bigger than any sample: project popularity
     * skewed (a few favourites, a long tail), costs 20,000–400,000, each voter approving
     * 1–6 projects, an envelope of about a quarter of all costs. Fixed seed, so every run
     * measures the same election.
     */
    static PbInstance synthetic() {
        Random random = new Random(SEED);
        List<PbProject> projects = new ArrayList<>();
        double[] weight = new double[SYNTHETIC_PROJECTS];
        BigDecimal totalCost = BigDecimal.ZERO;
        for (int p = 0; p < SYNTHETIC_PROJECTS; p++) {
            BigDecimal cost = BigDecimal.valueOf(20_000 + 1_000L * random.nextInt(381));
            totalCost = totalCost.add(cost);
            projects.add(new PbProject("S" + (p + 1), cost, "Synthetic project " + (p + 1), null, null, Map.of()));
            weight[p] = 1.0 / Math.pow(p + 1, 0.8) * (0.5 + random.nextDouble());
        }
        double[] cumulative = new double[SYNTHETIC_PROJECTS];
        double sum = 0;
        for (int p = 0; p < SYNTHETIC_PROJECTS; p++) {
            sum += weight[p];
            cumulative[p] = sum;
        }
        List<PbBallot> ballots = new ArrayList<>();
        for (int v = 0; v < SYNTHETIC_VOTERS; v++) {
            int wanted = 1 + random.nextInt(6);
            List<String> approved = new ArrayList<>();
            while (approved.size() < wanted) {
                int idx = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                int p = idx >= 0 ? idx : Math.min(-idx - 1, SYNTHETIC_PROJECTS - 1);
                String id = projects.get(p).id();
                if (!approved.contains(id)) {
                    approved.add(id);
                }
            }
            ballots.add(new PbBallot(String.valueOf(v + 1), approved));
        }
        BigDecimal budget = totalCost.divide(BigDecimal.valueOf(4)).setScale(0, java.math.RoundingMode.DOWN);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Synthetic election for AllocationBenchmark");
        meta.put("num_projects", String.valueOf(SYNTHETIC_PROJECTS));
        meta.put("num_votes", String.valueOf(SYNTHETIC_VOTERS));
        meta.put("budget", budget.toPlainString());
        meta.put("vote_type", VoteType.APPROVAL.pabulibName());
        return new PbInstance(meta, budget, VoteType.APPROVAL, projects, ballots);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
