package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.sample;

/**
 * The three sample elections from pabulib. Expected outcomes were worked out by hand for
 * Zabrze and cross-checked for all three with an independent, unoptimised script
 * (plain per-voter Equal Shares on Python fractions).
 */
class RealElectionsTest {

    private final GreedyRule greedy = new GreedyRule();
    private final EqualSharesRule equalShares = new EqualSharesRule();

    @ParameterizedTest
    @ValueSource(strings = {Pb.ZABRZE, Pb.GDANSK, Pb.KRAKOW})
    void greedy_reproduces_the_citys_selected_column_when_the_file_has_one_and_its_rule_is_greedy(String file) {
        PbInstance pb = sample(file);
        boolean hasSelected = pb.projects().stream().anyMatch(p -> p.selected() != null);
        boolean greedyFile = pb.rule().map("greedy"::equalsIgnoreCase).orElse(false);
        Allocation result = greedy.allocate(pb);
        List<String> citySelected = pb.projects().stream()
                .filter(p -> Boolean.TRUE.equals(p.selected())).map(PbProject::id).toList();

        if (hasSelected && greedyFile) {
            assertThat(result.selected()).containsExactlyInAnyOrderElementsOf(citySelected);
        }
        assertThat(result.totalCost()).isLessThanOrEqualTo(pb.budget());
    }

    @Test
    void krakow_has_a_selected_column_and_greedy_matches_it_exactly() {
        // Ranked ballots of length 3, every ranked project counted once. The city funded
        // 11 projects for 1,391,599 of 1,394,695; 4 (556,500) and 6 (189,000) were skipped
        // for not fitting while cheaper ones below them were funded.
        Allocation result = greedy.allocate(sample(Pb.KRAKOW));

        assertThat(result.selected()).containsExactly("25", "13", "28", "1", "27", "15", "11", "23", "22", "29", "16");
        assertThat(result.totalCost()).isEqualByComparingTo("1391599");
    }

    @Test
    void zabrze_greedy_funds_only_the_traffic_lights() {
        // No selected column, so computed from the votes (one project per ballot):
        // P0006 140 votes, 140,000 -> funded, 15,000 left. P0013 (120 votes, 36,900),
        // P0061 (22, 45,000) and P0060 (7, 143,000) no longer fit; P0042 has no votes.
        Allocation result = greedy.allocate(sample(Pb.ZABRZE));

        assertThat(result.voteCounts()).containsExactly(
                java.util.Map.entry("P0006", 140L), java.util.Map.entry("P0013", 120L),
                java.util.Map.entry("P0042", 0L), java.util.Map.entry("P0060", 7L),
                java.util.Map.entry("P0061", 22L));
        assertThat(result.selected()).containsExactly("P0006");
        assertThat(result.totalCost()).isEqualByComparingTo("140000");
    }

    @Test
    void zabrze_equal_shares_funds_two_smaller_projects_instead() {
        // 289 voters with 155000/289 (about 536.33) each. P0006 needs 140,000 from 140
        // supporters holding 75,087: unaffordable. P0013: 120 x 536.33 >= 36,900, rho 307.5.
        // P0061: 22 supporters hold 11,799 < 45,000. Core: [P0013].
        // Completion: at a share of 1,000 (464 steps up) P0006 becomes affordable and the
        // outcome [P0013, P0006] would cost 176,900 > 155,000, so [P0013] is kept.
        // Greedy fill of the 118,100 left: P0006 does not fit, P0061 (22 votes) does.
        Allocation result = equalShares.allocate(sample(Pb.ZABRZE));

        assertThat(result.selected()).containsExactly("P0013", "P0061");
        assertThat(result.totalCost()).isEqualByComparingTo("81900");
    }

    @Test
    void gdansk_cumulative_greedy_ranks_by_points_and_spends_everything_on_one_road() {
        // Project 11 has the most points (863) and costs the whole 420,000.
        Allocation result = greedy.allocate(sample(Pb.GDANSK));

        assertThat(result.support()).containsEntry("11", new BigDecimal("863")).containsEntry("16", new BigDecimal("641"));
        assertThat(result.selected()).containsExactly("11");
        assertThat(result.totalCost()).isEqualByComparingTo("420000");
    }

    @Test
    void gdansk_equal_shares_spreads_the_budget_over_seven_projects() {
        Allocation result = equalShares.allocate(sample(Pb.GDANSK));

        assertThat(result.selected()).containsExactly("4", "6", "9", "7", "5", "8", "15");
        assertThat(result.totalCost()).isEqualByComparingTo("395400");
    }

    @Test
    void krakow_equal_shares_outcome() {
        Allocation result = equalShares.allocate(sample(Pb.KRAKOW));

        assertThat(result.selected()).containsExactly(
                "29", "10", "16", "21", "25", "17", "24", "23", "27", "11", "15", "22", "1", "18", "28",
                "6", "30", "8");
        assertThat(result.totalCost()).isEqualByComparingTo("1266779");
    }
}
