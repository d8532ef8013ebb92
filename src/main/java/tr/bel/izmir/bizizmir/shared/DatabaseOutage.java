package tr.bel.izmir.bizizmir.shared;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure is the database being unreachable for a moment (restarted, failed over,
 * network cut; issue 17) rather than a fault of the request or the program: PostgreSQL's
 * connection errors (SQL state class 08), its shutdown and start-up states (57P01–57P03), a
 * pool that got no connection in time, a commit or rollback on a connection that broke. Such a request gets "try again in a moment" (HTTP 503),
 * not "unexpected error"; its transaction was rolled back.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Commit or rollback impossible, a pool or Hibernate that lost its connection: infrastructure.
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransactionSystemException || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
