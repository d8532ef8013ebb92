package tr.bel.izmir.bizizmir.transparency.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset to a stream as it is read, row by row, through a small buffer: an export of
 * any size takes the same memory (DD029). CSV is RFC 4180 (comma, CRLF, double quotes, a header
 * row) in UTF-8 without a byte-order mark; JSON is one object with the metadata first and the
 * rows last. Dates and times are ISO 8601 (times in UTC), amounts plain decimals, booleans
 * {@code true}/{@code false}.
 */
public final class DatasetWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private DatasetWriter() {
    }

    public static void csv(Dataset dataset, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        var format = CSVFormat.RFC4180.builder()
                .setHeader(dataset.columns().stream().map(Column::name).toArray(String[]::new)).get();
        // Not closed: the servlet container owns the response stream.
        var printer = new CSVPrinter(writer, format);
        dataset.rows(values -> {
            for (Object value : values) {
                printer.print(value == null ? null : text(value));
            }
            printer.println();
        });
        printer.flush();
    }

    /**
     * @param metadata properties written before the rows (licence, last update, note...)
     */
    public static void json(Dataset dataset, Map<String, Object> metadata, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        for (var entry : metadata.entrySet()) {
            json.writeFieldName(entry.getKey());
            writeValue(json, entry.getValue());
        }
        json.writeArrayFieldStart("rows");
        List<Column> columns = dataset.columns();
        dataset.rows(values -> {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                json.writeFieldName(columns.get(i).name());
                writeValue(json, values[i]);
            }
            json.writeEndObject();
        });
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (var e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                writeValue(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object o : list) {
                writeValue(json, o);
            }
            json.writeEndArray();
        } else {
            json.writeString(text(value));
        }
    }

    /** A cell as text: ISO 8601 for dates and times, plain notation for decimals. */
    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }
}
