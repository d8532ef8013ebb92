package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an {@link AllocationRule}.
 *
 * @param selected   funded project ids in the order the rule picked them
 * @param totalCost  sum of the selected projects' costs, never above the budget
 * @param voteCounts for every project (in file order), how many ballots approve it
 *                   (for ranked and points ballots, see {@code docs/allocation-rules.md})
 * @param support    for every project, what greedy ranks by: the vote count, or the
 *                   sum of points for cumulative and scoring ballots
 */
public record Allocation(List<String> selected, BigDecimal totalCost, Map<String, Long> voteCounts,
                         Map<String, BigDecimal> support) {

    public Allocation {
        selected = List.copyOf(selected);
        totalCost = Numbers.normalise(totalCost);
        voteCounts = Collections.unmodifiableMap(new LinkedHashMap<>(voteCounts));
        support = Collections.unmodifiableMap(new LinkedHashMap<>(support));
    }

    public boolean isSelected(String projectId) {
        return selected.contains(projectId);
    }
}
