package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.approval;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.parse;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.voters;

class EqualSharesRuleTest {

    private final EqualSharesRule mes = new EqualSharesRule();
    private final GreedyRule greedy = new GreedyRule();

    @Test
    void equal_shares_gives_a_third_of_the_voters_a_share_of_the_budget_where_greedy_gives_them_nothing() {
        // The textbook case. Budget 300, 6 voters, so 50 each. Voters 1-4 approve A (200)
        // and B (100); voters 5-6 approve C (100).
        // Round 1: rho(A) = 200/4 = 50, rho(B) = 100/4 = 25, rho(C) = 100/2 = 50 -> B.
        //          Voters 1-4 now hold 25 each.
        // Round 2: A needs 200 but its supporters hold 4 x 25 = 100 -> not affordable.
        //          rho(C) = 50 -> C. Voters 5-6 hold 0.
        // Round 3: nothing affordable. 100 left, A (200) does not fit: no completion.
        // Greedy instead funds B and A (4 votes each, cheaper first) and spends everything
        // on voters 1-4.
        PbInstance pb = approval("""
                budget 300
                project A 200
                project B 100
                project C 100
                """ + voters(1, 4, "A,B") + voters(5, 2, "C"));

        Allocation result = mes.allocate(pb);

        assertThat(result.selected()).containsExactly("B", "C");
        assertThat(result.totalCost()).isEqualByComparingTo("200");
        assertThat(greedy.allocate(pb).selected()).containsExactly("B", "A");
    }

    @Test
    void poorer_supporters_pay_what_they_have_and_the_others_cover_the_rest() {
        // Budget 100, 4 voters with 25 each. X (30) by voters 1-3, Y (65) by all four,
        // W (19) by voter 4 alone.
        // Round 1: rho(X) = 10, rho(Y) = 65/4 = 16.25, rho(W) = 19 -> X. Voters 1-3 hold 15.
        // Round 2: Y: money 15, 15, 15, 25 (70 >= 65). An even split 65/4 = 16.25 exceeds 15,
        //          so voters 1-3 pay their 15 and voter 4 pays the remaining 20: rho(Y) = 20.
        //          rho(W) = 19 < 20 -> W. (A plain even split would wrongly pick Y.)
        // Round 3: Y: 15 + 15 + 15 + 6 = 51 < 65, not affordable. 51 left, Y does not fit.
        PbInstance pb = approval("""
                budget 100
                project X 30
                project Y 65
                project W 19
                voter 1 X,Y
                voter 2 X,Y
                voter 3 X,Y
                voter 4 Y,W
                """);

        Allocation result = mes.allocate(pb);

        assertThat(result.selected()).containsExactly("X", "W");
        assertThat(result.totalCost()).isEqualByComparingTo("49");
    }

    @Test
    void completion_raises_every_share_until_a_lone_supporter_can_pay() {
        // Budget 100, 4 voters with 25. P1 (60) by voters 1-3, P2 (40) by voter 4.
        // Core: rho(P1) = 20, P2 unaffordable (25 < 40) -> [P1], 40 left and P2 would fit.
        // Shares 26 ... 39 give the same; at 40 voter 4 can pay P2: [P1, P2] costs 100,
        // within the budget, and now nothing is left to fund.
        PbInstance pb = approval("""
                budget 100
                project P1 60
                project P2 40
                voter 1 P1
                voter 2 P1
                voter 3 P1
                voter 4 P2
                """);

        Allocation result = mes.allocate(pb);

        assertThat(result.selected()).containsExactly("P1", "P2");
        assertThat(result.totalCost()).isEqualByComparingTo("100");
    }

    @Test
    void completion_keeps_the_last_outcome_within_budget_and_then_fills_greedily() {
        // Budget 100, 10 voters with 10. A (80) by voters 1-5, B (30) by voters 6-9,
        // C (20) by voter 10.
        // Core: A has 50 < 80, C has 10 < 20, rho(B) = 7.5 -> [B], 70 left.
        // Raising shares: at 16 A becomes affordable (5 x 16 = 80) before C does (20), and
        // the outcome [B, A] costs 110 > 100, so the completion stops and keeps [B].
        // Greedy fill of the 70 left, by votes: A (80) does not fit, C (20) does -> [B, C].
        // Greedy alone: A (5 votes) 80, then B (30) does not fit, C (20) does -> [A, C].
        PbInstance pb = approval("""
                budget 100
                project A 80
                project B 30
                project C 20
                """ + voters(1, 5, "A") + voters(6, 4, "B") + voters(10, 1, "C"));

        assertThat(mes.allocate(pb).selected()).containsExactly("B", "C");
        assertThat(mes.allocate(pb).totalCost()).isEqualByComparingTo("50");
        assertThat(greedy.allocate(pb).selected()).containsExactly("A", "C");
    }

