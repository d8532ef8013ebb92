package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy by votes, the rule most cities use: rank projects by support, then walk down
 * the list and fund each project that still fits in what is left of the envelope; a
 * project that does not fit is skipped and the walk goes on, so a cheaper project
 * further down can still be funded.
 *
 * <p>Support is the number of ballots approving the project, or the sum of points for
 * cumulative and scoring ballots (see {@link Tally}); ordinal ballots count every
 * ranked project once. Ties: more votes first, then lower cost, then project id
 * ascending ({@link String#compareTo}, so "10" comes before "9"). A project with no
 * support is never funded, even when money is left: nobody asked for it.
 */
public final class GreedyRule implements AllocationRule {

    @Override
    public Allocation allocate(PbInstance instance) {
        Tally tally = Tally.of(instance);
        List<Integer> selected = new ArrayList<>();
        fill(tally, selected, instance.budget());
        return tally.result(selected);
    }

    /** Adds to {@code selected}, in greedy order, every supported project that fits. */
    static void fill(Tally tally, List<Integer> selected, BigDecimal budget) {
        BigDecimal left = budget;
        for (int p : selected) {
            left = left.subtract(tally.cost(p));
        }
        for (int p : tally.greedyOrder()) {
            if (tally.support[p].signum() <= 0 || selected.contains(p)) {
                continue;
            }
            if (tally.cost(p).compareTo(left) <= 0) {
                selected.add(p);
                left = left.subtract(tally.cost(p));
            }
        }
    }
}
