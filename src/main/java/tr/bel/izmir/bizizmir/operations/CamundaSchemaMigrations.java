package tr.bel.izmir.bizizmir.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Our additions to Camunda's tables (indexes the inbox needs; issue 17, DD028), as Flyway
 * migrations of their own ({@code db/camunda}, history table {@code flyway_camunda_history}).
 * They cannot be in {@code db/migration}: that Flyway runs before the process engine exists,
 * and on a new database Camunda creates its tables only when the engine starts. This one runs
 * once the engine is built, on every node; Flyway's lock makes two nodes starting together
 * apply each migration once.
 */
@Component
class CamundaSchemaMigrations implements SmartInitializingSingleton {

    static final String LOCATION = "classpath:db/camunda";
    static final String HISTORY_TABLE = "flyway_camunda_history";

    private final DataSource dataSource;

    /** The engine as a parameter: it has created or updated Camunda's tables before this runs. */
    CamundaSchemaMigrations(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).table(HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0")
                // Like the main migrations: a node never runs against a newer schema of these either.
                .ignoreMigrationPatterns(new String[0])
                .load().migrate();
    }
}
