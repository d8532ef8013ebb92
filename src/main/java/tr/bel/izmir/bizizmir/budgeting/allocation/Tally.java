package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count shared by both rules, so they agree on who supports what.
 *
 * <p>A ballot <em>approves</em> a project when it lists it and, if the ballot carries
 * points, gives it more than zero points. That is the plain meaning for approval
 * ballots; for ordinal ballots every ranked project counts as approved, whatever its
 * rank; for cumulative and scoring ballots every project given points counts as
 * approved. The <em>support</em> greedy ranks by is the number of approving ballots,
 * except for cumulative and scoring ballots, where it is the sum of the points given.
 */
final class Tally {

    final PbInstance instance;
    final List<PbProject> projects;
    final Map<String, Integer> index;
    final long[] votes;
    final BigDecimal[] support;
    /** approvals[v] = indices of the projects voter v approves, ascending, without repeats. */
    final int[][] approvals;

    private Tally(PbInstance instance) {
        this.instance = instance;
        this.projects = instance.projects();
        int m = projects.size();
        this.index = new HashMap<>();
        for (int i = 0; i < m; i++) {
            index.put(projects.get(i).id(), i);
        }
        this.votes = new long[m];
        this.support = new BigDecimal[m];
        java.util.Arrays.fill(support, BigDecimal.ZERO);
        boolean byPoints = instance.voteType().needsPoints();
        List<PbBallot> ballots = instance.ballots();
        this.approvals = new int[ballots.size()][];
        // seenBy[p] = 1 + the last voter who approved p: a repeat within a ballot counts once,
        // without a fresh array per voter (131,778 of them in Wrocław's file).
        int[] seenBy = new int[m];
        int[] approved = new int[m];
        for (int v = 0; v < ballots.size(); v++) {
            Interrupted.check();
            PbBallot b = ballots.get(v);
            int count = 0;
            for (int k = 0; k < b.projects().size(); k++) {
                int p = index.get(b.projects().get(k));
                BigDecimal points = b.hasPoints() ? b.points().get(k) : BigDecimal.ONE;
                if (points.signum() <= 0 || seenBy[p] == v + 1) {
                    continue;
                }
                seenBy[p] = v + 1;
                approved[count++] = p;
                votes[p]++;
                if (byPoints) {
                    support[p] = support[p].add(points);
                }
            }
            int[] sorted = java.util.Arrays.copyOf(approved, count);
            java.util.Arrays.sort(sorted);
            approvals[v] = sorted;
        }
        if (!byPoints) {
            for (int p = 0; p < m; p++) {
                support[p] = BigDecimal.valueOf(votes[p]);
            }
        }
    }

    static Tally of(PbInstance instance) {
        return new Tally(instance);
    }

    BigDecimal cost(int p) {
        return projects.get(p).cost();
    }

    String id(int p) {
        return projects.get(p).id();
    }

    /** The documented tie-break: more votes, then lower cost, then id ascending. */
    int tieBreak(int a, int b) {
        int c = Long.compare(votes[b], votes[a]);
        if (c != 0) {
            return c;
        }
        c = cost(a).compareTo(cost(b));
        if (c != 0) {
            return c;
        }
        return id(a).compareTo(id(b));
    }

    /** Greedy's order: more support first, then {@link #tieBreak}. */
    List<Integer> greedyOrder() {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            order.add(p);
        }
        Comparator<Integer> bySupport = (a, b) -> support[b].compareTo(support[a]);
        order.sort(bySupport.thenComparing(this::tieBreak));
        return order;
    }

    Allocation result(List<Integer> selected) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> ids = new ArrayList<>();
        for (int p : selected) {
            total = total.add(cost(p));
            ids.add(id(p));
        }
        Map<String, Long> voteCounts = new LinkedHashMap<>();
        Map<String, BigDecimal> supportById = new LinkedHashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            voteCounts.put(id(p), votes[p]);
            supportById.put(id(p), Numbers.normalise(support[p]));
        }
        return new Allocation(Collections.unmodifiableList(ids), total, voteCounts, supportById);
    }
}
