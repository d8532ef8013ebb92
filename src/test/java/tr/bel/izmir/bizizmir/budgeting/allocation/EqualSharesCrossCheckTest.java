package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule keeps voters in groups to stay fast; this compares it on random small
 * elections with the method written out the slow, obvious way (one money balance per
 * voter), and checks that neither rule ever overspends.
 */
class EqualSharesCrossCheckTest {

    @Test
    void the_grouped_implementation_agrees_with_a_plain_per_voter_one_on_random_elections() {
        Random random = new Random(20261127L);
        for (int round = 0; round < 3000; round++) {
            PbInstance pb = randomElection(random);
            Allocation fast = new EqualSharesRule().allocate(pb);

            List<String> slow = slowEqualShares(pb);

            assertThat(fast.selected()).as("election %d: %s", round, new PabulibWriter().write(pb)).isEqualTo(slow);
            assertThat(fast.totalCost()).isLessThanOrEqualTo(pb.budget());
            assertThat(new GreedyRule().allocate(pb).totalCost()).isLessThanOrEqualTo(pb.budget());
        }
    }

    @Test
    void skipping_the_shares_at_which_the_core_decides_the_same_gives_the_stepwise_outcome() {
        EqualSharesRule.Counters certified = new EqualSharesRule.Counters();
        // Large budgets against few voters: the completion takes hundreds of one-lira steps,
        // which is where skipping matters, and ties in cost and support stay common.
        Random random = new Random(20261128L);
        for (int round = 0; round < 250; round++) {
            int projectCount = 2 + random.nextInt(8);
            int voterCount = 1 + random.nextInt(30);
            List<PbProject> projects = new ArrayList<>();
            for (int p = 0; p < projectCount; p++) {
                projects.add(new PbProject("p" + p, BigDecimal.valueOf(250L * (1 + random.nextInt(12)))));
            }
            List<PbBallot> ballots = new ArrayList<>();
            for (int v = 0; v < voterCount; v++) {
                List<String> approved = new ArrayList<>();
                for (PbProject p : projects) {
                    if (random.nextInt(3) == 0) {
                        approved.add(p.id());
                    }
                }
                ballots.add(new PbBallot("v" + v, approved));
            }
            PbInstance pb = new PbInstance(Map.of(), BigDecimal.valueOf(1000L + random.nextInt(6000)),
                    VoteType.APPROVAL, projects, ballots);
            for (EqualSharesRule rule : List.of(new EqualSharesRule(),
                    new EqualSharesRule(EqualSharesRule.Utility.COST, BigDecimal.ONE),
                    new EqualSharesRule(EqualSharesRule.Utility.APPROVAL, new BigDecimal("0.5")))) {
                List<String> stepwise = rule.allocate(pb, false).selected();
                assertThat(rule.allocate(pb, true).selected())
                        .as("election %d: %s", round, new PabulibWriter().write(pb))
                        .isEqualTo(stepwise);
                assertThat(rule.allocate(pb, EqualSharesRule.Mode.CERTIFIED_FLOAT, certified).selected())
                        .as("floating point, election %d: %s", round, new PabulibWriter().write(pb))
                        .isEqualTo(stepwise);
            }
        }
        // Both paths of the certified core were taken: most runs decided in floating point,
        // and some (exact ties of different slopes, amounts too close to call) redone exactly.
        assertThat(certified.floatRuns).isGreaterThan(certified.exactRuns);
        assertThat(certified.fallbacks).isPositive();
    }

