package tr.bel.izmir.bizizmir.voting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Small-group suppression for results per group (per district, per any subgroup), issue 12
 * item 3 and DD010: a group with fewer ballots than the minimum is never shown on its own.
 * <p>
 * Small groups are merged into one "other" group. Because the overall result is public, the
 * other group could be recovered by subtraction, so it must reach the minimum too: while it is
 * below, the smallest shown group joins it (complementary suppression). If every group ends up
 * in "other" (the breakdown would say nothing the overall result does not, or would reveal a
 * small group), the breakdown is withheld.
 */
public final class SmallGroups {

    public enum Outcome {
        /** Every group is large enough and shown. */
        ALL_SHOWN,
        /** Some groups are shown together as "other", which itself has at least the minimum. */
        MERGED,
        /** No breakdown is shown at all. */
        WITHHELD
    }

    /** Which groups are shown on their own (largest first) and which together as "other". */
    public record Split<K>(Outcome outcome, List<K> shown, List<K> merged) {
    }

    private SmallGroups() {
    }

    /**
     * @param sizes   ballots per group (groups without ballots need not be listed)
     * @param minimum the fewest ballots a shown group (or "other") may have; 1 or less shows all
     */
    public static <K extends Comparable<K>> Split<K> split(Map<K, Long> sizes, int minimum) {
        // Largest first; equal sizes in key order, so the same data always gives the same answer.
        Comparator<Map.Entry<K, Long>> bySizeDesc = Map.Entry.<K, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<K, Long>> shown = new ArrayList<>(sizes.entrySet().stream()
                .filter(e -> e.getValue() > 0).sorted(bySizeDesc).toList());
        List<K> merged = new ArrayList<>();
        long other = 0;
        while (!shown.isEmpty() && shown.get(shown.size() - 1).getValue() < minimum) {
            var small = shown.remove(shown.size() - 1);
            merged.add(small.getKey());
            other += small.getValue();
        }
        while (!merged.isEmpty() && other < minimum && !shown.isEmpty()) {
            var smallest = shown.remove(shown.size() - 1);
            merged.add(smallest.getKey());
            other += smallest.getValue();
        }
        if (merged.isEmpty()) {
            return new Split<>(Outcome.ALL_SHOWN, shown.stream().map(Map.Entry::getKey).toList(), List.of());
        }
        if (shown.isEmpty()) {
            return new Split<>(Outcome.WITHHELD, List.of(), List.of());
        }
        return new Split<>(Outcome.MERGED, shown.stream().map(Map.Entry::getKey).toList(), List.copyOf(merged));
    }
}