    @Test
    void equal_rho_is_broken_by_votes_then_cost_then_id() {
        // Budget 40, 4 voters with 10. c (20) by voters 3-4, a (10) by voter 2, b (10) by
        // voter 1: every rho is 10. c has more votes; a and b tie on votes and cost, a < b.
        PbInstance pb = approval("""
                budget 40
                project b 10
                project a 10
                project c 20
                voter 1 b
                voter 2 a
                voter 3 c
                voter 4 c
                """);

        Allocation result = mes.allocate(pb);

        assertThat(result.selected()).containsExactly("c", "a", "b");
        assertThat(result.totalCost()).isEqualByComparingTo("40");
    }

    @Test
    void the_share_of_a_voter_approving_nothing_goes_unused_and_nobody_funds_a_zero_vote_project() {
        // Budget 100, 4 voters with 25; voter 4 approves nothing. A (75) by voters 1-3:
        // rho = 25, funded. 25 is left but the only other project has no votes.
        PbInstance pb = approval("""
                budget 100
                project A 75
                project Z 10
                voter 1 A
                voter 2 A
                voter 3 A
                voter 4
                """);

        Allocation result = mes.allocate(pb);

        assertThat(result.selected()).containsExactly("A");
        assertThat(result.voteCounts()).containsEntry("Z", 0L);
    }

    @Test
    void a_project_costing_more_than_the_whole_envelope_is_never_funded() {
        // Budget 100, 2 voters with 50. BIG (150) by both: 100 < 150. S (40) by voter 1:
        // rho 40. 60 left; BIG does not fit, so no completion and no fill.
        PbInstance pb = approval("""
                budget 100
                project BIG 150
                project S 40
                voter 1 BIG,S
                voter 2 BIG
                """);

        Allocation result = mes.allocate(pb);

        assertThat(result.selected()).containsExactly("S");
        assertThat(result.totalCost()).isEqualByComparingTo("40");
    }

    @Test
    void shares_that_are_not_whole_numbers_are_handled_exactly() {
        // Budget 100, 3 voters with 100/3 each. A (100) by all three: rho = 100/3, exactly
        // their whole share; with rounded shares the sum could fall short of 100.
        PbInstance pb = approval("budget 100\nproject A 100\n" + voters(1, 3, "A"));

        assertThat(mes.allocate(pb).selected()).containsExactly("A");
    }

    @Test
    void cost_utilities_prefer_the_project_that_gives_more_per_lira() {
        // Budget 100, 4 voters with 25. A (90) by all, B (20) by voters 1-2.
        // Approval utilities: rho(B) = 10 < rho(A) = 22.5 -> B; then A has 15+15+25+25 = 80 < 90.
        // Cost utilities: rho/cost is 22.5/90 = 0.25 for A and 10/20 = 0.5 for B -> A; then
        // B's supporters hold 2.5 each.
        PbInstance pb = approval("""
                budget 100
                project A 90
                project B 20
                voter 1 A,B
                voter 2 A,B
                voter 3 A
                voter 4 A
                """);

        assertThat(mes.allocate(pb).selected()).containsExactly("B");
        assertThat(new EqualSharesRule(EqualSharesRule.Utility.COST, BigDecimal.ONE).allocate(pb).selected())
                .containsExactly("A");
    }

    @Test
    void ranked_and_pointed_ballots_are_read_as_approvals() {
        // Cumulative ballots: the points are ignored, every project given points is approved.
        // Budget 20, 2 voters with 10: A (10) by both (rho 5), B (10) by voter 2 (rho 10).
        // A first; voter 2 then holds 5 < 10; 10 left and B fits: completion reaches B at
        // share 15, where [A, B] costs exactly 20.
        PbInstance pb = parse("""
                META
                key;value
                budget;20
                vote_type;cumulative
                PROJECTS
                project_id;cost
                A;10
                B;10
                VOTES
                voter_id;vote;points
                1;A;3
                2;B,A;2,1
                """);

        assertThat(mes.allocate(pb).selected()).containsExactly("A", "B");
    }

    @Test
    void an_election_without_ballots_funds_nothing() {
        assertThat(mes.allocate(approval("budget 100\nproject A 10\n")).selected()).isEmpty();
    }

    @Test
    void the_completion_step_must_be_positive() {
        assertThatThrownBy(() -> new EqualSharesRule(EqualSharesRule.Utility.APPROVAL, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