    @Test
    void the_floating_point_core_decides_as_the_exact_one_on_larger_elections_with_decimal_amounts() {
        // Hundreds of voters, skewed popularity, costs and budgets with kuruş (not exact in
        // binary): the amounts the certified bounds must separate are close but rarely equal.
        Random random = new Random(20261206L);
        EqualSharesRule.Counters certified = new EqualSharesRule.Counters();
        for (int round = 0; round < 40; round++) {
            int projectCount = 5 + random.nextInt(25);
            int voterCount = 50 + random.nextInt(400);
            List<PbProject> projects = new ArrayList<>();
            for (int p = 0; p < projectCount; p++) {
                projects.add(new PbProject("p" + p, BigDecimal.valueOf(1000 + random.nextInt(90_000), 2 * random.nextInt(2))));
            }
            List<PbBallot> ballots = new ArrayList<>();
            for (int v = 0; v < voterCount; v++) {
                List<String> approved = new ArrayList<>();
                for (int p = 0; p < projectCount; p++) {
                    if (random.nextInt(p + 2) == 0) {
                        approved.add("p" + p);
                    }
                }
                ballots.add(new PbBallot("v" + v, approved));
            }
            PbInstance pb = new PbInstance(Map.of(), BigDecimal.valueOf(50_000 + random.nextInt(400_000), 2),
                    VoteType.APPROVAL, projects, ballots);
            for (EqualSharesRule rule : List.of(new EqualSharesRule(),
                    new EqualSharesRule(EqualSharesRule.Utility.COST, BigDecimal.ONE))) {
                assertThat(rule.allocate(pb, EqualSharesRule.Mode.CERTIFIED_FLOAT, certified).selected())
                        .as("election %d: %s", round, new PabulibWriter().write(pb))
                        .isEqualTo(rule.allocate(pb, true).selected());
            }
        }
        assertThat(certified.floatRuns).isGreaterThan(10 * certified.exactRuns);
    }

