package tr.bel.izmir.bizizmir.bench;

import tr.bel.izmir.bizizmir.security.SystemActor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import tr.bel.izmir.bizizmir.BizizmirApplication;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.CycleVoteResult;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.support.Postgres;
import tr.bel.izmir.bizizmir.support.TestNeighbourhoods;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Benchmark (not a test): the results of a vote are published while N people (default 20,000)
 * follow its winning proposal with a confirmed address and immediate e-mail. Measures how long
 * the publishing call takes (it must not wait for the mails), the time until every mail is in
 * the SMTP server (GreenMail, in this JVM) through the whole path (outbox, dispatch, mail
 * outbox, the scheduled sender), and, in the same run, the baseline of sending N comparable
 * raw messages through the same JavaMailSender without any of it. Counts duplicates by the
 * outbox id each mail carries. Run with {@code scripts/bench-notifications.sh [N]}.
 */
public final class NotificationBenchmark {

    public static void main(String[] args) throws Exception {
        int followers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        int port = smtp.getSmtp().getPort();
        String url = Postgres.jdbcUrl("notify_bench_" + System.currentTimeMillis() % 100000);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BizizmirApplication.class)
                .profiles("local", "postgres", "test")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--server.port=0", "--bizizmir.demo-data.enabled=false",
                        "--logging.level.root=warn", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                        // The real sender, scheduled as in production, polling briskly.
                        "--bizizmir.notification.scheduled=true", "--bizizmir.notification.mail.poll-interval=PT0.2S",
                        "--bizizmir.notification.mail.batch-size=1000", "--spring.mail.properties.mail.smtp.localhost=bizizmir.local");
        try {
            run(app, smtp, followers);
        } finally {
            app.close();
            smtp.stop();
        }
        System.exit(0);
    }

    static void run(ConfigurableApplicationContext app, GreenMail smtp, int followers) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        PbCycles cycles = app.getBean(PbCycles.class);
        long neighbourhoodId = TestNeighbourhoods.fresh(app.getBean(NeighbourhoodImport.class),
                app.getBean(NeighbourhoodCatalog.class), "Konak", "Bildirim olcumu " + System.currentTimeMillis() % 100000).getId();
        LocalDate today = LocalDate.now();
        var cycle = SystemActor.call(() -> cycles.open(new CycleSpec(neighbourhoodId, "Ölçüm döngüsü", Money.ofLira(300_000),
                CyclePhase.ALLOCATION, today.minusDays(120), today.minusDays(90), today.minusDays(50), today.minusDays(30),
                25, 3, 16, BallotRule.KNAPSACK, AllocationRule.GREEDY)));
        long won = 700_000_001L;
        long lost = 700_000_002L;

        // Followers with confirmed addresses, written directly: the fixture, not what is measured.
        Timestamp now = Timestamp.from(Instant.now());
        long fillStart = System.nanoTime();
        for (int from = 0; from < followers; from += 1000) {
            List<Object[]> settings = new ArrayList<>();
            List<Object[]> follows = new ArrayList<>();
            for (int i = from; i < Math.min(followers, from + 1000); i++) {
                String user = "takipci-" + i;
                settings.add(new Object[]{user, i % 5 == 0 ? "en" : "tr", user + "@example.org", now, now});
                follows.add(new Object[]{user, "proposal", Long.toString(won), now});
            }
            jdbc.batchUpdate("insert into notification_settings (username, language, email, email_consent_at, email_confirmed_at) "
                    + "values (?, ?, ?, ?, ?)", settings);
            jdbc.batchUpdate("insert into notification_follow (username, case_kind, case_key, created_at) values (?, ?, ?, ?)", follows);
        }
        System.out.printf(Locale.ROOT, "fixture: %d followers with confirmed addresses in %.1f s%n", followers,
                (System.nanoTime() - fillStart) / 1e9);

        var ballot = List.of(new CycleVoteResult.BallotProject(won, "Sahil yoluna gölgelik", Money.ofLira(200_000)),
                new CycleVoteResult.BallotProject(lost, "Kapalı spor salonu", Money.ofLira(900_000)));
        long start = System.nanoTime();
        SystemActor.call(() -> app.getBean(BudgetAllocations.class).publishPastVote(cycle.getId(),
                new CycleVoteResult(cycle.getId(), ballot, List.of(Set.of(won), Set.of(won), Set.of(won, lost))), "butce"));
        double publishMs = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "publishing the results returned after %.0f ms%n", publishMs);

        long lastReport = System.nanoTime();
        while (smtp.getReceivedMessages().length < followers) {
            if (System.nanoTime() - start > 30L * 60 * 1_000_000_000) {
                throw new IllegalStateException("not all mails within 30 minutes: " + smtp.getReceivedMessages().length);
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf(Locale.ROOT, "  %.0f s: %d notifications written, %d mails in the SMTP server%n",
                        (lastReport - start) / 1e9, jdbc.queryForObject("select count(*) from notification", Long.class),
                        smtp.getReceivedMessages().length);
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Let a wrongly repeated send show itself before counting.
        Thread.sleep(3000);
        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            ids.add(m.getHeader("X-Bizizmir-Mail-Id")[0]);
        }
        int mails = received.length;
        int duplicates = mails - ids.size();
        double perSecond = mails / seconds;
        System.out.printf(Locale.ROOT, "outbox path: %d mails in %.1f s (%.0f mails/s), %d duplicates%n", mails, seconds, perSecond, duplicates);

        // Baseline: the same number of comparable messages through the same JavaMailSender, one by one.
        smtp.purgeEmailFromAllMailboxes();
        JavaMailSender sender = app.getBean(JavaMailSender.class);
        String text = "“Sahil yoluna gölgelik” 3 oyla kazandı ve yapılacak.\nPortalda aç: http://localhost/proposals/" + won;
        long baseStart = System.nanoTime();
        for (int i = 0; i < followers; i++) {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom("Bizİzmir <bildirim@bizizmir.local>");
            helper.setTo("ham-" + i + "@example.org");
            helper.setSubject("Bizİzmir: Önerim oylamada ve sonuçları");
            helper.setText(text, "<p>" + text + "</p>");
            sender.send(message);
        }
        double baseSeconds = (System.nanoTime() - baseStart) / 1e9;
        double basePerSecond = followers / baseSeconds;
        System.out.printf(Locale.ROOT, "baseline: %d raw mails in %.1f s (%.0f mails/s)%n", followers, baseSeconds, basePerSecond);
        System.out.printf(Locale.ROOT, "mails=%d mails_per_s=%.0f baseline_per_s=%.0f ratio=%.2f duplicates=%d%n",
                mails, perSecond, basePerSecond, basePerSecond / perSecond, duplicates);
    }
}
