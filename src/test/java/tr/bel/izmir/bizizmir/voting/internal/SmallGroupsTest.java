package tr.bel.izmir.bizizmir.voting.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.voting.internal.SmallGroups.Outcome.ALL_SHOWN;
import static tr.bel.izmir.bizizmir.voting.internal.SmallGroups.Outcome.MERGED;
import static tr.bel.izmir.bizizmir.voting.internal.SmallGroups.Outcome.WITHHELD;

class SmallGroupsTest {

    @Test
    void groups_of_at_least_the_minimum_are_all_shown_largest_first() {
        var split = SmallGroups.split(Map.of("Bornova", 10L, "Konak", 40L, "Tire", 12L), 10);
        assertThat(split.outcome()).isEqualTo(ALL_SHOWN);
        assertThat(split.shown()).containsExactly("Konak", "Tire", "Bornova");
        assertThat(split.merged()).isEmpty();
    }

    @Test
    void small_groups_are_merged_into_other_when_other_reaches_the_minimum() {
        var split = SmallGroups.split(Map.of("Konak", 40L, "Tire", 6L, "Kiraz", 4L, "Bayındır", 9L), 10);
        assertThat(split.outcome()).isEqualTo(MERGED);
        assertThat(split.shown()).containsExactly("Konak");
        assertThat(split.merged()).containsExactlyInAnyOrder("Tire", "Kiraz", "Bayındır");
    }

    @Test
    void a_lone_small_group_takes_the_smallest_shown_group_with_it_so_subtraction_reveals_nothing() {
        // Konak 40 and Tire 3 of 55 ballots: showing Konak and Bornova would give Tire as 55 - 52.
        var split = SmallGroups.split(Map.of("Konak", 40L, "Bornova", 12L, "Tire", 3L), 10);
        assertThat(split.outcome()).isEqualTo(MERGED);
        assertThat(split.shown()).containsExactly("Konak");
        assertThat(split.merged()).containsExactlyInAnyOrder("Tire", "Bornova");
    }

    @Test
    void when_everything_would_be_other_the_breakdown_is_withheld() {
        assertThat(SmallGroups.split(Map.of("Konak", 12L, "Tire", 3L), 10).outcome()).isEqualTo(WITHHELD);
        assertThat(SmallGroups.split(Map.of("Tire", 3L), 10).outcome()).isEqualTo(WITHHELD);
        assertThat(SmallGroups.split(Map.of("Tire", 3L, "Kiraz", 8L), 10).outcome()).isEqualTo(WITHHELD);
    }

    @Test
    void one_group_large_enough_is_shown_and_no_ballots_means_nothing_to_show() {
        assertThat(SmallGroups.split(Map.of("Konak", 10L), 10).shown()).containsExactly("Konak");
        assertThat(SmallGroups.split(Map.<String, Long>of(), 10).outcome()).isEqualTo(ALL_SHOWN);
    }

    @Test
    void a_minimum_of_one_shows_every_group() {
        var split = SmallGroups.split(Map.of("Konak", 1L, "Tire", 2L), 1);
        assertThat(split.outcome()).isEqualTo(ALL_SHOWN);
        assertThat(split.shown()).containsExactly("Tire", "Konak");
    }
}
