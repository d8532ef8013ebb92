package tr.bel.izmir.bizizmir.transparency;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Small counts of people are left out, and cannot be recovered from a total (issue 18). */
class SuppressionTest {

    static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void counts_from_one_to_four_are_left_out_and_zero_and_five_are_shown() {
        assertThat(Suppression.suppressed(counts("a", 0, "b", 1, "c", 4, "d", 5, "e", 30), 5)).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void a_single_small_count_takes_the_smallest_other_count_with_it_so_the_total_does_not_give_it_away() {
        assertThat(Suppression.suppressed(counts("a", 3, "b", 7, "c", 6, "d", 0), 5)).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void nothing_is_left_out_when_every_count_is_large_enough() {
        assertThat(Suppression.suppressed(counts("a", 5, "b", 12), 5)).isEmpty();
        assertThat(Suppression.small(4, 5)).isTrue();
        assertThat(Suppression.small(0, 5)).isFalse();
    }

    @Test
    void days_have_one_decimal_and_the_median_and_90th_percentile_follow_the_nearest_rank_rule() {
        assertThat(Days.between(java.time.Instant.parse("2026-03-01T00:00:00Z"), java.time.Instant.parse("2026-03-03T12:00:00Z")))
                .isEqualByComparingTo("2.5");
        List<BigDecimal> days = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(BigDecimal::valueOf).toList();
        assertThat(Days.median(days)).isEqualByComparingTo("5.5");
        assertThat(Days.p90(days)).isEqualByComparingTo("9");
        assertThat(Days.median(List.of())).isNull();
    }
}
