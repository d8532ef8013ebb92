package tr.bel.izmir.bizizmir.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Durations in days with one decimal, and their median and 90th percentile, as the statistics show them. */
public final class Days {

    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);

    private Days() {
    }

    /** Days from one instant to another, one decimal; null when either is missing. */
    public static BigDecimal between(Instant from, Instant to) {
        if (from == null || to == null) {
            return null;
        }
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes()).divide(MINUTES_PER_DAY, 1, RoundingMode.HALF_UP);
    }

    /** The median (mean of the middle two for an even count); null for none. */
    public static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** The 90th percentile by the nearest-rank method (the smallest value at or above 90 % of them); null for none. */
    public static BigDecimal p90(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
