package tr.bel.izmir.bizizmir.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV our imports accept, read by Apache Commons CSV (DD025): UTF-8 (Excel's byte-order
 * mark tolerated), ';' (Turkish Excel's default) or ',', cells in double quotes may hold the
 * separator, doubled quotes and line breaks.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * One record of a file.
     *
     * @param line  the line it starts on, counted from 1 (a quoted line break makes a record span lines)
     * @param raw   its cells joined by the separator, for an error report
     * @param cells its cells, as written (not trimmed)
     */
    public record Row(int line, String raw, List<String> cells) {
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Every record of a file, blank lines included (as blank rows), in order. */
    public static List<Row> read(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        char separator = separatorOf(firstBreak < 0 ? text : text.substring(0, firstBreak));
        var format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).setTrim(false).get();
        List<Row> rows = new ArrayList<>();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            long start = 1;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                rows.add(new Row((int) start, String.join(String.valueOf(separator), cells), cells));
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    /** ';' when the first line has one (Turkish Excel's default), ',' otherwise. */
    static char separatorOf(String firstLine) {
        return firstLine.indexOf(';') >= 0 ? ';' : ',';
    }

    /** A refused line of an import: its number, its text and why (a message key and arguments). */
    public record RowError(int line, String content, String messageKey, List<Object> args) {
    }
}
