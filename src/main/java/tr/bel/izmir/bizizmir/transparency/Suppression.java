package tr.bel.izmir.bizizmir.transparency;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which counts of people a published table leaves out (issue 18, DD029): every count from 1 to
 * the minimum minus one, so a small group is never shown on its own. When exactly one count of
 * a table with a published total is left out, the total would give it away by subtraction, so the
 * smallest other count above zero is left out too (complementary suppression, as in DD010).
 * Zero is shown: it names nobody.
 */
final class Suppression {

    private Suppression() {
    }

    public static <K> Set<K> suppressed(Map<K, Long> counts, int minimum) {
        Set<K> out = new LinkedHashSet<>();
        counts.forEach((k, v) -> {
            if (v != null && v > 0 && v < minimum) {
                out.add(k);
            }
        });
        if (out.size() == 1) {
            counts.entrySet().stream()
                    .filter(e -> !out.contains(e.getKey()) && e.getValue() != null && e.getValue() > 0)
                    .min(Comparator.comparing((Map.Entry<K, Long> e) -> e.getValue()))
                    .ifPresent(e -> out.add(e.getKey()));
        }
        return out;
    }

    /** Whether a single count (a total) must be left out. */
    public static boolean small(long count, int minimum) {
        return count > 0 && count < minimum;
    }
}
