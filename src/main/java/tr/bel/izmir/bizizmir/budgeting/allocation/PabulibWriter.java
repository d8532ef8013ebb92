package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes an instance in the pabulib {@code .pb} format that {@link PabulibParser} reads
 * back to an equal instance: META (with its {@code key;value} header) in map order,
 * PROJECTS, VOTES, LF line ends, UTF-8, no byte-order mark.
 *
 * <p>Columns: PROJECTS has {@code project_id;cost}, then {@code votes}, {@code name}
 * and {@code selected} when any project has them, then the extra columns in first-seen
 * order; VOTES has {@code voter_id;vote}, then {@code points} when ballots have points,
 * then the extra columns. A field is quoted when it holds {@code ;}, a quote, a line
 * break or surrounding spaces, or when it could be mistaken for a section header.
 * Stateless and thread-safe.
 */
public final class PabulibWriter {

    public String write(PbInstance instance) {
        StringBuilder out = new StringBuilder();
        try {
            write(instance, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public void write(PbInstance instance, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(instance, w);
        }
    }

    public void write(PbInstance instance, Appendable out) throws IOException {
        out.append("META\n");
        row(out, List.of("key", "value"));
        for (Map.Entry<String, String> e : instance.meta().entrySet()) {
            row(out, List.of(e.getKey(), e.getValue()));
        }

        out.append("PROJECTS\n");
        List<PbProject> projects = instance.projects();
        boolean votes = any(projects, p -> p.votes() != null);
        boolean names = any(projects, p -> p.name() != null);
        boolean selected = any(projects, p -> p.selected() != null);
        Set<String> projectExtras = extraColumns(projects.stream().map(PbProject::extra).toList());
        List<String> header = new ArrayList<>(List.of("project_id", "cost"));
        if (votes) {
            header.add("votes");
        }
        if (names) {
            header.add("name");
        }
        if (selected) {
            header.add("selected");
        }
        header.addAll(projectExtras);
        row(out, header);
        for (PbProject p : projects) {
            List<String> f = new ArrayList<>(List.of(p.id(), p.cost().toPlainString()));
            if (votes) {
                f.add(p.votes() == null ? "" : p.votes().toString());
            }
            if (names) {
                f.add(p.name() == null ? "" : p.name());
            }
            if (selected) {
                f.add(p.selected() == null ? "" : (p.selected() ? "1" : "0"));
            }
            for (String c : projectExtras) {
                f.add(p.extra().getOrDefault(c, ""));
            }
            row(out, f);
        }

        out.append("VOTES\n");
        List<PbBallot> ballots = instance.ballots();
        boolean points = any(ballots, PbBallot::hasPoints) || instance.voteType().needsPoints();
        Set<String> voteExtras = extraColumns(ballots.stream().map(PbBallot::extra).toList());
        List<String> voteHeader = new ArrayList<>(List.of("voter_id", "vote"));
        if (points) {
            voteHeader.add("points");
        }
        voteHeader.addAll(voteExtras);
        row(out, voteHeader);
        for (PbBallot b : ballots) {
            for (String id : b.projects()) {
                if (id.indexOf(',') >= 0) {
                    throw new IllegalArgumentException("project id " + id + " contains ',' and cannot appear in a vote list");
                }
            }
            List<String> f = new ArrayList<>(List.of(b.voterId(), String.join(",", b.projects())));
            if (points) {
                f.add(b.hasPoints()
                        ? b.points().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","))
                        : "");
            }
            for (String c : voteExtras) {
                f.add(b.extra().getOrDefault(c, ""));
            }
            row(out, f);
        }
    }

    private static <T> boolean any(List<T> items, Predicate<T> test) {
        return items.stream().anyMatch(test);
    }

    private static Set<String> extraColumns(List<Map<String, String>> extras) {
        Set<String> columns = new LinkedHashSet<>();
        extras.forEach(m -> columns.addAll(m.keySet()));
        return columns;
    }

    private static void row(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quoteIfNeeded(fields.get(i), fields.size() == 1));
        }
        out.append('\n');
    }

    private static String quoteIfNeeded(String value, boolean alone) {
        boolean needs = value.indexOf(';') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || !value.equals(value.trim())
                || (alone && value.isEmpty());
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
