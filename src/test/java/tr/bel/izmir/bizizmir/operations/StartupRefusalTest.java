package tr.bel.izmir.bizizmir.operations;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tr.bel.izmir.bizizmir.BizizmirApplication;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalSearchTextMigration;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node started against a database it must not use refuses to start and says why in words
 * (issue 17, bad input): a schema newer than the node (another node was upgraded first), a
 * wrong database password. Nothing in the database is changed by the refused node.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

    static String migratedDatabase() {
        String url = "jdbc:h2:mem:refusal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new ProposalSearchTextMigration()).load().migrate();
        return url;
    }

    static void start(String url, String password) throws Exception {
        new SpringApplicationBuilder(BizizmirApplication.class).profiles("local")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=" + password, "--server.port=0",
                        "--bizizmir.data-dir=" + Files.createTempDirectory("refusal"),
                        "--bizizmir.demo-data.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=error");
    }

    @Test
    void a_node_older_than_the_schema_refuses_to_start_and_says_so(CapturedOutput output) throws Exception {
        String url = migratedDatabase();
        try (var c = DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            // What a newer release's migration leaves behind.
            st.execute("""
                    insert into "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                      "checksum", "installed_by", "installed_on", "execution_time", "success")
                    select max("installed_rank") + 1, '999', 'from a newer release', 'SQL', 'V999__from_a_newer_release.sql',
                      0, 'sa', current_timestamp, 1, true from "flyway_schema_history\"""");
        }

        assertThatThrownBy(() -> start(url, "")).isNotNull();

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("The database's schema is newer than this release")
                .contains("999");
        try (var c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("select count(*) from \"flyway_schema_history\" where \"version\" = '999'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void a_wrong_database_password_is_named_as_such(CapturedOutput output) throws Exception {
        String url = migratedDatabase();

        assertThatThrownBy(() -> start(url, "wrong")).isNotNull();

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("refused the application's database user: the password is wrong or missing")
                .contains("DB_PASSWORD");
    }
}
