package tr.bel.izmir.bizizmir.shared;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.proposal.internal.ProposalSearchTextMigration;

import java.sql.DriverManager;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local mode runs on H2 ({@code mvn spring-boot:run}), the suite on PostgreSQL: every
 * migration, the Java one that folds proposals' search text included, must run on H2 too.
 */
class MigrationsOnH2Test {

    @Test
    void every_migration_runs_on_h2_and_the_search_text_is_filled_for_existing_proposals() throws Exception {
        String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        var flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new ProposalSearchTextMigration()).target("65").load();
        flyway.migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            var statement = connection.createStatement();
            statement.execute("""
                    insert into neighbourhood (district_id, code, name)
                    select id, 'konak-h2-goztepe', 'Göztepe H2' from district where name = 'Konak'""");
            statement.execute("""
                    insert into pb_cycle (neighbourhood_id, title, envelope_try, phase, submission_opens, submission_closes,
                                          voting_opens, voting_closes, support_threshold, max_proposals_per_resident,
                                          minimum_age, ballot_rule, allocation_rule, created_at, updated_at)
                    select id, 'Döngü', 1000, 'SUBMISSION', current_date, current_date, current_date, current_date, 1, 1, 16,
                           'KNAPSACK', 'GREEDY', current_timestamp, current_timestamp from neighbourhood where code = 'konak-h2-goztepe'""");
            statement.execute("""
                    insert into proposal (cycle_id, neighbourhood_id, author, submission_key, title, description, category,
                                          location, status, submitted_at, updated_at)
                    select c.id, c.neighbourhood_id, 'yazar', 'k1', 'Göztepe İskelesi''ne bisiklet yolu', 'Açıklama metni',
                           'ROADS', 'Sahil', 'COLLECTING_SUPPORT', current_timestamp, current_timestamp from pb_cycle c""");
        }
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new ProposalSearchTextMigration()).load().migrate();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery("select search_text from proposal")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("goztepe iskelesi'ne bisiklet yolu aciklama metni sahil");
        }
    }
}
