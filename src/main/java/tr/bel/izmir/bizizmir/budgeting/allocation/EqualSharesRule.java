package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
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
        Tally tally = Tally.of(instance);
        int n = instance.ballots().size();
        List<Integer> selected = new ArrayList<>();
        if (n > 0) {
            Fraction budget = Fraction.of(instance.budget());
            Fraction share = budget.divide(n);
            selected = core(tally, share);
            while (!exhaustive(tally, selected, budget)) {
                share = share.add(step);
                List<Integer> next = core(tally, share);
                if (cost(tally, next).compareTo(budget) > 0) {
                    break;
                }
                selected = next;
            }
        }
        GreedyRule.fill(tally, selected, instance.budget());
        return tally.result(selected);
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

    /** Voters who have so far paid the same and approve the same funded projects. */
    private static final class Group {
        Fraction money;
        int[] members;
        /** approving[p] = how many members approve project p. */
        int[] approving;

        Group(Fraction money, int[] members, int[] approving) {
            this.money = money;
            this.members = members;
            this.approving = approving;
        }
    }

    /** One run of the core with the given starting share; returns projects in funding order. */
    List<Integer> core(Tally tally, Fraction share) {
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
        groups.add(new Group(share, everyone, approving));

        Fraction[] costs = new Fraction[m];
        // The criterion can only grow from round to round (money only shrinks), so the
        // last value seen is a lower bound that lets most projects be skipped unevaluated.
        Fraction[] lowerBound = new Fraction[m];
        boolean[] candidate = new boolean[m];
        for (int p = 0; p < m; p++) {
            costs[p] = Fraction.of(tally.cost(p));
            lowerBound[p] = Fraction.ZERO;
            candidate[p] = tally.votes[p] > 0;
        }

        List<Integer> funded = new ArrayList<>();
        while (true) {
            List<Integer> order = new ArrayList<>();
            for (int p = 0; p < m; p++) {
                if (candidate[p]) {
                    order.add(p);
                }
            }
            order.sort((a, b) -> {
                int c = lowerBound[a].compareTo(lowerBound[b]);
                return c != 0 ? c : tally.tieBreak(a, b);
            });
            int best = -1;
            Fraction bestCriterion = null;
            Fraction bestRho = null;
            for (int p : order) {
                if (bestCriterion != null && lowerBound[p].compareTo(bestCriterion) > 0) {
                    break;
                }
                Fraction rho = rho(groups, p, costs[p]);
                if (rho == null) {
                    candidate[p] = false;
                    continue;
                }
                Fraction criterion = utility == Utility.APPROVAL || costs[p].signum() == 0
                        ? rho : rho.divide(costs[p]);
                lowerBound[p] = criterion;
                int c = bestCriterion == null ? -1 : criterion.compareTo(bestCriterion);
                if (c < 0 || (c == 0 && tally.tieBreak(p, best) < 0)) {
                    best = p;
                    bestCriterion = criterion;
                    bestRho = rho;
                }
            }
            if (best < 0) {
                return funded;
            }
            funded.add(best);
            candidate[best] = false;
            charge(tally, groups, best, bestRho);
        }
    }

    /**
     * The smallest payment cap that covers the cost from the project's supporters, or
     * {@code null} when they cannot afford it together.
     */
    static Fraction rho(List<Group> groups, int project, Fraction cost) {
        List<Group> payers = new ArrayList<>();
        Fraction total = Fraction.ZERO;
        long supporters = 0;
        for (Group g : groups) {
            int k = g.approving[project];
            if (k > 0) {
                payers.add(g);
                total = total.add(g.money.multiply(k));
                supporters += k;
            }
        }
        if (supporters == 0 || total.compareTo(cost) < 0) {
            return null;
        }
        payers.sort((a, b) -> a.money.compareTo(b.money));
        Fraction paid = Fraction.ZERO;
        for (Group g : payers) {
            Fraction even = cost.subtract(paid).divide(supporters);
            if (even.compareTo(g.money) <= 0) {
                return even;
            }
            int k = g.approving[project];
            paid = paid.add(g.money.multiply(k));
            supporters -= k;
        }
        // Unreachable: total >= cost means the richest group can always cover the rest.
        throw new IllegalStateException("no payment cap found");
    }

    private static void charge(Tally tally, List<Group> groups, int project, Fraction rho) {
        List<Group> added = new ArrayList<>();
        for (Group g : groups) {
            int k = g.approving[project];
            if (k == 0) {
                continue;
            }
            Fraction after = g.money.subtract(g.money.min(rho));
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
