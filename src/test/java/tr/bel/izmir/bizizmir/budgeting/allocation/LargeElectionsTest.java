package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three city-wide pabulib elections (issue 16), gzip-compressed under
 * {@code src/test/resources/pabulib/large/}: Wieliczka 2023 (6,586 voters × 64 projects; the
 * city used Equal Shares), Łódź 2022 (90,494 × 160, approval of up to five) and Wrocław 2015
 * "150–500" (131,778 × 257, one project per ballot).
 *
 * <p>The expected Equal Shares outcomes were computed with the rule as it was before the
 * floating-point core, entirely in exact fractions (4.6 s, 19 s and 1.2 s on this machine);
 * the certified floating-point core must give the same projects in the same order, and decide
 * every core run itself (no exact fallback), or the speed-up would be an accident of the data.
 */
class LargeElectionsTest {

    /** Each file is read once for the class: reading the 3.7 MB files is most of the time. */
    private static final java.util.Map<String, PbInstance> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static PbInstance large(String file) {
        return READ.computeIfAbsent(file, Pb::large);
    }

    @Test
    void wieliczka_equal_shares_is_the_exact_rules_outcome_without_falling_back_to_fractions() {
        assertOutcome(Pb.WIELICZKA, List.of("39", "24", "62", "43", "36", "56", "20", "34", "70", "60", "33", "66",
                "26", "25", "32", "58", "42", "69", "88", "29", "71", "8", "17", "16", "74", "7", "41", "67", "19",
                "9", "61", "6", "54"), 174);
    }

    @Test
    void lodz_equal_shares_is_the_exact_rules_outcome_without_falling_back_to_fractions() {
        assertOutcome(Pb.LODZ, List.of("L105", "L133", "L175", "L038", "L094", "L203", "L160", "L141", "L087",
                "L109", "L207", "L047", "L136", "L029", "L138", "L085", "L187", "L058", "L126", "L115", "L151",
                "L096", "L095", "L028", "L205", "L206", "L014", "L081", "L161", "L025", "L122", "L204", "L031",
                "L060", "L039", "L050", "L102", "L064", "L163", "L113", "L062", "L082", "L197", "L008", "L056",
                "L007", "L053", "L012", "L212", "L185", "L140", "L030", "L213", "L033", "L073"), 82);
    }

    @Test
    void wroclaw_equal_shares_is_the_exact_rules_outcome_without_falling_back_to_fractions() {
        assertOutcome(Pb.WROCLAW, List.of("618", "362", "409", "803", "787", "183", "32", "67", "80", "364", "173",
                "596", "507", "560", "214", "491", "59", "109", "476", "810", "735", "812", "489", "590", "508", "17",
                "617", "245", "450", "504", "90", "457", "275", "2", "43", "195", "400", "706", "292", "241", "188",
                "256", "565", "496", "601", "661"), 41);
    }

    @Test
    void lodz_greedy_reproduces_the_citys_selected_column() {
        PbInstance pb = large(Pb.LODZ);
        List<String> city = pb.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected()))
                .map(PbProject::id).toList();

        assertThat(new GreedyRule().allocate(pb).selected()).containsExactlyInAnyOrderElementsOf(city);
    }

    private static void assertOutcome(String file, List<String> expected, int coreRuns) {
        PbInstance pb = large(file);
        EqualSharesRule.Counters counters = new EqualSharesRule.Counters();

        Allocation result = new EqualSharesRule().allocate(pb, EqualSharesRule.Mode.CERTIFIED_FLOAT, counters);

        assertThat(result.selected()).containsExactlyElementsOf(expected);
        assertThat(result.totalCost()).isLessThanOrEqualTo(pb.budget());
        // As many core runs as the exact rule made: the certified bounds skip just as far.
        assertThat(counters.floatRuns).isEqualTo(coreRuns);
        assertThat(counters.exactRuns).isZero();
    }
}
