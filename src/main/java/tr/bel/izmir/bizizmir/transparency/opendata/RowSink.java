package tr.bel.izmir.bizizmir.transparency.opendata;

import java.io.IOException;

/** Where a dataset's rows go, one at a time, as they are read: nothing holds the whole table. */
@FunctionalInterface
public interface RowSink {

    /** One row, its values in the order of the dataset's columns (null for an empty cell). */
    void row(Object... values) throws IOException;
}
