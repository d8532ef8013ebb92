package tr.bel.izmir.bizizmir.operations;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Says in two sentences why a node refuses to start (issue 17, bad input) instead of leaving
 * the operator a page of stack trace: a database whose schema is newer than this release
 * (another node was already upgraded), a wrong or missing database password, an unreachable
 * database. Spring Boot prints the analysis as "APPLICATION FAILED TO START"; the stack trace
 * goes to the debug log only. Registered in {@code META-INF/spring.factories}.
 */
public final class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FlywayValidateException validate && validate.getMessage() != null
                    && validate.getMessage().contains("not resolved locally")) {
                return new FailureAnalysis(
                        "The database's schema is newer than this release of Bizİzmir: it holds migrations this node "
                                + "does not know (" + firstLine(validate.getMessage(), "not resolved locally") + "). "
                                + "The node refused to start and changed nothing.",
                        "Start this node with the release that migrated the database (the newest one), or restore "
                                + "the backup taken before the upgrade. Never run an older release against a newer schema.",
                        failure);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return new FailureAnalysis(
                        "PostgreSQL refused the application's database user: the password is wrong or missing, or the "
                                + "user may not connect (SQL state " + sql.getSQLState() + ": " + sql.getMessage() + ").",
                        "Set DB_USER and DB_PASSWORD (spring.datasource.username/password) to the account of the "
                                + "bizizmir database, and check pg_hba.conf allows it from this host.",
                        failure);
            }
            if (t instanceof ConnectException || (t instanceof SQLException sql && "08001".equals(sql.getSQLState()))) {
                return new FailureAnalysis(
                        "The database is not reachable (" + t.getMessage() + ").",
                        "Check DB_URL (host, port, database name) and that PostgreSQL is running and accepts connections "
                                + "from this host; the node starts once it can reach the database.",
                        failure);
            }
        }
        return null;
    }

    private static String firstLine(String message, String containing) {
        return message.lines().filter(l -> l.contains(containing)).findFirst().orElse(message).trim();
    }
}
