package tr.bel.izmir.bizizmir.neighbourhood;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.internal.DistrictRepository;
import tr.bel.izmir.bizizmir.neighbourhood.internal.NeighbourhoodRepository;
import tr.bel.izmir.bizizmir.shared.Csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Imports the neighbourhood list from CSV ({@code district;neighbourhood[;population]},
 * {@code ;} or {@code ,} separated, UTF-8, header row). The whole file is checked first;
 * good rows are then saved in chunks, each chunk in its own transaction, with progress
 * reported after every chunk. Bad rows are reported with their line number and reason and
 * change nothing; rows already present are updated (population) rather than duplicated,
 * so the same file can be imported twice.
 */
@Service
public class NeighbourhoodImport {

    static final int CHUNK = 200;
    static final int MAX_NAME = 120;

    private final DistrictRepository districts;
    private final NeighbourhoodRepository neighbourhoods;
    private final TransactionTemplate tx;

    public NeighbourhoodImport(DistrictRepository districts, NeighbourhoodRepository neighbourhoods,
                               TransactionTemplate tx) {
        this.districts = districts;
        this.neighbourhoods = neighbourhoods;
        this.tx = tx;
    }

    public record Result(int created, int updated, int unchanged, List<Csv.RowError> errors) {
        public int accepted() {
            return created + updated + unchanged;
        }
    }

    @PreAuthorize("hasRole('admin')")
    public Result importCsv(InputStream csv, IntConsumer progressPercent) throws IOException {
        List<Csv.Row> lines = Csv.read(csv);
        List<Csv.RowError> errors = new ArrayList<>();
        List<ParsedRow> rows = parse(lines, errors);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ParsedRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int[] counts = tx.execute(status -> saveChunk(chunk));
            created += counts[0];
            updated += counts[1];
            unchanged += counts[2];
            progressPercent.accept((int) Math.round(100.0 * (from + chunk.size()) / rows.size()));
        }
        if (rows.isEmpty()) {
            progressPercent.accept(100);
        }
        return new Result(created, updated, unchanged, List.copyOf(errors));
    }

    private record ParsedRow(int line, District district, String name, Integer population) {
    }

    private List<ParsedRow> parse(List<Csv.Row> lines, List<Csv.RowError> errors) {
        Map<String, District> districtsByKey = new HashMap<>();
        for (District d : districts.findAll()) {
            districtsByKey.put(TurkishText.key(d.getName()), d);
            districtsByKey.put(d.getCode(), d);
        }
        List<ParsedRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (lines.isEmpty()) {
            errors.add(new Csv.RowError(0, "", "neighbourhoods.import.error.empty-file", List.of()));
            return rows;
        }
        int start = looksLikeHeader(lines.get(0).raw()) ? 1 : 0;
        for (int i = start; i < lines.size(); i++) {
            int lineNo = lines.get(i).line();
            String raw = lines.get(i).raw();
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = lines.get(i).cells();
            if (cells.size() < 2 || cells.size() > 3) {
                errors.add(new Csv.RowError(lineNo, raw, "neighbourhoods.import.error.columns", List.of(cells.size())));
                continue;
            }
            String districtName = cells.get(0).trim();
            String name = cells.get(1).trim();
            District district = districtsByKey.get(TurkishText.key(districtName));
            if (district == null) {
                errors.add(new Csv.RowError(lineNo, raw, "neighbourhoods.import.error.unknown-district", List.of(districtName)));
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new Csv.RowError(lineNo, raw, "neighbourhoods.import.error.empty-name", List.of()));
                continue;
            }
            if (name.length() > MAX_NAME) {
                errors.add(new Csv.RowError(lineNo, raw, "neighbourhoods.import.error.name-too-long", List.of(MAX_NAME)));
                continue;
            }
            Integer population = null;
            if (cells.size() == 3 && !cells.get(2).isBlank()) {
                try {
                    population = Integer.valueOf(cells.get(2).trim().replace(".", "").replace(" ", ""));
                    if (population < 0) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    errors.add(new Csv.RowError(lineNo, raw, "neighbourhoods.import.error.population", List.of(cells.get(2).trim())));
                    continue;
                }
            }
            String key = district.getCode() + "/" + TurkishText.key(name);
            if (!seen.add(key)) {
                errors.add(new Csv.RowError(lineNo, raw, "neighbourhoods.import.error.duplicate", List.of(name, district.getName())));
                continue;
            }
            rows.add(new ParsedRow(lineNo, district, name, population));
        }
        return rows;
    }

    private int[] saveChunk(List<ParsedRow> chunk) {
        int[] counts = new int[3];
        for (ParsedRow row : chunk) {
            Neighbourhood candidate = new Neighbourhood(row.district(), row.name(), row.population());
            var existing = neighbourhoods.findByCode(candidate.getCode());
            if (existing.isEmpty()) {
                neighbourhoods.save(candidate);
                counts[0]++;
            } else if (row.population() != null && !row.population().equals(existing.get().getPopulation())) {
                existing.get().setPopulation(row.population());
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        return counts;
    }

    private static boolean looksLikeHeader(String line) {
        String key = TurkishText.key(line);
        return key.startsWith("district") || key.startsWith("ilce");
    }
}
