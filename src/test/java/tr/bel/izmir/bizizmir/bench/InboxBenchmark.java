package tr.bel.izmir.bizizmir.bench;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.BizizmirApplication;
import tr.bel.izmir.bizizmir.support.Postgres;
import tr.bel.izmir.bizizmir.support.RunAs;
import tr.bel.izmir.bizizmir.tasks.InboxFilter;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Benchmark (not a test): the staff inbox with many open tasks on a real PostgreSQL.
 * Fills the engine with N open tasks offered to department groups, then times the inbox's
 * queries as an officer of two departments sees them, against the same rows read with
 * plain SQL in the same run (the baseline). Run with {@code scripts/bench-inbox.sh [N]}.
 */
public final class InboxBenchmark {

    static final int WARMUP = 5;
    static final int RUNS = 30;
    static final int WARMUP_SECONDS = 3;

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = Postgres.jdbcUrl("inbox_bench_" + System.currentTimeMillis() % 100000);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BizizmirApplication.class)
                .profiles("local", "postgres", "test")
                // Command-line arguments: they win over application-postgres.yaml's defaults.
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--server.port=0", "--bizizmir.demo-data.enabled=false",
                        "--logging.level.root=warn");
        try {
            run(app, tasks);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    static void run(ConfigurableApplicationContext app, int tasks) throws Exception {
        TaskService taskService = app.getBean(TaskService.class);
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        TaskInbox inbox = app.getBean(TaskInbox.class);
        DataSource dataSource = app.getBean(DataSource.class);

        String[] groups = {"dept-parks", "dept-works", "dept-culture", "dept-environment"};
        long now = System.currentTimeMillis();
        long start = System.nanoTime();
        for (int from = 0; from < tasks; from += 1000) {
            int batchStart = from;
            tx.executeWithoutResult(s -> {
                for (int i = batchStart; i < Math.min(tasks, batchStart + 1000); i++) {
                    var task = taskService.newTask();
                    task.setName("Fizibiliteyi değerlendir #" + i);
                    // Due dates from 30 days ago to 60 days ahead: some overdue, most not.
                    task.setDueDate(new Date(now + ((i * 7919L) % 90 - 30) * 86_400_000L));
                    taskService.saveTask(task);
                    taskService.addCandidateGroup(task.getId(), groups[i % groups.length]);
                }
            });
        }
        double fillSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "filled %d tasks in %.1f s (%.0f tasks/s)%n", tasks, fillSeconds, tasks / fillSeconds);
        // Statistics as a database in service has them (autovacuum would analyze the new rows at
        // some point during the first measurements and change the plans halfway).
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("analyze");
        }

        var everything = InboxFilter.everything();
        var overdue = new InboxFilter(null, null, InboxFilter.Due.OVERDUE, false, InboxFilter.Assignment.MINE_AND_GROUPS, null);
        String[] officer = {"officer", "dept-participation", "dept-parks", "dept-works"};
        int deep = tasks / 4;

        Stats firstPage = time(() -> RunAs.user("memur", () -> inbox.page(everything, TaskInbox.Sort.DUE, true, 0, 50), officer));
        Stats deepPage = time(() -> RunAs.user("memur", () -> inbox.page(everything, TaskInbox.Sort.DUE, true, deep, 50), officer));
        Stats count = time(() -> RunAs.user("memur", () -> inbox.count(everything), officer));
        Stats overduePage = time(() -> RunAs.user("memur", () -> inbox.page(overdue, TaskInbox.Sort.DUE, true, 0, 50), officer));
        long visible = RunAs.user("memur", () -> inbox.count(everything), officer);
        // The page query the inbox ran before DD034 (Camunda's task query API), same run, same rows.
        List<String> groupsOfOfficer = List.of(officer);
        Stats camundaFirst = time(() -> taskService.createTaskQuery().active().or().taskAssignee("memur")
                .taskCandidateGroupIn(groupsOfOfficer).endOr().orderByDueDate().asc().orderByTaskId().asc().listPage(0, 50));
        Stats camundaCount = time(() -> taskService.createTaskQuery().active().or().taskAssignee("memur")
                .taskCandidateGroupIn(groupsOfOfficer).endOr().count());

        String groupJoin = "from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ "
                + "where l.type_ = 'candidate' and l.group_id_ in ('officer','dept-parks','dept-works') and t.assignee_ is null ";
        Stats sqlFirst = time(() -> sql(dataSource, "select t.id_ " + groupJoin + "order by t.due_date_ limit 50"));
        Stats sqlDeep = time(() -> sql(dataSource, "select t.id_ " + groupJoin + "order by t.due_date_ limit 50 offset " + deep));
        Stats sqlCount = time(() -> sql(dataSource, "select count(*) " + groupJoin));

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);

        System.out.printf(Locale.ROOT, "open tasks=%d, visible to the officer=%d, heap after GC=%d MB%n", tasks, visible, heapMb);
        print("inbox first page (50, by due)", firstPage, sqlFirst);
        print("inbox page at offset " + deep, deepPage, sqlDeep);
        print("inbox count", count, sqlCount);
        print("inbox overdue, first page", overduePage, sqlFirst);
        print("Camunda task query, first page", camundaFirst, sqlFirst);
        print("Camunda task query, count", camundaCount, sqlCount);
        Stats firstPageAgain = time(() -> RunAs.user("memur", () -> inbox.page(everything, TaskInbox.Sort.DUE, true, 0, 50), officer));
        print("inbox first page, again at the end", firstPageAgain, sqlFirst);
        System.out.printf(Locale.ROOT, "inbox_first_page_p50_ms=%.1f inbox_first_page_p99_ms=%.1f baseline_p50_ms=%.1f ratio=%.2f tasks=%d%n",
                firstPage.p50(), firstPage.p99(), sqlFirst.p50(), firstPage.p50() / sqlFirst.p50(), tasks);
    }

    record Stats(double p50, double p99) {
    }

    static Stats time(Supplier<?> action) {
        // Warm-up: at least WARMUP runs and at least WARMUP_SECONDS, so that the JIT has compiled
        // the code path as on a server in use (with five runs only, the inbox's first page
        // measured 3.3 ms, with 3 s 0.3 ms; docs/benchmarks.md).
        long warmUntil = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < WARMUP || System.nanoTime() < warmUntil; i++) {
            action.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            action.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return new Stats(ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1));
    }

    static Object sql(DataSource dataSource, String query) {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(query)) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void print(String what, Stats inbox, Stats baseline) {
        System.out.printf(Locale.ROOT, "%-34s p50=%7.1f ms p99=%7.1f ms | plain SQL p50=%6.1f ms | ratio=%.1f%n",
                what, inbox.p50(), inbox.p99(), baseline.p50(), inbox.p50() / baseline.p50());
    }
}
