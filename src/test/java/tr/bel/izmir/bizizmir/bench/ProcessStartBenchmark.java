package tr.bel.izmir.bizizmir.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tr.bel.izmir.bizizmir.BizizmirApplication;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.Postgres;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;
import tr.bel.izmir.bizizmir.support.TestResidents;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Benchmark (not a test; issue 17 capacity figures): proposal submissions per second — a
 * ProposalSubmissionProcess start with the eligibility DMN, the proposal row and full history —
 * against the same number and size of rows inserted with plain JDBC, one transaction per
 * submission, over the same pool, in the same run. The rows a submission writes are counted
 * over all tables (before/after the warm-up). Run with {@code scripts/bench-process-starts.sh [N]}.
 */
public final class ProcessStartBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = Math.max(20, n / 5);
        String url = Postgres.jdbcUrl("start_bench_" + System.currentTimeMillis() % 100000);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BizizmirApplication.class)
                .profiles("local", "postgres", "test")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--server.port=0", "--bizizmir.demo-data.enabled=false",
                        "--logging.level.root=warn");
        try {
            run(app, n, warmup);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    static void run(ConfigurableApplicationContext app, int n, int warmup) throws Exception {
        var imports = app.getBean(NeighbourhoodImport.class);
        var catalog = app.getBean(NeighbourhoodCatalog.class);
        var residents = app.getBean(ResidentRegistry.class);
        var submissions = app.getBean(ProposalSubmissions.class);
        var dataSource = app.getBean(DataSource.class);
        long neighbourhood = TestNeighbourhoods.fresh(imports, catalog, "Kiraz", "Bench " + UUID.randomUUID().toString().substring(0, 6)).getId();
        LocalDate today = LocalDate.now();
        var cycle = RunAs.user("admin", () -> app.getBean(PbCycles.class).open(new CycleSpec(neighbourhood, "Bench döngüsü",
                Money.ofLira(500_000), CyclePhase.SUBMISSION, today.minusDays(1), today.plusDays(30),
                today.plusDays(40), today.plusDays(50), 2, 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)), "admin");
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < warmup + n; i++) {
            authors.add(TestResidents.verified(residents, catalog, "yazar" + i, neighbourhood, 1980));
        }
        var draft = new ProposalDraft("Parka gölgelik ve bank", "Çocuk parkının güney köşesine gölgelik ve üç bank konsun.",
                ProposalCategory.PARKS, "Atatürk Parkı, oyun alanı", null, null, Money.ofLira(80_000));

        long rows0 = rows(dataSource);
        long bytes0 = bytes(dataSource);
        for (int i = 0; i < warmup; i++) {
            String a = authors.get(i);
            RunAs.user(a, () -> submissions.submit(cycle.getId(), draft, UUID.randomUUID().toString()), "citizen", "resident");
        }
        long rowsPer = Math.round((rows(dataSource) - rows0) / (double) warmup);
        long bytesPerRow = Math.max(50, (bytes(dataSource) - bytes0) / Math.max(1, rows(dataSource) - rows0));

        long t0 = System.nanoTime();
        for (int i = warmup; i < warmup + n; i++) {
            String a = authors.get(i);
            RunAs.user(a, () -> submissions.submit(cycle.getId(), draft, UUID.randomUUID().toString()), "citizen", "resident");
        }
        double startsPerS = n / ((System.nanoTime() - t0) / 1e9);

        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("create table bench_rows (id bigserial primary key, payload varchar(8000) not null)");
        }
        String payload = "x".repeat((int) Math.min(8000, bytesPerRow));
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (var ps = c.prepareStatement("insert into bench_rows (payload) values (?)")) {
                    for (int r = 0; r < rowsPer; r++) {
                        ps.setString(1, payload);
                        ps.executeUpdate();   // one statement per row, as the engine's flush does per entity
                    }
                }
                c.commit();
            }
        }
        double jdbcPerS = n / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "rows per submission=%d (about %d bytes each), submissions measured=%d after %d warm-up%n",
                rowsPer, bytesPerRow, n, warmup);
        System.out.printf(Locale.ROOT, "process_starts_per_s=%.1f jdbc_same_rows_per_s=%.1f ratio=%.2f rows_per_start=%d n=%d%n",
                startsPerS, jdbcPerS, jdbcPerS / startsPerS, rowsPer, n);
    }

    /** Live rows of every table (statistics counters, exact enough for a difference over many starts). */
    static long rows(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("select pg_stat_clear_snapshot()");
            try (var rs = st.executeQuery("select coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long bytes(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select sum(pg_table_size(relid)) from pg_stat_user_tables")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
