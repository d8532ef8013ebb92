package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Method of Equal Shares (Peters and Skowron) with the usual completion, as used
 * for participatory budgeting.
 *
 * <p><b>Core.</b> The envelope is split equally: each of the {@code n} voters (including
 * those who approved nothing, whose share simply goes unused) gets {@code budget / n}.
 * In each round, a project is <em>affordable</em> when its supporters together still
 * hold at least its cost. For an affordable project, {@code rho} is the smallest amount
 * such that charging every supporter {@code min(their money, rho)} pays exactly the
 * cost: sort the supporters by remaining money and let the poorest pay all they have
 * while an equal split of the rest would exceed it. The round funds the affordable
 * project with the smallest {@code rho} (approval utilities: every approved project is
 * worth 1 to its supporters, so the best buy is the one that asks least of each
 * supporter) and charges its supporters. Ties: more votes, then lower cost, then id
 * ascending. It stops when nothing is affordable. With {@link Utility#COST} the round
 * instead minimises {@code rho / cost} (cost utilities, the variant of equalshares.net),
 * which favours larger projects.
 *
 * <p><b>Completion ("add one").</b> If money is left and some unfunded supported
 * project would still fit, the core is rerun with every voter's starting share raised
 * by one currency unit ({@code budget / n + 1}, {@code + 2}, ...), as long as the
 * outcome costs no more than the real budget; the last outcome within the budget is
 * kept. Then whatever still fits is added greedily in {@link GreedyRule}'s order.
 *
 * <p><b>Skipping steps, exactly.</b> Rerunning the core at every step is what made the rule
 * slow. Every amount in one core run is an affine function of the starting share, so each
 * run also records up to which share its decisions (which project wins each round, who
 * pays all they have, which project is unaffordable) would come out the same; below that
 * share the run would fund the same projects in the same order, so the completion jumps
 * straight to the first step at or beyond it. The outcome is identical to stepping one
 * unit at a time ({@code EqualSharesCrossCheckTest} compares both on random and real
 * elections); all arithmetic stays exact.
 *
 * <p><b>Floating point, certified.</b> Each core run is first computed by
 * {@link IntervalCore} in floating point with guaranteed bounds, taking a decision only when
 * the bounds settle it; a run they cannot settle is redone here in exact fractions. The
 * outcome is therefore the exact rule's; on the city-wide files of issue 16 no run needs the
 * exact path (see {@code docs/decisions/DD027-allocation-at-city-scale.md}).
 * Every project with at least one supporter takes part in the core, even one costing
 * more than the envelope: that is the reference algorithm, and such a project can only
 * stop the completion early, never be funded.
 *
 * <p><b>Ballots.</b> The method is defined for approval ballots. Other vote types are
 * read as approval ballots (see {@link Tally}): a ranked project or a project given
 * points counts as approved; ranks and point amounts are ignored here.
 *
 * <p>All money is exact ({@link Fraction}). Voters with the same remaining money and
 * the same ballot behave identically, so voters are kept in groups that split only
 * when a funded project is approved by part of a group; that keeps the cost per round
 * proportional to the number of groups, not of voters.
 */
public final class EqualSharesRule implements AllocationRule {

    /** What a funded project is worth to a supporter. */
    public enum Utility {
        /** Worth 1: minimise the payment per supporter. The default. */
        APPROVAL,
        /** Worth its cost: minimise the payment per unit of cost. */
        COST
    }

    private final Utility utility;
    private final Fraction step;

    /** Approval utilities, completion step of one currency unit per voter. */
    public EqualSharesRule() {
        this(Utility.APPROVAL, BigDecimal.ONE);
    }

    public EqualSharesRule(Utility utility, BigDecimal stepPerVoter) {
        this.utility = Objects.requireNonNull(utility, "utility");
        if (stepPerVoter.signum() <= 0) {
            throw new IllegalArgumentException("step must be positive: " + stepPerVoter);
        }
        this.step = Fraction.of(stepPerVoter);
    }

    @Override
    public Allocation allocate(PbInstance instance) {
        return allocate(instance, Mode.CERTIFIED_FLOAT, new Counters());
    }

    /** How the core runs of the completion are computed; all three give the same outcome. */
    enum Mode {
        /** Exact fractions, the core rerun at every single step, literally as documented. */
        STEPWISE,
        /** Exact fractions, skipping the steps at which the core provably decides the same. */
        EXACT,
        /**
         * As {@link #EXACT}, each core run in floating point with certified bounds
         * ({@link IntervalCore}); a run whose bounds cannot decide is redone exactly.
         */
        CERTIFIED_FLOAT
    }

    /** What a computation did, for tests and the benchmark. */
    static final class Counters {
        int floatRuns;
        int exactRuns;
        int fallbacks;
    }

    /**
     * With {@code skipStableShares} false, the completion reruns the core at every single
     * step, literally as documented; with true it jumps over steps at which the core provably
     * decides exactly as at the last run (see {@link Share}), in exact fractions.
     */
    Allocation allocate(PbInstance instance, boolean skipStableShares) {
        return allocate(instance, skipStableShares ? Mode.EXACT : Mode.STEPWISE, new Counters());
    }

    /** One core run's outcome and the first step at which the outcome may differ. */
    private record Step(List<Integer> funded, long nextStep) {
    }

    Allocation allocate(PbInstance instance, Mode mode, Counters counters) {
        Tally tally = Tally.of(instance);
        int n = instance.ballots().size();
        List<Integer> selected = new ArrayList<>();
        if (n > 0) {
            Fraction budget = Fraction.of(instance.budget());
            Fraction base = budget.divide(n);
            IntervalCore fast = mode == Mode.CERTIFIED_FLOAT ? new IntervalCore(tally, utility) : null;
            Step run = step(tally, fast, base, 0, mode, counters);
            selected = run.funded();
            reportFunded(tally, selected, instance.budget());
            long k = 0;
            while (!exhaustive(tally, selected, budget)) {
                Interrupted.check();
                long next = k + 1;
                if (mode != Mode.STEPWISE) {
                    if (run.nextStep() == Long.MAX_VALUE) {
                        // No decision of the core depends on the share any more: every
                        // further step would give this same outcome, so stop here.
                        break;
                    }
                    next = Math.max(next, run.nextStep());
                }
                Step rerun = step(tally, fast, base, next, mode, counters);
                if (cost(tally, rerun.funded()).compareTo(budget) > 0) {
                    break;
                }
                run = rerun;
                selected = run.funded();
                reportFunded(tally, selected, instance.budget());
                k = next;
            }
        }
        GreedyRule.fill(tally, selected, instance.budget());
        return tally.result(selected);
    }

    /** The core at share {@code base + k * step}, in floating point when it can decide. */
    private Step step(Tally tally, IntervalCore fast, Fraction base, long k, Mode mode, Counters counters) {
        Progress.report(Progress.Step.EQUAL_SHARES, counters.floatRuns + counters.exactRuns, -1);
        Fraction share = base.add(step.multiply(k));
        if (fast != null) {
            try {
                IntervalCore.Result r = fast.run(share);
                counters.floatRuns++;
                return new Step(r.funded(), r.stableBelow() == Double.POSITIVE_INFINITY
                        ? Long.MAX_VALUE : stepsToReach(base, r.stableBelow()));
            } catch (IntervalCore.Uncertain e) {
                counters.fallbacks++;
            }
        }
        counters.exactRuns++;
        Run run = core(tally, share);
        return new Step(run.funded, run.stableBelow == null ? Long.MAX_VALUE : stepsToReach(base, run.stableBelow));
    }

    /**
     * A number of steps {@code j} with {@code base + i * step < bound} for every {@code i < j}:
     * the least such step or, as the bound is in floating point, possibly a smaller one. A
     * smaller one only costs an extra core run; a larger one could skip a change.
     */
    private long stepsToReach(Fraction base, double bound) {
        if (Double.isNaN(bound)) {
            return 0;
        }
        double distance = Interval.addDown(bound, -Interval.up(base));
        if (distance <= 0) {
            return 0;
        }
        double steps = Interval.divDown(distance, Interval.up(step));
        double ceil = Math.ceil(steps);
        return ceil >= Long.MAX_VALUE / 2.0 ? Long.MAX_VALUE / 2 : (long) ceil;
    }

    /** The least k with {@code base + k * step >= target}. */
    private long stepsToReach(Fraction base, Fraction target) {
        Fraction steps = target.subtract(base).divide(step);
        if (steps.signum() <= 0) {
            return 0;
        }
        BigInteger[] qr = steps.numerator().divideAndRemainder(steps.denominator());
        BigInteger k = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return k.min(BigInteger.valueOf(Long.MAX_VALUE / 2)).longValueExact();
    }

    /** Reports the share of the budget {@code selected} spends, in thousandths (a progress bar's). */
    private static void reportFunded(Tally tally, List<Integer> selected, java.math.BigDecimal budget) {
        if (budget.signum() <= 0) {
            return;
        }
        java.math.BigDecimal spent = java.math.BigDecimal.ZERO;
        for (int p : selected) {
            spent = spent.add(tally.cost(p));
        }
        long permille = spent.multiply(java.math.BigDecimal.valueOf(1000))
                .divide(budget, 0, java.math.RoundingMode.DOWN).longValue();
        Progress.report(Progress.Step.FUNDED, Math.min(1000, permille), 1000);
    }

    /** True when no unfunded project with support fits in what is left. */
    private static boolean exhaustive(Tally tally, List<Integer> selected, Fraction budget) {
        Fraction left = budget.subtract(cost(tally, selected));
        for (int p = 0; p < tally.projects.size(); p++) {
            if (tally.votes[p] > 0 && !selected.contains(p) && Fraction.of(tally.cost(p)).compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Fraction cost(Tally tally, List<Integer> selected) {
        Fraction total = Fraction.ZERO;
        for (int p : selected) {
            total = total.add(Fraction.of(tally.cost(p)));
        }
        return total;
    }

    /**
     * A money amount of one core run as a function of the starting share {@code s}: its
     * value at the share the run uses and its slope {@code b} (the amount is
     * {@code value + b * (s' - s)} at a nearby share {@code s'}). Every amount in the core is
     * of this form, because the core only adds, subtracts, and divides by whole numbers or
     * by costs; the slope is carried along so that each comparison can tell up to which
     * share it would still come out the same way.
     */
    static final class Share {
        final Fraction b;
        final Fraction value;

        private Share(Fraction b, Fraction value) {
            this.b = b;
            this.value = value;
        }

        static Share constant(Fraction c) {
            return new Share(Fraction.ZERO, c);
        }

        static Share startingShare(Fraction s) {
            return new Share(Fraction.ONE, s);
        }

        Share add(Share o) {
            return new Share(b.add(o.b), value.add(o.value));
        }

        Share subtract(Share o) {
            return new Share(b.subtract(o.b), value.subtract(o.value));
        }

        Share multiply(long k) {
            return new Share(b.multiply(k), value.multiply(k));
        }

        Share divide(long k) {
            return new Share(b.divide(k), value.divide(k));
        }

        Share divide(Fraction c) {
            return new Share(b.divide(c), value.divide(c));
        }

        int signum() {
            return value.signum();
        }

        /** Compares at this run's share only, for orderings the outcome does not depend on. */
        int compareHere(Share o) {
            return value.compareTo(o.value);
        }
    }

    /**
     * One core run: its funding order and {@code stableBelow}, a share up to which (not
     * included) every comparison the run made comes out the same, so the run would fund
     * the same projects in the same order for every share in {@code [s, stableBelow)};
     * {@code null} when no comparison depended on the share.
     */
    private static final class Run {
        final Fraction share;
        final List<Integer> funded = new ArrayList<>();
        Fraction stableBelow;

        Run(Fraction share) {
            this.share = share;
        }

        /** Compares as at this run's share and narrows the stable range accordingly. */
        int compare(Share x, Share y) {
            Fraction dValue = x.value.subtract(y.value);
            Fraction dSlope = x.b.subtract(y.b);
            int sign = dValue.signum();
            int slope = dSlope.signum();
            if (slope != 0) {
                if (sign == 0) {
                    narrow(share); // equal here, different for any larger share
                } else if (sign != slope) {
                    // The difference moves towards zero and reaches it at this share.
                    narrow(share.subtract(dValue.divide(dSlope)));
                }
            }
            return sign;
        }

        Share min(Share x, Share y) {
            return compare(x, y) <= 0 ? x : y;
        }

        private void narrow(Fraction bound) {
            if (stableBelow == null || bound.compareTo(stableBelow) < 0) {
                stableBelow = bound;
            }
        }
    }

    /** Voters who have so far paid the same and approve the same funded projects. */
    private static final class Group {
        Share money;
        int[] members;
        /** approving[p] = how many members approve project p. */
        int[] approving;

        Group(Share money, int[] members, int[] approving) {
            this.money = money;
            this.members = members;
            this.approving = approving;
        }
    }

    /** One run of the core with the given starting share; funds projects in order. */
    private Run core(Tally tally, Fraction share) {
        Run run = new Run(share);
        int m = tally.projects.size();
        int n = tally.approvals.length;
        int[] everyone = new int[n];
        for (int v = 0; v < n; v++) {
            everyone[v] = v;
        }
        int[] approving = new int[m];
        for (int p = 0; p < m; p++) {
            approving[p] = (int) tally.votes[p];
        }
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(Share.startingShare(share), everyone, approving));

        Share[] costs = new Share[m];
        // The criterion can only grow from round to round (money only shrinks), so the
        // last value seen is a lower bound that lets most projects be skipped unevaluated.
        Share[] lowerBound = new Share[m];
        boolean[] candidate = new boolean[m];
        Share zero = Share.constant(Fraction.ZERO);
        for (int p = 0; p < m; p++) {
            costs[p] = Share.constant(Fraction.of(tally.cost(p)));
            lowerBound[p] = zero;
            candidate[p] = tally.votes[p] > 0;
        }

        while (true) {
            Interrupted.check();
            List<Integer> order = new ArrayList<>();
            for (int p = 0; p < m; p++) {
                if (candidate[p]) {
                    order.add(p);
                }
            }
            // Evaluation order only decides how much work the pruning saves, never the
            // winner, so it is not one of the run's decisions: compared here only.
            order.sort((a, b) -> {
                int c = lowerBound[a].compareHere(lowerBound[b]);
                return c != 0 ? c : tally.tieBreak(a, b);
            });
            // The winner is found comparing at this share only; then the run records what
            // makes it the winner at nearby shares too: every other candidate's criterion
            // (or, when it was pruned, its lower bound) stays above the winner's. A
            // loser's criterion needs no check of its own payment cap: the formula for any
            // guess of who pays all they have is never above the true cap (see rho), so it
            // stays a lower bound. The winner's own cap is certified when it is charged.
            int best = -1;
            Share bestCriterion = null;
            Share bestRho = null;
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                int p = order.get(i);
                Interrupted.check();
                if (bestCriterion != null && lowerBound[p].compareHere(bestCriterion) > 0) {
                    others.addAll(order.subList(i, order.size()));
                    break;
                }
                Share rho = rho(run, groups, p, costs[p]);
                if (rho == null) {
                    candidate[p] = false;
                    continue;
                }
                Share criterion = utility == Utility.APPROVAL || costs[p].signum() == 0
                        ? rho : rho.divide(costs[p].value);
                lowerBound[p] = criterion;
                others.add(p);
                int c = bestCriterion == null ? -1 : criterion.compareHere(bestCriterion);
                if (c < 0 || (c == 0 && tally.tieBreak(p, best) < 0)) {
                    best = p;
                    bestCriterion = criterion;
                    bestRho = rho;
                }
            }
            if (best < 0) {
                return run;
            }
            for (int p : others) {
                Interrupted.check();
                if (p != best) {
                    run.compare(lowerBound[p], bestCriterion);
                }
            }
            run.funded.add(best);
            candidate[best] = false;
            charge(run, tally, groups, best, bestRho);
        }
    }

    /**
     * The smallest payment cap that covers the cost from the project's supporters, or
     * {@code null} when they cannot afford it together.
     */
    private static Share rho(Run run, List<Group> groups, int project, Share cost) {
        List<Group> payers = new ArrayList<>();
        Share total = null;
        long supporters = 0;
        for (Group g : groups) {
            int k = g.approving[project];
            if (k > 0) {
                payers.add(g);
                Share part = g.money.multiply(k);
                total = total == null ? part : total.add(part);
                supporters += k;
            }
        }
        if (supporters == 0) {
            return null;
        }
        if (total.compareHere(cost) < 0) {
            // Unaffordable now; whether it stays so at nearby shares is a decision of the run.
            run.compare(total, cost);
            return null;
        }
        payers.sort((a, b) -> a.money.compareHere(b.money));
        Share paid = null;
        for (Group g : payers) {
            Share even = (paid == null ? cost : cost.subtract(paid)).divide(supporters);
            if (even.compareHere(g.money) <= 0) {
                // With P = the groups before this one, even = (cost - their money) / the
                // other supporters. For any P this is at most the true cap, which is the
                // value for the P of groups poorer than the cap; it equals the cap as long
                // as P's money stays below it and the others' at or above it, which the
                // charge of a winner records.
                return even;
            }
            int k = g.approving[project];
            Share part = g.money.multiply(k);
            paid = paid == null ? part : paid.add(part);
            supporters -= k;
        }
        // Unreachable: total >= cost means the richest group can always cover the rest.
        throw new IllegalStateException("no payment cap found");
    }

    private static void charge(Run run, Tally tally, List<Group> groups, int project, Share rho) {
        List<Group> added = new ArrayList<>();
        for (Group g : groups) {
            Interrupted.check();
            int k = g.approving[project];
            if (k == 0) {
                continue;
            }
            Share after = g.money.subtract(run.min(g.money, rho));
            if (k == g.members.length) {
                g.money = after;
                continue;
            }
            int[] payers = new int[k];
            int[] rest = new int[g.members.length - k];
            int[] payersApproving = new int[g.approving.length];
            int i = 0;
            int j = 0;
            for (int v : g.members) {
                int[] approved = tally.approvals[v];
                if (Arrays.binarySearch(approved, project) >= 0) {
                    payers[i++] = v;
                    for (int p : approved) {
                        payersApproving[p]++;
                    }
                } else {
                    rest[j++] = v;
                }
            }
            int[] restApproving = g.approving.clone();
            for (int p = 0; p < restApproving.length; p++) {
                restApproving[p] -= payersApproving[p];
            }
            g.members = rest;
            g.approving = restApproving;
            added.add(new Group(after, payers, payersApproving));
        }
        groups.addAll(added);
    }
}
