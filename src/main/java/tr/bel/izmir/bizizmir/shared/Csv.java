package tr.bel.izmir.bizizmir.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The small CSV dialect our imports accept: UTF-8 (BOM tolerated), ';' or ',', quoted cells. */
public final class Csv {

    private Csv() {
    }

    public static List<String> readLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // Excel's byte-order mark
                }
                first = false;
                lines.add(line);
            }
        }
        return lines;
    }

    /** ';' when the first line has one (Turkish Excel's default), ',' otherwise. */
    public static char separatorOf(String firstLine) {
        return firstLine.indexOf(';') >= 0 ? ';' : ',';
    }

    /** Splits one line; double quotes may enclose a cell that contains the separator. */
    public static List<String> splitCells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A refused line of an import: its number, its text and why (a message key and arguments). */
    public record RowError(int line, String content, String messageKey, List<Object> args) {
    }
}
