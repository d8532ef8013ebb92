package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.parse;

class PabulibParserErrorTest {

    private static PabulibFormatException failure(String text) {
        ThrowingCallable parsing = () -> parse(text);
        PabulibFormatException e = catchThrowableOfType(parsing, PabulibFormatException.class);
        assertThat(e).as("expected a PabulibFormatException").isNotNull();
        return e;
    }

    @Test
    void a_missing_section_is_reported_at_the_end_of_the_file() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;cost
                A;10
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.missing-section");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.detailArgs()).containsExactly("VOTES");
        assertThat(e.getMessage()).isEqualTo("line 5: the file has no VOTES section");
    }

    @Test
    void an_empty_file_misses_its_meta_section() {
        PabulibFormatException e = failure("");

        assertThat(e.messageKey()).isEqualTo("pb.error.missing-section");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detailArgs()).containsExactly("META");
    }

    @Test
    void a_repeated_section_is_reported_where_it_repeats() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;cost
                PROJECTS
                VOTES
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.duplicate-section");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void data_before_the_first_section_is_refused() {
        PabulibFormatException e = failure("""

                budget;100
                META
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.outside-section");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void a_row_with_more_fields_than_its_header_is_refused() {
        PabulibFormatException e = failure("""
                META
                key;value
                budget;100
                PROJECTS
                project_id;cost;name
                A;10;Park;surplus
                VOTES
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.columns");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).isEqualTo("line 6: 4 fields where the header of PROJECTS has 3");
    }

    @Test
    void a_meta_row_without_a_value_field_is_refused() {
        PabulibFormatException e = failure("""
                META
                budget;100
                lonely
                PROJECTS
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.columns");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void a_header_without_a_required_column_is_refused() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;price
                A;10
                VOTES
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.missing-column");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.detailArgs()).containsExactly("PROJECTS", "cost");
    }

    @Test
    void cumulative_votes_without_points_are_refused() {
        PabulibFormatException e = failure("""
                META
                budget;100
                vote_type;cumulative
                PROJECTS
                project_id;cost
                A;10
                VOTES
                voter_id;vote
                1;A
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.missing-column");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.detailArgs()).containsExactly("VOTES", "points");
    }

    @Test
    void an_empty_project_id_is_refused() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;cost
                A;10
                ;20
                VOTES
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.missing-value");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.detailArgs()).containsExactly("project_id");
    }

    @Test
    void a_cost_that_is_not_a_number_is_refused_with_its_line() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;cost
                A;10
                B;12a
                VOTES
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.bad-number");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.detailArgs()).containsExactly("cost", "12a");
        assertThat(e.getMessage()).isEqualTo("line 6: \"12a\" in column \"cost\" is not a valid number");
    }

    @Test
    void a_negative_cost_is_refused_as_negative() {
        PabulibFormatException e = failure("META\nbudget;100\nPROJECTS\nproject_id;cost\nA;-5\nVOTES\n");

        assertThat(e.messageKey()).isEqualTo("pb.error.negative-number");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).isEqualTo("line 5: \"-5\" in column \"cost\" is negative; it must be zero or more");
    }

    @Test
    void a_negative_budget_is_refused_as_negative() {
        PabulibFormatException e = failure("META\nkey;value\nbudget;-100\nPROJECTS\nproject_id;cost\nVOTES\n");

        assertThat(e.messageKey()).isEqualTo("pb.error.negative-number");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detailArgs()).containsExactly("budget", "-100");
    }

    @Test
    void a_bad_budget_is_reported_on_its_meta_line() {
        PabulibFormatException e = failure("META\nkey;value\nunit;Izmir\nbudget;lots\nPROJECTS\nproject_id;cost\nVOTES\n");

        assertThat(e.messageKey()).isEqualTo("pb.error.bad-number");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void bad_points_are_refused() {
        PabulibFormatException e = failure("""
                META
                budget;100
                vote_type;cumulative
                PROJECTS
                project_id;cost
                A;10
                VOTES
                voter_id;vote;points
                1;A;three
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.bad-number");
        assertThat(e.line()).isEqualTo(9);
    }

    @Test
    void a_meta_section_without_budget_is_refused_at_its_header() {
        PabulibFormatException e = failure("""

                META
                key;value
                vote_type;approval
                PROJECTS
                project_id;cost
                VOTES
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.missing-budget");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("line 2: META has no budget");
    }

    @Test
    void an_unknown_vote_type_is_refused() {
        PabulibFormatException e = failure("META\nbudget;100\nvote_type;quadratic\nPROJECTS\nproject_id;cost\nVOTES\n");

        assertThat(e.messageKey()).isEqualTo("pb.error.vote-type");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detailArgs()).containsExactly("quadratic");
    }

    @Test
    void a_vote_for_a_project_not_in_projects_is_refused_with_its_line() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;cost
                A;10
                VOTES
                voter_id;vote
                1;A
                2;A,X
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.unknown-project");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.detailArgs()).containsExactly("2", "X");
        assertThat(e.args()).containsExactly(9, "2", "X");
        assertThat(e.getMessage()).isEqualTo("line 9: voter 2 votes for project X, which is not in PROJECTS");
    }

    @Test
    void a_project_listed_twice_is_refused() {
        PabulibFormatException e = failure("META\nbudget;100\nPROJECTS\nproject_id;cost\nA;10\nA;20\nVOTES\n");

        assertThat(e.messageKey()).isEqualTo("pb.error.duplicate-project");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void a_second_ballot_of_the_same_voter_is_refused() {
        PabulibFormatException e = failure("META\nbudget;100\nPROJECTS\nproject_id;cost\nA;10\nVOTES\nvoter_id;vote\n1;A\n1;A\n");

        assertThat(e.messageKey()).isEqualTo("pb.error.duplicate-voter");
        assertThat(e.line()).isEqualTo(9);
    }

    @Test
    void a_ballot_naming_a_project_twice_is_read_as_the_reference_tools_do_once_with_a_warning_naming_the_line() {
        // Real files have it (the reference tools read a ballot as a set); the first mention
        // and its points count, the page shows the warning.
        PabulibParser.Parsed parsed = new PabulibParser().parseWithWarnings("META\nkey;value\nbudget;100\nvote_type;cumulative\n"
                + "PROJECTS\nproject_id;cost\nA;10\nB;20\nVOTES\nvoter_id;vote;points\n1;A,B,A;3,2,1\n2;B;5\n");

        assertThat(parsed.instance().ballots().get(0).projects()).containsExactly("A", "B");
        assertThat(parsed.instance().ballots().get(0).points()).containsExactly(new java.math.BigDecimal("3"),
                new java.math.BigDecimal("2"));
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("pb.warning.duplicate-vote");
            assertThat(w.line()).isEqualTo(11);
            assertThat(w.args()).containsExactly("11", "1", "A");
        });
    }

    @Test
    void a_meta_section_without_its_header_a_stray_quote_and_wrong_counts_are_read_with_warnings() {
        PabulibParser.Parsed parsed = new PabulibParser().parseWithWarnings("META\nbudget;100\nnum_votes;3\n"
                + "num_projects;1\nPROJECTS\nproject_id;cost;name\nA;10;Park \"Yeşil\" alan\nVOTES\nvoter_id;vote\n1;A\n");

        assertThat(parsed.instance().project("A").orElseThrow().name()).isEqualTo("Park \"Yeşil\" alan");
        assertThat(parsed.warnings()).extracting(PbWarning::line, PbWarning::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "pb.warning.meta-header"),
                org.assertj.core.groups.Tuple.tuple(3, "pb.warning.meta-count"),
                org.assertj.core.groups.Tuple.tuple(7, "pb.warning.stray-quote"));
        assertThat(parsed.warnings().get(1).args()).containsExactly("3", "num_votes", "3", "1");
    }

    @Test
    void a_project_dearer_than_the_budget_and_a_selected_column_over_it_are_read_with_warnings() {
        PabulibParser.Parsed parsed = new PabulibParser().parseWithWarnings("META\nkey;value\nbudget;100\n"
                + "PROJECTS\nproject_id;cost;selected\nA;60;1\nB;150;0\nC;50;1\nVOTES\nvoter_id;vote\n1;A,B\n2;C\n");

        assertThat(parsed.instance().projects()).hasSize(3);
        assertThat(parsed.warnings()).extracting(PbWarning::line, PbWarning::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "pb.warning.selected-over-budget"),
                org.assertj.core.groups.Tuple.tuple(7, "pb.warning.over-budget"));
        assertThat(parsed.warnings().get(0).args()).containsExactly("4", new java.math.BigDecimal("110"),
                new java.math.BigDecimal("100"));
        assertThat(parsed.warnings().get(1).args()).containsExactly("7", "B", new java.math.BigDecimal("150"),
                new java.math.BigDecimal("100"));
    }

    @Test
    void a_budget_of_zero_is_read_with_one_warning_on_its_line() {
        PabulibParser.Parsed parsed = new PabulibParser().parseWithWarnings("META\nkey;value\nunit;İzmir\nbudget;0\n"
                + "PROJECTS\nproject_id;cost\nA;60\nB;150\nVOTES\nvoter_id;vote\n1;A,B\n");

        assertThat(parsed.instance().budget()).isZero();
        assertThat(parsed.warnings()).extracting(PbWarning::line, PbWarning::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "pb.warning.zero-budget"));
    }

    @Test
    void points_must_match_the_vote_list_in_length() {
        PabulibFormatException e = failure("""
                META
                budget;100
                vote_type;cumulative
                PROJECTS
                project_id;cost
                A;10
                B;10
                VOTES
                voter_id;vote;points
                1;A,B;3
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.points-length");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.getMessage()).isEqualTo("line 10: voter 1 lists 2 projects but 1 points");
    }

    @Test
    void an_unclosed_quote_is_reported_where_it_opens() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;cost;name
                A;10;"Park
                VOTES
                """);

        assertThat(e.messageKey()).isEqualTo("pb.error.unterminated-quote");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void line_numbers_count_crlf_line_ends_once() {
        PabulibFormatException e = failure("META\r\nbudget;100\r\nPROJECTS\r\nproject_id;cost\r\nA;zz\r\nVOTES\r\n");

        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void the_error_is_a_domain_exception_so_the_ui_can_translate_it() {
        PabulibFormatException e = failure("META\nbudget;100\nPROJECTS\nproject_id;cost\nA;zz\nVOTES\n");

        assertThat(e).isInstanceOf(tr.bel.izmir.bizizmir.shared.DomainException.class);
        assertThat(e.httpStatus()).isEqualTo(422);
    }
    @Test
    void every_row_that_cannot_be_read_is_told_at_once_in_the_order_of_the_file() {
        PabulibFormatException e = failure("""
                META
                budget;100
                PROJECTS
                project_id;cost
                A;10
                B;-3
                C;ten
                C;12
                VOTES
                voter_id;vote
                1;A,B
                2;A,Z
                2;A
                3;C
                """);

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.messageKey()).isEqualTo("pb.error.negative-number");
        // B's row is refused, so voter 1's vote for B is not refused again; C's second row is a duplicate.
        assertThat(e.further()).extracting(PabulibFormatException::line).containsExactly(7, 8, 12, 13);
        assertThat(e.further()).extracting(PabulibFormatException::messageKey).containsExactly(
                "pb.error.bad-number", "pb.error.duplicate-project", "pb.error.unknown-project",
                "pb.error.duplicate-voter");
        assertThat(e.notListed()).isZero();
    }

    @Test
    void a_file_wrong_on_every_line_lists_the_first_problems_and_counts_the_rest() {
        StringBuilder file = new StringBuilder("META\nbudget;100\nPROJECTS\nproject_id;cost\nA;10\nVOTES\nvoter_id;vote\n");
        for (int v = 0; v < 5000; v++) {
            file.append(v).append(";Z").append(v).append('\n');
        }

        PabulibFormatException e = failure(file.toString());

        assertThat(e.line()).isEqualTo(8);
        assertThat(e.further()).hasSize(PabulibFormatException.MAX_FURTHER);
        assertThat(e.notListed()).isEqualTo(5000 - 1 - PabulibFormatException.MAX_FURTHER);
    }

    @Test
    void a_missing_column_comes_alone_rather_than_once_per_row() {
        PabulibFormatException e = failure("META\nbudget;100\nPROJECTS\nproject_id;price\nA;10\nB;12\nVOTES\n");

        assertThat(e.messageKey()).isEqualTo("pb.error.missing-column");
        assertThat(e.further()).isEmpty();
    }
}