    @Test
    void a_budget_of_zero_free_projects_and_a_project_dearer_than_the_budget_decide_alike_in_every_mode() {
        // Edge cases of the bad input: nothing but free projects can be funded with 0;
        // a project costing more than the envelope takes part in the core but is never funded.
        PbInstance zero = Pb.approval("""
                budget 0
                project A 10
                project F 0
                project G 0
                """ + Pb.voters(1, 3, "A,F") + Pb.voters(4, 2, "G"));
        PbInstance dear = Pb.approval("""
                budget 100
                project BIG 1000
                project S 40
                project T 30
                """ + Pb.voters(1, 6, "BIG") + Pb.voters(7, 2, "S") + Pb.voters(9, 2, "T,S"));
        for (PbInstance pb : List.of(zero, dear)) {
            EqualSharesRule rule = new EqualSharesRule();
            EqualSharesRule.Counters counters = new EqualSharesRule.Counters();
            List<String> stepwise = rule.allocate(pb, false).selected();
            assertThat(rule.allocate(pb, EqualSharesRule.Mode.CERTIFIED_FLOAT, counters).selected()).isEqualTo(stepwise);
            assertThat(rule.allocate(pb, true).selected()).isEqualTo(stepwise);
        }
        assertThat(new EqualSharesRule().allocate(zero).selected()).containsExactly("F", "G");
        assertThat(new EqualSharesRule().allocate(dear).selected()).doesNotContain("BIG").contains("S", "T");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"poland_zabrze_2021_konczyce.pb",
            "poland_gdansk_2020_siedlce.pb", "poland_krakow_2021_grzegorzki.pb"})
    void skipping_gives_the_stepwise_outcome_on_the_real_files(String file) {
        PbInstance pb = Pb.sample(file);
        EqualSharesRule rule = new EqualSharesRule();
        List<String> stepwise = rule.allocate(pb, false).selected();
        assertThat(rule.allocate(pb, true).selected()).isEqualTo(stepwise);
        assertThat(rule.allocate(pb).selected()).isEqualTo(stepwise);
    }

    private static PbInstance randomElection(Random random) {
        int projectCount = 1 + random.nextInt(6);
        int voterCount = random.nextInt(9);
        List<PbProject> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            // Few distinct costs and small budgets so that ties and exact fits are common.
            projects.add(new PbProject("p" + p, BigDecimal.valueOf(5L * random.nextInt(5))));
        }
        List<PbBallot> ballots = new ArrayList<>();
        for (int v = 0; v < voterCount; v++) {
            List<String> approved = new ArrayList<>();
            for (PbProject p : projects) {
                if (random.nextInt(3) == 0) {
                    approved.add(p.id());
                }
            }
            ballots.add(new PbBallot("v" + v, approved));
        }
        BigDecimal budget = BigDecimal.valueOf(10L + random.nextInt(50));
        return new PbInstance(Map.of(), budget, VoteType.APPROVAL, projects, ballots);
    }

    /** Equal Shares with approval utilities, add-one completion and greedy fill, per voter. */
    private static List<String> slowEqualShares(PbInstance pb) {
        int n = pb.ballots().size();
        Fraction budget = Fraction.of(pb.budget());
        List<String> outcome = new ArrayList<>();
        if (n > 0) {
            Fraction share = budget.divide(n);
            outcome = slowCore(pb, share);
            while (!exhaustive(pb, outcome)) {
                share = share.add(Fraction.ONE);
                List<String> next = slowCore(pb, share);
                if (cost(pb, next).compareTo(budget) > 0) {
                    break;
                }
                outcome = next;
            }
        }
        Fraction left = budget.subtract(cost(pb, outcome));
        for (PbProject p : greedyOrder(pb)) {
            Fraction c = Fraction.of(p.cost());
            if (votes(pb, p.id()) > 0 && !outcome.contains(p.id()) && c.compareTo(left) <= 0) {
                outcome.add(p.id());
                left = left.subtract(c);
            }
        }
        return outcome;
    }

    private static List<String> slowCore(PbInstance pb, Fraction share) {
        int n = pb.ballots().size();
        Fraction[] money = new Fraction[n];
        java.util.Arrays.fill(money, share);
        List<String> funded = new ArrayList<>();
        while (true) {
            PbProject best = null;
            Fraction bestRho = null;
            for (PbProject p : pb.projects()) {
                if (funded.contains(p.id())) {
                    continue;
                }
                List<Fraction> supporters = new ArrayList<>();
                for (int v = 0; v < n; v++) {
                    if (pb.ballots().get(v).projects().contains(p.id())) {
                        supporters.add(money[v]);
                    }
                }
                Fraction rho = slowRho(supporters, Fraction.of(p.cost()));
                if (rho == null) {
                    continue;
                }
                if (best == null || rho.compareTo(bestRho) < 0
                        || (rho.compareTo(bestRho) == 0 && tieBreak(pb, p, best) < 0)) {
                    best = p;
                    bestRho = rho;
                }
            }
            if (best == null) {
                return funded;
            }
            funded.add(best.id());
            for (int v = 0; v < n; v++) {
                if (pb.ballots().get(v).projects().contains(best.id())) {
                    money[v] = money[v].subtract(money[v].min(bestRho));
                }
            }
        }
    }

    private static Fraction slowRho(List<Fraction> money, Fraction cost) {
        if (money.isEmpty()) {
            return null;
        }
        Fraction total = money.stream().reduce(Fraction.ZERO, Fraction::add);
        if (total.compareTo(cost) < 0) {
            return null;
        }
        List<Fraction> sorted = new ArrayList<>(money);
        sorted.sort(null);
        Fraction paid = Fraction.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            Fraction even = cost.subtract(paid).divide(sorted.size() - i);
            if (even.compareTo(sorted.get(i)) <= 0) {
                return even;
            }
            paid = paid.add(sorted.get(i));
        }
        throw new AssertionError("unreachable");
    }

    private static boolean exhaustive(PbInstance pb, List<String> outcome) {
        Fraction left = Fraction.of(pb.budget()).subtract(cost(pb, outcome));
        return pb.projects().stream().noneMatch(p -> votes(pb, p.id()) > 0 && !outcome.contains(p.id())
                && Fraction.of(p.cost()).compareTo(left) <= 0);
    }

    private static Fraction cost(PbInstance pb, List<String> ids) {
        Fraction total = Fraction.ZERO;
        for (String id : ids) {
            total = total.add(Fraction.of(pb.project(id).orElseThrow().cost()));
        }
        return total;
    }

    private static long votes(PbInstance pb, String id) {
        return pb.ballots().stream().filter(b -> b.projects().contains(id)).count();
    }

    private static int tieBreak(PbInstance pb, PbProject a, PbProject b) {
        int c = Long.compare(votes(pb, b.id()), votes(pb, a.id()));
        if (c == 0) {
            c = a.cost().compareTo(b.cost());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    private static List<PbProject> greedyOrder(PbInstance pb) {
        List<PbProject> order = new ArrayList<>(pb.projects());
        order.sort((a, b) -> {
            int c = Long.compare(votes(pb, b.id()), votes(pb, a.id()));
            return c != 0 ? c : tieBreak(pb, a, b);
        });
        return order;
    }
}
