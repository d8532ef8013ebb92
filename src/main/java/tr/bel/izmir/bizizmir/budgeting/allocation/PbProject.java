package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a pabulib PROJECTS section.
 *
 * @param id       the {@code project_id}, compared as a string everywhere
 * @param cost     non-negative, trailing zeros stripped so 155000 and 155000.0 are equal
 * @param name     {@code null} when the file has no name for it
 * @param votes    the file's own {@code votes} column, {@code null} when absent; the
 *                 allocation rules recount from the ballots and never trust this
 * @param selected the file's {@code selected} column, {@code null} when absent
 * @param extra    every other column (category, target, score, ...) in file order;
 *                 empty cells are left out
 */
public record PbProject(String id, BigDecimal cost, String name, Long votes, Boolean selected,
                        Map<String, String> extra) {

    public PbProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("cost must not be negative: " + cost);
        }
        cost = Numbers.normalise(cost);
        if (name != null && name.isEmpty()) {
            name = null;
        }
        extra = nonEmptyCopy(extra);
    }

    public PbProject(String id, BigDecimal cost) {
        this(id, cost, null, null, null, Map.of());
    }

    public Optional<String> optionalName() {
        return Optional.ofNullable(name);
    }

    public Optional<Boolean> optionalSelected() {
        return Optional.ofNullable(selected);
    }

    static Map<String, String> nonEmptyCopy(Map<String, String> source) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (source != null) {
            source.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    copy.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }
}
