package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Equal Shares core of {@link EqualSharesRule}, computed in floating point with
 * guaranteed bounds ({@link Interval}) instead of exact fractions, and certified: every
 * comparison that decides the outcome (which project wins a round, who pays all they have,
 * which project is unaffordable, the payment cap's split into poorer and richer supporters)
 * is taken only when the bounds of the two sides do not overlap, or both sides are the same
 * exact number. Otherwise the run gives up ({@link Uncertain}) and the rule reruns that share
 * in exact fractions. So whenever this core answers, it answers what the exact core would:
 * the same projects in the same order, and a stable range that is never wider than the exact
 * one (a lower bound of it), so the completion never skips a share it should have run.
 *
 * <p>Speed comes from three things besides the floating point: identical ballots are one
 * <em>ballot type</em> with a weight (a city-wide file has far fewer distinct ballots than
 * voters: Wrocław 2015's 131,778 voters cast 257); each project keeps the list of voter
 * groups that support it, so a payment cap looks only at those; and a group whose money is
 * exactly zero leaves every list (it only counts as a supporter who pays nothing).
 *
 * <p>The structure mirrors the exact core line by line; see {@code EqualSharesRule} for why
 * each recorded comparison is needed and why the others are not.
 */
final class IntervalCore {

    /** Bounds too wide to decide a comparison: the caller computes this share exactly. */
    static final class Uncertain extends RuntimeException {
        Uncertain() {
            super("floating-point bounds overlap", null, false, false);
        }
    }

    private static final Uncertain UNCERTAIN = new Uncertain();

    /** A core run's outcome and the share up to which (not included) it stays the same. */
    record Result(List<Integer> funded, double stableBelow) {
    }

    private final Tally tally;
    private final EqualSharesRule.Utility utility;
    private final int m;
    /** Distinct approval sets: approvals and how many voters cast each. */
    private final int[][] typeApprovals;
    private final int[] typeWeight;
    /** typesApproving[p] = the ballot types that approve project p. */
    private final int[][] typesApproving;
    private final Interval[] costs;
    private final boolean[] freeProject;
    /** Numbers payment-cap computations, for {@link Group#poor}. */
    private long evaluation;

    IntervalCore(Tally tally, EqualSharesRule.Utility utility) {
        this.tally = tally;
        this.utility = utility;
        this.m = tally.projects.size();
        Map<IntArray, Integer> index = new HashMap<>();
        List<int[]> approvals = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int[] ballot : tally.approvals) {
            Interrupted.check();
            Integer t = index.putIfAbsent(new IntArray(ballot), approvals.size());
            if (t == null) {
                approvals.add(ballot);
                weights.add(1);
            } else {
                weights.set(t, weights.get(t) + 1);
            }
        }
        this.typeApprovals = approvals.toArray(new int[0][]);
        this.typeWeight = weights.stream().mapToInt(Integer::intValue).toArray();
        int[] count = new int[m];
        for (int[] approved : typeApprovals) {
            for (int p : approved) {
                count[p]++;
            }
        }
        this.typesApproving = new int[m][];
        for (int p = 0; p < m; p++) {
            typesApproving[p] = new int[count[p]];
            count[p] = 0;
        }
        for (int t = 0; t < typeApprovals.length; t++) {
            for (int p : typeApprovals[t]) {
                typesApproving[p][count[p]++] = t;
            }
        }
        this.costs = new Interval[m];
        this.freeProject = new boolean[m];
        for (int p = 0; p < m; p++) {
            costs[p] = Interval.constant(Fraction.of(tally.cost(p)));
            freeProject[p] = tally.cost(p).signum() == 0;
        }
    }

    /** How many distinct ballots the election has (for the benchmark's notes). */
    int ballotTypes() {
        return typeApprovals.length;
    }

    private record IntArray(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntArray other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /**
     * Voters who have paid the same so far, so have the same money. Which ballot types belong
     * to it is kept the other way round, in {@code groupOf} of the run.
     */
    private static final class Group {
        Interval money;
        int size;
        /** approving[p] = how many members approve project p. */
        int[] approving;
        boolean dead;
        /** While a winner is charged: the new group its paying members move to. */
        Group payers;
        /** Marks the group as paying all it has in the payment cap being computed. */
        long poor;

        Group(Interval money, int size, int[] approving) {
            this.money = money;
            this.size = size;
            this.approving = approving;
        }
    }

    /** The stable-range bookkeeping of one run, in the share's units. */
    private static final class Run {
        final double shareLo;
        final double shareHi;
        double stableBelow = Double.POSITIVE_INFINITY;

        Run(double shareLo, double shareHi) {
            this.shareLo = shareLo;
            this.shareHi = shareHi;
        }

        /**
         * The sign of {@code x - y} at this share, certain or {@link Uncertain}; narrows the
         * stable range to a lower bound of the share at which the sign could change.
         */
        int compare(Interval x, Interval y) {
            int sign = sign(x, y);
            if (sign == 0) {
                if (!(x.slopeLo == x.slopeHi && y.slopeLo == y.slopeHi && x.slopeLo == y.slopeLo)) {
                    narrow(shareLo); // equal here; maybe different for any larger share
                }
                return 0;
            }
            // gap: how far apart at least; rate: how fast at most they approach each other.
            double gap = sign > 0 ? Interval.addDown(x.lo, -y.hi) : Interval.addDown(y.lo, -x.hi);
            double rate = sign > 0 ? Interval.addUp(y.slopeHi, -x.slopeLo) : Interval.addUp(x.slopeHi, -y.slopeLo);
            if (rate > 0) {
                narrow(Interval.addDown(shareLo, Interval.divDown(Math.max(gap, 0), rate)));
            }
            return sign;
        }

        private void narrow(double bound) {
            if (bound < stableBelow) {
                stableBelow = bound;
            }
        }
    }

    /** The certain sign of {@code x - y} at this share; throws when the bounds overlap. */
    static int sign(Interval x, Interval y) {
        if (x.lo > y.hi) {
            return 1;
        }
        if (x.hi < y.lo) {
            return -1;
        }
        if (x.lo == x.hi && y.lo == y.hi && x.lo == y.lo) {
            return 0;
        }
        throw UNCERTAIN;
    }

    Result run(Fraction share) {
        Interval start = Interval.startingShare(share);
        Run run = new Run(start.lo, start.hi);
        List<Integer> funded = new ArrayList<>();

        int[] approving = new int[m];
        for (int p = 0; p < m; p++) {
            approving[p] = (int) tally.votes[p];
        }
        Group everyone = new Group(start, tally.approvals.length, approving);
        Group[] groupOf = new Group[typeApprovals.length];
        Arrays.fill(groupOf, everyone);
        @SuppressWarnings("unchecked")
        List<Group>[] supporting = new List[m];
        int[] penniless = new int[m];
        Interval[] lowerBound = new Interval[m];
        boolean[] candidate = new boolean[m];
        for (int p = 0; p < m; p++) {
            supporting[p] = new ArrayList<>();
            if (tally.votes[p] > 0) {
                supporting[p].add(everyone);
            }
            lowerBound[p] = Interval.ZERO;
            candidate[p] = tally.votes[p] > 0;
        }
        if (everyone.money.isExactZero()) {
            kill(everyone, supporting, penniless);
        }
        // Where members who pay all they have go: their counts add straight to penniless.
        Group graveyard = new Group(Interval.ZERO, 0, penniless);
        graveyard.dead = true;

        Integer[] order = new Integer[m];
        while (true) {
            Interrupted.check();
            int count = 0;
            for (int p = 0; p < m; p++) {
                if (candidate[p]) {
                    order[count++] = p;
                }
            }
            // Evaluation order saves work only; ties in it are harmless.
            Arrays.sort(order, 0, count, (a, b) -> {
                int c = Double.compare(lowerBound[a].lo, lowerBound[b].lo);
                return c != 0 ? c : tally.tieBreak(a, b);
            });
            int best = -1;
            Interval bestCriterion = null;
            Interval bestRho = null;
            int evaluatedUpTo = count;
            for (int i = 0; i < count; i++) {
                int p = order[i];
                if (bestCriterion != null && lowerBound[p].lo > bestCriterion.hi) {
                    evaluatedUpTo = i;
                    break;
                }
                Interval rho = rho(run, supporting[p], penniless[p], p);
                if (rho == null) {
                    candidate[p] = false;
                    order[i] = -1;
                    continue;
                }
                Interval criterion = utility == EqualSharesRule.Utility.APPROVAL || freeProject[p]
                        ? rho : rho.divide(costs[p]);
                lowerBound[p] = criterion;
                int c = bestCriterion == null ? -1 : sign(criterion, bestCriterion);
                if (c < 0 || (c == 0 && tally.tieBreak(p, best) < 0)) {
                    best = p;
                    bestCriterion = criterion;
                    bestRho = rho;
                }
            }
            if (best < 0) {
                return new Result(funded, run.stableBelow);
            }
            for (int i = 0; i < count; i++) {
                int p = order[i];
                if (p >= 0 && p != best && (i < evaluatedUpTo || candidate[p])) {
                    run.compare(lowerBound[p], bestCriterion);
                }
            }
            funded.add(best);
            candidate[best] = false;
            charge(run, supporting, penniless, groupOf, graveyard, best, bestRho);
        }
    }

    /**
     * The payment cap of {@code project} at this share, or {@code null} when its supporters
     * cannot afford it together. {@code penniless} supporters have exactly nothing left.
     */
    private Interval rho(Run run, List<Group> groups, int penniless, int project) {
        Interrupted.check();
        Interval cost = costs[project];
        long supporters = tally.votes[project] - penniless;
        if (freeProject[project]) {
            // Costs nothing: the exact core's first supporter already covers it at a cap of 0.
            return Interval.ZERO;
        }
        int live = 0;
        Interval total = Interval.ZERO;
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            int k = g.dead ? 0 : g.approving[project];
            if (k == 0) {
                continue;
            }
            groups.set(live++, g);
            total = total.add(g.money.multiply(k));
        }
        if (live < groups.size()) {
            groups.subList(live, groups.size()).clear();
        }
        if (sign(total, cost) < 0) {
            if (live > 0) {
                run.compare(total, cost);
            }
            return null;
        }
        // Water-filling: a supporter pays all they have when that is less than the equal split
        // of what the others leave. Each pass adds the groups certainly below the current split
        // (which never exceeds the cap, so they are truly among those paying all), until a pass
        // adds none; then every other group must certainly hold at least the split, or the
        // bounds cannot decide. Usually two or three passes; many means finely graded money,
        // where sorting once is cheaper.
        long stamp = ++evaluation;
        Interval paid = Interval.ZERO;
        long rest = supporters;
        Interval even = cost.divide(rest);
        for (int pass = 0; ; pass++) {
            boolean added = false;
            for (int i = 0; i < live; i++) {
                Group g = groups.get(i);
                if (g.poor != stamp && g.money.hi < even.lo) {
                    g.poor = stamp;
                    int k = g.approving[project];
                    paid = paid.add(g.money.multiply(k));
                    rest -= k;
                    added = true;
                }
            }
            if (!added) {
                break;
            }
            if (rest == 0 || pass == MAX_PASSES) {
                return rhoSorted(groups, project, cost, supporters);
            }
            even = cost.subtract(paid).divide(rest);
        }
        for (int i = 0; i < live; i++) {
            Group g = groups.get(i);
            if (g.poor != stamp && even.hi > g.money.lo) {
                return rhoSorted(groups, project, cost, supporters);
            }
        }
        return even;
    }

    /** Water-filling gives up after this many passes and sorts instead. */
    private static final int MAX_PASSES = 6;

    /** The payment cap by sorting the groups by money; throws when the bounds cannot decide. */
    private static Interval rhoSorted(List<Group> groups, int project, Interval cost, long supporters) {
        Group[] payers = groups.toArray(new Group[0]);
        Arrays.sort(payers, (a, b) -> Double.compare(a.money.lo, b.money.lo));
        Interval paid = Interval.ZERO;
        for (Group g : payers) {
            Interval even = cost.subtract(paid).divide(supporters);
            // Certain that every group from here on (sorted by lower bound) has at least even.
            if (even.hi <= g.money.lo) {
                return even;
            }
            if (even.lo > g.money.hi) {
                int k = g.approving[project];
                paid = paid.add(g.money.multiply(k));
                supporters -= k;
                continue;
            }
            throw UNCERTAIN;
        }
        throw UNCERTAIN; // total >= cost: unreachable in exact terms
    }

    private void charge(Run run, List<Group>[] supporting, int[] penniless, Group[] groupOf, Group graveyard,
                        int project, Interval rho) {
        List<Group> groups = supporting[project];
        List<Group> splits = new ArrayList<>();
        for (Group g : groups) {
            Interrupted.check();
            int k = g.dead ? 0 : g.approving[project];
            if (k == 0) {
                continue;
            }
            int c = run.compare(g.money, rho);
            Interval after = c <= 0 ? Interval.ZERO : g.money.subtract(rho);
            if (k == g.size) {
                g.money = after;
                if (after.isExactZero()) {
                    kill(g, supporting, penniless);
                }
            } else {
                g.payers = after.isExactZero() ? graveyard : new Group(after, 0, new int[m]);
                splits.add(g);
            }
        }
        // Members who approve the winner move from a split group to its payers' group.
        for (int t : typesApproving[project]) {
            Group from = groupOf[t];
            Group to = from.payers;
            if (to == null) {
                continue;
            }
            int w = typeWeight[t];
            for (int p : typeApprovals[t]) {
                from.approving[p] -= w;
                to.approving[p] += w;
            }
            from.size -= w;
            to.size += w;
            groupOf[t] = to;
        }
        for (Group g : splits) {
            Group split = g.payers;
            g.payers = null;
            if (split != graveyard) {
                for (int p = 0; p < m; p++) {
                    if (split.approving[p] > 0) {
                        supporting[p].add(split);
                    }
                }
            }
        }
    }

    /** A group with exactly nothing left: it only counts as supporters paying nothing. */
    private void kill(Group g, List<Group>[] supporting, int[] penniless) {
        g.dead = true;
        for (int p = 0; p < m; p++) {
            penniless[p] += g.approving[p];
        }
    }
}
