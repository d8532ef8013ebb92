package tr.bel.izmir.bizizmir.proposal.internal;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.proposal.Proposal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * V70: the proposal's folded search column, filled for the rows that exist. The folding is
 * Java's ({@code SearchText}), not a SQL function, because H2 (local mode) and PostgreSQL fold
 * Turkish letters differently; a Java migration is the one place both get the same text.
 * Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
public class ProposalSearchTextMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("70");
    }

    @Override
    public String getDescription() {
        return "proposal search text";
    }

    @Override
    public Integer getChecksum() {
        return 70;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table proposal add column search_text varchar(6000)");
        }
        backfill(connection);
    }

    /** Fills the search column of every proposal that has none; returns how many. */
    public static int backfill(Connection connection) throws SQLException {
        int filled = 0;
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery(
                     "select id, title, description, location from proposal where search_text is null");
             PreparedStatement update = connection.prepareStatement("update proposal set search_text = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, Proposal.searchText(rows.getString(2), rows.getString(3), rows.getString(4)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++filled % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        return filled;
    }
}
