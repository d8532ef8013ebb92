package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.approval;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.parse;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.voters;

class GreedyRuleTest {

    private final GreedyRule greedy = new GreedyRule();

    @Test
    void greedy_funds_projects_by_votes_while_they_fit() {
        // A (3 votes, 50): 50 left. B (2 votes, 40): 10 left. C (1 vote, 30) does not fit.
        PbInstance pb = approval("""
                budget 100
                project A 50
                project B 40
                project C 30
                voter 1 A,B,C
                voter 2 A,B
                voter 3 A
                """);

        Allocation result = greedy.allocate(pb);

        assertThat(result.selected()).containsExactly("A", "B");
        assertThat(result.totalCost()).isEqualByComparingTo("90");
        assertThat(result.voteCounts()).containsEntry("A", 3L).containsEntry("B", 2L).containsEntry("C", 1L);
    }

    @Test
    void greedy_skips_a_project_that_no_longer_fits() {
        // A (3 votes, 60): 40 left. B (2 votes, 50) no longer fits: skipped.
        // C (1 vote, 40) still fits exactly: funded, envelope spent to the last lira.
        PbInstance pb = approval("""
                budget 100
                project A 60
                project B 50
                project C 40
                voter 1 A,B,C
                voter 2 A,B
                voter 3 A
                """);

        Allocation result = greedy.allocate(pb);

        assertThat(result.selected()).containsExactly("A", "C");
        assertThat(result.totalCost()).isEqualByComparingTo("100");
    }

    @Test
    void greedy_never_funds_a_project_costing_more_than_the_whole_envelope() {
        PbInstance pb = approval("""
                budget 100
                project BIG 150
                project SMALL 30
                voter 1 BIG
                voter 2 BIG
                voter 3 BIG,SMALL
                """);

        Allocation result = greedy.allocate(pb);

        assertThat(result.selected()).containsExactly("SMALL");
        assertThat(result.voteCounts()).containsEntry("BIG", 3L);
    }

    @Test
    void greedy_does_not_fund_a_project_nobody_voted_for_even_with_money_left() {
        PbInstance pb = approval("""
                budget 100
                project A 20
                project NOBODY 10
                voter 1 A
                """);

        Allocation result = greedy.allocate(pb);

        assertThat(result.selected()).containsExactly("A");
        assertThat(result.voteCounts()).containsEntry("NOBODY", 0L);
    }

    @Test
    void a_voter_approving_nothing_changes_nothing() {
        String base = """
                budget 100
                project A 70
                project B 40
                voter 1 A
                voter 2 A,B
                """;

        Allocation without = greedy.allocate(approval(base));
        Allocation with = greedy.allocate(approval(base + "voter 3\n"));

        assertThat(with.selected()).containsExactly("A").isEqualTo(without.selected());
        assertThat(with.voteCounts()).isEqualTo(without.voteCounts());
    }

    @Test
    void greedy_breaks_a_tie_in_votes_by_lower_cost_then_by_project_id() {
        // All three have 2 votes. c is cheapest (40): first, 60 left. a and b both cost 50:
        // a comes before b by id, takes 50; b no longer fits.
        PbInstance pb = approval("""
                budget 100
                project b 50
                project a 50
                project c 40
                voter 1 a,b,c
                voter 2 a,b,c
                """);

        assertThat(greedy.allocate(pb).selected()).containsExactly("c", "a");
    }

    @Test
    void project_ids_are_compared_as_text_so_10_comes_before_9() {
        PbInstance pb = approval("""
                budget 50
                project 9 50
                project 10 50
                voter 1 9,10
                """);

        assertThat(greedy.allocate(pb).selected()).containsExactly("10");
    }

    @Test
    void greedy_ranks_cumulative_ballots_by_points_and_breaks_point_ties_by_votes() {
        // A: 5 points from 1 voter. B: 3 points from 3 voters. C: 2 points from 2 voters,
        // D: 2 points from 1 voter. Order A, B, C, D. Budget 70: A (40) leaves 30, B (30)
        // fits exactly, C and D no longer fit.
        PbInstance pb = parse("""
                META
                key;value
                budget;70
                vote_type;cumulative
                PROJECTS
                project_id;cost
                A;40
                B;30
                C;10
                D;10
                VOTES
                voter_id;vote;points
                1;A;5
                2;B,C;1,1
                3;B,C;1,1
                4;B,D;1,2
                """);

        Allocation result = greedy.allocate(pb);

        assertThat(result.support()).containsEntry("A", new BigDecimal("5")).containsEntry("B", new BigDecimal("3"))
                .containsEntry("C", new BigDecimal("2")).containsEntry("D", new BigDecimal("2"));
        assertThat(result.selected()).containsExactly("A", "B");

        // With 10 more, C (2 votes) wins the point tie against D (1 vote).
        PbInstance richer = new PbInstance(pb.meta(), new BigDecimal("80"), pb.voteType(), pb.projects(), pb.ballots());
        assertThat(greedy.allocate(richer).selected()).containsExactly("A", "B", "C");
    }

    @Test
    void greedy_counts_every_ranked_project_once_on_ordinal_ballots() {
        // Ranks are ignored: Z, ranked last by both voters, has 2 votes; X, ranked first once, has 1.
        PbInstance pb = parse("""
                META
                budget;10
                vote_type;ordinal
                PROJECTS
                project_id;cost
                X;10
                Z;10
                Y;10
                VOTES
                voter_id;vote
                1;X,Z
                2;Y,Z
                """);

        Allocation result = greedy.allocate(pb);

        assertThat(result.voteCounts()).containsEntry("Z", 2L).containsEntry("X", 1L).containsEntry("Y", 1L);
        assertThat(result.selected()).containsExactly("Z");
    }

    @Test
    void an_election_without_ballots_funds_nothing() {
        PbInstance pb = approval("""
                budget 100
                project A 10
                """);

        Allocation result = greedy.allocate(pb);

        assertThat(result.selected()).isEmpty();
        assertThat(result.totalCost()).isEqualByComparingTo("0");
    }

    @Test
    void greedy_uses_exact_decimal_costs() {
        // 0.1 + 0.2 must fit into 0.3 exactly; with binary doubles it would not.
        PbInstance pb = approval("budget 0.3\nproject A 0.1\nproject B 0.2\n" + voters(1, 2, "A,B"));

        assertThat(greedy.allocate(pb).selected()).containsExactly("A", "B");
    }
}
