package tr.bel.izmir.bizizmir.transparency.opendata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A dataset read by one SQL query through a database cursor (fetch size {@value #FETCH_SIZE}, in
 * a read-only transaction, which PostgreSQL needs to fetch in portions), each row handed to the
 * sink before the next is read. The query selects the first columns in order; {@code derive}
 * may fill the remaining ones (such as days taken) from them.
 * <p>
 * Reading tables of other features directly is a deliberate exception to "features talk
 * through services" (DD029): their services load entities into memory, which an export of a
 * whole table must not do. The queries name every column they publish, so a new personal
 * column in a table never leaks by itself.
 */
final class SqlDataset implements Dataset {

    static final int FETCH_SIZE = 500;

    private final String id;
    private final List<Column> columns;
    private final String sql;
    private final int selected;
    private final UnaryOperator<Object[]> derive;
    private final List<String> modifiedQueries;
    private final String noteKey;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    SqlDataset(String id, List<Column> columns, String sql, int selected, UnaryOperator<Object[]> derive,
               List<String> modifiedQueries, String noteKey, JdbcTemplate jdbc, TransactionTemplate readOnly) {
        this.id = id;
        this.columns = List.copyOf(columns);
        this.sql = sql;
        this.selected = selected;
        this.derive = derive;
        this.modifiedQueries = List.copyOf(modifiedQueries);
        this.noteKey = noteKey;
        this.jdbc = jdbc;
        this.readOnly = readOnly;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Optional<String> noteKey() {
        return Optional.ofNullable(noteKey);
    }

    @Override
    public void rows(RowSink sink) throws IOException {
        try {
            readOnly.executeWithoutResult(status -> jdbc.query(con -> {
                var statement = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(FETCH_SIZE);
                return statement;
            }, (ResultSet rs) -> {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < selected; i++) {
                    values[i] = read(rs, i + 1, columns.get(i).type());
                }
                Object[] row = derive == null ? values : derive.apply(values);
                try {
                    sink.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Object read(ResultSet rs, int index, Column.Type type) throws SQLException {
        Object value = switch (type) {
            case STRING -> rs.getString(index);
            case INTEGER -> rs.getLong(index);
            case NUMBER -> rs.getBigDecimal(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> {
                var date = rs.getDate(index);
                yield date == null ? null : date.toLocalDate();
            }
            case DATETIME -> {
                Timestamp t = rs.getTimestamp(index);
                yield t == null ? null : t.toInstant().truncatedTo(ChronoUnit.SECONDS);
            }
        };
        return rs.wasNull() ? null : value;
    }

    @Override
    public Optional<Instant> lastUpdated() {
        return OpenDataCatalog.latest(jdbc, readOnly, modifiedQueries);
    }
}
