package tr.bel.izmir.bizizmir.transparency.opendata;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An open dataset (issue 18): its identifier in URLs, its columns, its rows streamed to a sink
 * and the time its content last changed. Titles and descriptions are the message keys
 * {@code opendata.dataset.<id>.title} and {@code .description}.
 */
public interface Dataset {

    String id();

    List<Column> columns();

    /** Writes every row to the sink as it is read; nothing personal is among the columns. */
    void rows(RowSink sink) throws IOException;

    /** When the content last changed, empty while there is none. */
    Optional<Instant> lastUpdated();

    /** A note on what is left out or suppressed (a message key), if any. */
    default Optional<String> noteKey() {
        return Optional.empty();
    }

    /** The arguments of the note's message. */
    default Object[] noteArgs() {
        return new Object[0];
    }
}
