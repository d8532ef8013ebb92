package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pabulib {@code .pb} format (Faliszewski et al., arXiv:2012.06539): sections
 * META, PROJECTS and VOTES, fields separated by {@code ;}, optionally double-quoted
 * (a quoted field may hold {@code ;}, line breaks and {@code ""} for a quote).
 *
 * <p>Real files differ in small ways, so the reader accepts: a UTF-8 byte-order mark,
 * CRLF or LF line ends, blank lines, a META section with or without its
 * {@code key;value} header, sections in any order, columns in any order, columns it does
 * not know (kept in {@link PbProject#extra()} / {@link PbBallot#extra()}), trailing
 * empty fields, rows shorter than their header (missing cells read as empty),
 * surrounding spaces around unquoted fields, and numbers written as
 * {@code 155000}, {@code 155000.0}, {@code 155 000} or {@code 155,000}.
 *
 * <p>It refuses, with a {@link PabulibFormatException} naming the line: a missing or
 * repeated section, a missing budget, an unknown vote type, a row with more non-empty
 * fields than its header, a required column missing or empty, a bad number, a
 * duplicate project or voter, a ballot naming a project that PROJECTS does not list,
 * a project listed twice in one ballot, and a points list whose length differs from
 * the vote list, and a number in exponent notation or with more digits than
 * {@link Numbers} accepts. A missing {@code vote_type} is read as approval, the format's most
 * common case. Stateless and thread-safe.
 */
public final class PabulibParser {

    private enum Section { META, PROJECTS, VOTES }

    /** How much of a refused field a message quotes. */
    private static final int SHOWN_LENGTH = 40;

    /** A logical row: its fields and the line it starts on. */
    /** {@code raw} keeps unquoted fields untrimmed, for re-joining a META value split by ';'. */
    private record Row(int line, List<String> fields, List<String> raw, boolean sectionCandidate) {
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private record SectionRows(int headerLine, List<Row> rows) {
    }

    /** A file's election and what was odd about it (see {@link PbWarning}). */
    public record Parsed(PbInstance instance, List<PbWarning> warnings) {
    }

    /** Collects at most {@link PbWarning#MAX} warnings and counts the rest. */
    private static final class Warnings {
        final List<PbWarning> kept = new ArrayList<>();
        int left;

        void add(int line, String key, Object... details) {
            if (kept.size() < PbWarning.MAX) {
                kept.add(new PbWarning(line, key, List.of(details)));
            } else {
                left++;
            }
        }

        List<PbWarning> all(int lastLine) {
            List<PbWarning> out = new ArrayList<>(kept);
            // In the order of the file, whichever pass found them.
            out.sort(java.util.Comparator.comparingInt(PbWarning::line));
            if (left > 0) {
                out.add(new PbWarning(lastLine, PbWarning.MORE, List.of(left)));
            }
            return List.copyOf(out);
        }
    }

    /**
     * The problems of single rows (a bad number, an unknown project, a duplicate id): the file
     * is read on past them, so that all of them can be told at once (the first
     * {@link PabulibFormatException#MAX_FURTHER} + 1, and how many more).
     */
    private static final class Errors {
        PabulibFormatException first;
        final List<PabulibFormatException> further = new ArrayList<>();
        int notListed;

        void add(PabulibFormatException e) {
            if (first == null) {
                first = e;
            } else if (further.size() < PabulibFormatException.MAX_FURTHER) {
                further.add(e);
            } else {
                notListed++;
            }
        }

        boolean none() {
            return first == null;
        }

        void throwIfAny() {
            if (first != null) {
                throw first.withFurther(further, notListed);
            }
        }
    }

    /** Reads a {@code .pb} file, or a gzip-compressed one when its name ends in {@code .gz}. */
    public PbInstance parse(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
                return parse(in);
            }
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public PbInstance parse(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public PbInstance parse(Reader reader) throws IOException {
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        return parse(out.toString());
    }

    public PbInstance parse(String text) {
        return parseWithWarnings(text).instance();
    }

    /** Like {@link #parse(String)}, also saying what was odd but accepted. */
    public Parsed parseWithWarnings(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Warnings warnings = new Warnings();
        int lastLine = lastLine(text);
        // Only the sections keep the rows, so VOTES can let go of each one once it is read.
        Map<Section, SectionRows> sections = split(tokenize(text, warnings));
        // Sections are read in their logical order, each checked for presence just
        // before use, so a broken META line is reported before a missing VOTES at the end.
        SectionRows metaRows = section(sections, Section.META, lastLine);
        Map<String, String> meta = readMeta(metaRows, warnings);
        BigDecimal budget = readBudget(meta, metaRows);
        VoteType voteType = readVoteType(meta, metaRows);
        Errors errors = new Errors();
        Set<String> unreadable = new HashSet<>();
        if (budget.signum() == 0) {
            warnings.add(metaLine(metaRows, "budget"), PbWarning.ZERO_BUDGET);
        }
        List<PbProject> projects = readProjects(section(sections, Section.PROJECTS, lastLine), budget, errors,
                unreadable, warnings);
        List<PbBallot> ballots = readVotes(section(sections, Section.VOTES, lastLine), projects, unreadable, voteType,
                warnings, errors);
        errors.throwIfAny();
        checkCount(meta, metaRows, "num_projects", projects.size(), warnings);
        checkCount(meta, metaRows, "num_votes", ballots.size(), warnings);
        return new Parsed(new PbInstance(meta, budget, voteType, projects, ballots), warnings.all(lastLine));
    }

    /** META's own count of projects or voters, when it has one, against what the sections hold. */
    private static void checkCount(Map<String, String> meta, SectionRows section, String key, int counted,
                                   Warnings warnings) {
        String raw = meta.get(key);
        if (raw == null || raw.isBlank()) {
            return;
        }
        Numbers.parse(raw).ifPresent(n -> {
            if (n.compareTo(java.math.BigDecimal.valueOf(counted)) != 0) {
                warnings.add(metaLine(section, key), PbWarning.META_COUNT, key, raw.trim(), counted);
            }
        });
    }

    private static SectionRows section(Map<Section, SectionRows> sections, Section wanted, int lastLine) {
        SectionRows rows = sections.get(wanted);
        if (rows == null) {
            throw new PabulibFormatException(lastLine, PabulibFormatException.MISSING_SECTION, wanted.name());
        }
        return rows;
    }

    private static int lastLine(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        // A final line break does not start a new line of content.
        boolean endsWithBreak = !text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"));
        return endsWithBreak ? lines - 1 : lines;
    }

    // ---------------------------------------------------------------- tokenizer

    private static List<Row> tokenize(String text, Warnings warnings) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean fieldWasQuoted = false;
        int closedAt = -1;
        boolean anyQuoted = false;
        int strayQuoteLine = -1;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                        closedAt = field.length();
                    }
                } else {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        field.append('\n');
                        i++;
                        line++;
                    } else {
                        if (c == '\n' || c == '\r') {
                            line++;
                            c = '\n';
                        }
                        field.append(c);
                    }
                }
                continue;
            }
            if (c == '"' && field.toString().isBlank() && !fieldWasQuoted) {
                // Only a quote opening a field starts quoting; elsewhere it is literal, as in
                // Python's csv module that produced most pabulib files.
                field.setLength(0);
                inQuotes = true;
                fieldWasQuoted = true;
                anyQuoted = true;
                quoteLine = line;
            } else if (c == ';') {
                fields.add(finish(field, fieldWasQuoted, closedAt));
                raw.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                closedAt = -1;
            } else if (c == '\n' || c == '\r') {
                Interrupted.check();
                if ((line & 4095) == 0) {
                    Progress.report(Progress.Step.READING, i, n);
                }
                fields.add(finish(field, fieldWasQuoted, closedAt));
                raw.add(field.toString());
                addRow(rows, rowLine, fields, raw, anyQuoted);
                fields = new ArrayList<>();
                raw = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                closedAt = -1;
                anyQuoted = false;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                rowLine = line;
            } else {
                if (c == '"' && !fieldWasQuoted) {
                    // Read literally, as Python's csv module does; said once per line.
                    if (strayQuoteLine != line) {
                        warnings.add(line, PbWarning.STRAY_QUOTE);
                        strayQuoteLine = line;
                    }
                }
                field.append(c);
            }
        }
        if (inQuotes) {
            throw new PabulibFormatException(quoteLine, PabulibFormatException.UNTERMINATED_QUOTE);
        }
        fields.add(finish(field, fieldWasQuoted, closedAt));
        raw.add(field.toString());
        addRow(rows, rowLine, fields, raw, anyQuoted);
        return rows;
    }

    private static String finish(StringBuilder field, boolean quoted, int closedAt) {
        if (!quoted) {
            return field.toString().trim();
        }
        // A quoted field keeps its exact spelling; spaces between the closing quote and
        // the separator are layout, other text there is kept as the csv module does.
        String text = field.toString();
        if (closedAt >= 0 && text.substring(closedAt).isBlank()) {
            return text.substring(0, closedAt);
        }
        return text;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields, List<String> raw, boolean anyQuoted) {
        boolean blank = !anyQuoted && fields.stream().allMatch(String::isEmpty);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields), List.copyOf(raw), !anyQuoted && fields.size() == 1));
        }
    }

    // ---------------------------------------------------------------- sections

    private static Map<Section, SectionRows> split(List<Row> rows) {
        Map<Section, SectionRows> sections = new EnumMap<>(Section.class);
        List<Row> current = null;
        for (Row row : rows) {
            Section s = row.sectionCandidate() ? sectionNamed(row.field(0)) : null;
            if (s != null) {
                if (sections.containsKey(s)) {
                    throw new PabulibFormatException(row.line(), PabulibFormatException.DUPLICATE_SECTION, s.name());
                }
                current = new ArrayList<>();
                sections.put(s, new SectionRows(row.line(), current));
            } else if (current == null) {
                throw new PabulibFormatException(row.line(), PabulibFormatException.OUTSIDE_SECTION);
            } else {
                current.add(row);
            }
        }
        return sections;
    }

    private static Section sectionNamed(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Section s : Section.values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- META

    private static Map<String, String> readMeta(SectionRows section, Warnings warnings) {
        Map<String, String> meta = new LinkedHashMap<>();
        List<Row> rows = section.rows();
        int start = 0;
        if (!rows.isEmpty() && rows.get(0).field(0).equalsIgnoreCase("key")
                && rows.get(0).field(1).equalsIgnoreCase("value")) {
            start = 1;
        } else {
            warnings.add(section.headerLine(), PbWarning.META_HEADER);
        }
        for (int i = start; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.fields().size() < 2) {
                throw new PabulibFormatException(row.line(), PabulibFormatException.COLUMNS, row.fields().size(), 2, "META");
            }
            List<String> f = withoutTrailingEmpties(row.fields());
            // An unquoted ';' inside a description splits it; the value is everything after the key.
            String value = f.size() <= 1 ? ""
                    : f.size() == 2 ? f.get(1)
                    : String.join(";", row.raw().subList(1, f.size())).trim();
            if (meta.put(f.get(0).trim(), value) != null) {
                warnings.add(row.line(), PbWarning.DUPLICATE_META, f.get(0).trim());
            }
        }
        return meta;
    }

    private static BigDecimal readBudget(Map<String, String> meta, SectionRows section) {
        String raw = meta.get("budget");
        if (raw == null || raw.isBlank()) {
            throw new PabulibFormatException(section.headerLine(), PabulibFormatException.MISSING_BUDGET);
        }
        int line = metaLine(section, "budget");
        BigDecimal budget = number(raw, "budget", line);
        if (budget.signum() < 0) {
            throw new PabulibFormatException(line, PabulibFormatException.NEGATIVE_NUMBER, "budget", shown(raw));
        }
        return budget;
    }

    private static VoteType readVoteType(Map<String, String> meta, SectionRows section) {
        String raw = meta.get("vote_type");
        if (raw == null || raw.isBlank()) {
            return VoteType.APPROVAL;
        }
        return VoteType.fromPabulib(raw).orElseThrow(() ->
                new PabulibFormatException(metaLine(section, "vote_type"), PabulibFormatException.VOTE_TYPE, raw));
    }

    private static int metaLine(SectionRows section, String key) {
        // The last one wins in the map, so report the last one.
        int line = section.headerLine();
        for (Row row : section.rows()) {
            if (row.field(0).equals(key)) {
                line = row.line();
            }
        }
        return line;
    }

    // ---------------------------------------------------------------- PROJECTS

    /**
     * The projects; a row that cannot be read goes to {@code errors}, and its id (when it has one)
     * to {@code unreadable}, so that ballots naming it are not refused a second time for it.
     * Projects no rule can fund (dearer than the whole budget) and a selected column that spends
     * more than the budget are found in real files: read, with a warning each (none per project
     * for a budget of 0, which is said once).
     */
    private static List<PbProject> readProjects(SectionRows section, BigDecimal budget, Errors errors,
                                                Set<String> unreadable, Warnings warnings) {
        List<Row> rows = section.rows();
        if (rows.isEmpty()) {
            throw new PabulibFormatException(section.headerLine(), PabulibFormatException.MISSING_COLUMN, "PROJECTS", "project_id");
        }
        Row header = rows.get(0);
        List<String> columns = columnNames(header);
        int idCol = require(columns, "project_id", "PROJECTS", header);
        int costCol = require(columns, "cost", "PROJECTS", header);
        int nameCol = columns.indexOf("name");
        int votesCol = columns.indexOf("votes");
        int selectedCol = columns.indexOf("selected");
        List<PbProject> projects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BigDecimal selected = BigDecimal.ZERO;
        for (Row row : rows.subList(1, rows.size())) {
            String id = null;
            try {
                List<String> f = fitToHeader(row, columns.size(), "PROJECTS");
                id = required(f, idCol, columns, row);
                if (!ids.add(id)) {
                    throw new PabulibFormatException(row.line(), PabulibFormatException.DUPLICATE_PROJECT, id);
                }
                PbProject project = project(f, row, columns, idCol, costCol, nameCol, votesCol, selectedCol);
                projects.add(project);
                if (budget.signum() > 0 && project.cost().compareTo(budget) > 0) {
                    warnings.add(row.line(), PbWarning.OVER_BUDGET, id, project.cost(), budget);
                }
                if (Boolean.TRUE.equals(project.selected())) {
                    selected = selected.add(project.cost());
                }
            } catch (PabulibFormatException e) {
                errors.add(e);
                if (id != null) {
                    unreadable.add(id);
                }
            }
        }
        if (budget.signum() > 0 && selected.compareTo(budget) > 0) {
            warnings.add(section.headerLine(), PbWarning.SELECTED_OVER_BUDGET, selected, budget);
        }
        return projects;
    }

    private static PbProject project(List<String> f, Row row, List<String> columns, int idCol, int costCol,
                                     int nameCol, int votesCol, int selectedCol) {
        String id = f.get(idCol);
        BigDecimal cost = nonNegative(required(f, costCol, columns, row), "cost", row);
        String name = nameCol >= 0 ? f.get(nameCol) : null;
        Long votes = null;
        if (votesCol >= 0 && !f.get(votesCol).isEmpty()) {
            votes = wholeNumber(f.get(votesCol), "votes", row);
        }
        Boolean selected = null;
        if (selectedCol >= 0 && !f.get(selectedCol).isEmpty()) {
            selected = flag(f.get(selectedCol), row);
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (c != idCol && c != costCol && c != nameCol && c != votesCol && c != selectedCol) {
                extra.put(columns.get(c), f.get(c));
            }
        }
        return new PbProject(id, cost, name, votes, selected, extra);
    }

    private static boolean flag(String raw, Row row) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes")) {
            return true;
        }
        if (v.equals("false") || v.equals("no")) {
            return false;
        }
        // Some exports mark winners with 1 and others with 1.0; anything non-zero is selected.
        BigDecimal n = number(v, "selected", row.line());
        return n.signum() != 0;
    }

    // ---------------------------------------------------------------- VOTES

    private static List<PbBallot> readVotes(SectionRows section, List<PbProject> projects, Set<String> unreadable,
                                            VoteType voteType, Warnings warnings, Errors errors) {
        List<Row> rows = section.rows();
        if (rows.isEmpty()) {
            // A header-only or empty VOTES section is an election nobody voted in.
            return List.of();
        }
        Row header = rows.get(0);
        List<String> columns = columnNames(header);
        int voterCol = require(columns, "voter_id", "VOTES", header);
        int voteCol = require(columns, "vote", "VOTES", header);
        int pointsCol = columns.indexOf("points");
        if (voteType.needsPoints() && pointsCol < 0) {
            throw new PabulibFormatException(header.line(), PabulibFormatException.MISSING_COLUMN, "VOTES", "points");
        }
        // Ballots share the project's own id string instead of each keeping a copy.
        Map<String, String> projectIds = new java.util.HashMap<>();
        projects.forEach(p -> projectIds.put(p.id(), p.id()));
        Set<String> voters = new HashSet<>();
        List<PbBallot> ballots = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            // A read row is not needed again: a million-voter file keeps one form of each ballot.
            rows.set(r, null);
            Interrupted.check();
            try {
                PbBallot ballot = ballot(row, columns, voterCol, voteCol, pointsCol, projectIds, unreadable, voters,
                        warnings);
                if (errors.none()) {
                    ballots.add(ballot); // once a row is refused, the ballots are not needed any more
                }
            } catch (PabulibFormatException e) {
                errors.add(e);
            }
        }
        return ballots;
    }

    private static PbBallot ballot(Row row, List<String> columns, int voterCol, int voteCol, int pointsCol,
                                   Map<String, String> projectIds, Set<String> unreadable, Set<String> voters,
                                   Warnings warnings) {
        List<String> f = fitToHeader(row, columns.size(), "VOTES");
        String voter = required(f, voterCol, columns, row);
        if (!voters.add(voter)) {
            throw new PabulibFormatException(row.line(), PabulibFormatException.DUPLICATE_VOTER, voter);
        }
        List<String> vote = list(f.get(voteCol));
        for (int k = 0; k < vote.size(); k++) {
            String id = projectIds.get(vote.get(k));
            if (id == null && unreadable.contains(vote.get(k))) {
                id = vote.get(k); // its PROJECTS row is refused already; the file is refused anyway
            }
            if (id == null) {
                throw new PabulibFormatException(row.line(), PabulibFormatException.UNKNOWN_PROJECT, voter, vote.get(k));
            }
            vote.set(k, id);
        }
        List<BigDecimal> points = null;
        if (pointsCol >= 0) {
            points = new ArrayList<>();
            for (String p : list(f.get(pointsCol))) {
                points.add(number(p, "points", row.line()));
            }
            if (points.size() != vote.size()) {
                throw new PabulibFormatException(row.line(), PabulibFormatException.POINTS_LENGTH,
                        voter, vote.size(), points.size());
            }
        }
        if (new HashSet<>(vote).size() < vote.size()) {
            // The reference tools read a ballot as a set: a project listed twice counts once.
            // The first mention (and its points) stays.
            List<String> once = new ArrayList<>();
            List<BigDecimal> oncePoints = points == null ? null : new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < vote.size(); k++) {
                if (seen.add(vote.get(k))) {
                    once.add(vote.get(k));
                    if (oncePoints != null) {
                        oncePoints.add(points.get(k));
                    }
                } else {
                    warnings.add(row.line(), PbWarning.DUPLICATE_VOTE, voter, vote.get(k));
                }
            }
            vote = once;
            points = oncePoints;
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (c != voterCol && c != voteCol && c != pointsCol) {
                extra.put(columns.get(c), f.get(c));
            }
        }
        return new PbBallot(voter, vote, points, extra);
    }

    private static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        if (cell.isBlank()) {
            return items;
        }
        for (String part : cell.split(",", -1)) {
            String t = part.trim();
            if (!t.isEmpty()) {
                items.add(t);
            }
        }
        return items;
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> columnNames(Row header) {
        List<String> names = new ArrayList<>();
        for (String f : withoutTrailingEmpties(header.fields())) {
            names.add(f.trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static int require(List<String> columns, String name, String section, Row header) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new PabulibFormatException(header.line(), PabulibFormatException.MISSING_COLUMN, section, name);
        }
        return i;
    }

    /**
     * Extra fields are refused unless empty (trailing ';'), since they mean the row and
     * its header disagree about the columns. Missing trailing fields are read as empty:
     * some exports drop empty optional cells at the end of a row.
     */
    private static List<String> fitToHeader(Row row, int width, String section) {
        List<String> f = row.fields();
        if (f.size() > width) {
            List<String> trimmed = withoutTrailingEmpties(f);
            if (trimmed.size() > width) {
                throw new PabulibFormatException(row.line(), PabulibFormatException.COLUMNS, trimmed.size(), width, section);
            }
            return f.subList(0, width);
        }
        if (f.size() < width) {
            List<String> padded = new ArrayList<>(f);
            while (padded.size() < width) {
                padded.add("");
            }
            return padded;
        }
        return f;
    }

    private static List<String> withoutTrailingEmpties(List<String> fields) {
        int end = fields.size();
        while (end > 0 && fields.get(end - 1).isEmpty()) {
            end--;
        }
        return fields.subList(0, end);
    }

    private static String required(List<String> f, int col, List<String> columns, Row row) {
        String v = f.get(col);
        if (v.isEmpty()) {
            throw new PabulibFormatException(row.line(), PabulibFormatException.MISSING_VALUE, columns.get(col));
        }
        return v;
    }

    private static BigDecimal nonNegative(String raw, String column, Row row) {
        BigDecimal n = number(raw, column, row.line());
        if (n.signum() < 0) {
            throw new PabulibFormatException(row.line(), PabulibFormatException.NEGATIVE_NUMBER, column, shown(raw));
        }
        return n;
    }

    /** A number of the file, or the reason it is refused at its line (see {@link Numbers}). */
    private static BigDecimal number(String raw, String column, int line) {
        Numbers.Reading reading = Numbers.read(raw);
        if (reading.value() != null) {
            return reading.value();
        }
        throw switch (reading.refusal()) {
            case EXPONENT -> new PabulibFormatException(line, PabulibFormatException.NUMBER_EXPONENT, column, shown(raw));
            case TOO_MANY_DIGITS -> new PabulibFormatException(line, PabulibFormatException.NUMBER_TOO_LONG, column,
                    shown(raw), Numbers.MAX_INTEGER_DIGITS, Numbers.MAX_FRACTION_DIGITS);
            case NOT_A_NUMBER -> new PabulibFormatException(line, PabulibFormatException.BAD_NUMBER, column, shown(raw));
        };
    }

    /** A field as quoted in a message: a 400 000-digit "number" is not repeated in full. */
    private static String shown(String raw) {
        String t = raw.trim();
        return t.length() <= SHOWN_LENGTH ? t : t.substring(0, SHOWN_LENGTH) + "…";
    }

    private static long wholeNumber(String raw, String column, Row row) {
        BigDecimal n = nonNegative(raw, column, row);
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new PabulibFormatException(row.line(), PabulibFormatException.BAD_NUMBER, column, raw);
        }
    }
}
