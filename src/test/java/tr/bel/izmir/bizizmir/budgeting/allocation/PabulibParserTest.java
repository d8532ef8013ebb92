package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.parse;
import static tr.bel.izmir.bizizmir.budgeting.allocation.Pb.sample;

class PabulibParserTest {

    @Test
    void the_zabrze_approval_file_is_read_completely() {
        PbInstance pb = sample(Pb.ZABRZE);

        assertThat(pb.budget()).isEqualByComparingTo("155000");
        assertThat(pb.voteType()).isEqualTo(VoteType.APPROVAL);
        assertThat(pb.rule()).contains("greedy");
        assertThat(pb.meta()).containsEntry("unit", "Zabrze").containsEntry("num_votes", "289");
        assertThat(pb.projects()).extracting(PbProject::id)
                .containsExactly("P0006", "P0013", "P0042", "P0060", "P0061");
        PbProject first = pb.projects().get(0);
        assertThat(first.cost()).isEqualByComparingTo("140000");
        assertThat(first.votes()).isEqualTo(140L);
        assertThat(first.name()).startsWith("Budowa sygnalizacji świetlnej");
        assertThat(first.selected()).isNull();
        assertThat(pb.ballots()).hasSize(289);
        assertThat(pb.ballots().get(0)).isEqualTo(new PbBallot("4", List.of("P0013")));
    }

    @Test
    void the_gdansk_cumulative_file_keeps_points_quotes_and_extra_columns() {
        PbInstance pb = sample(Pb.GDANSK);

        assertThat(pb.voteType()).isEqualTo(VoteType.CUMULATIVE);
        assertThat(pb.budget()).isEqualByComparingTo("420000");
        assertThat(pb.projects()).hasSize(16);
        assertThat(pb.ballots()).hasSize(993);
        // A quoted name holding doubled quotes and a ';' stays one field.
        assertThat(pb.project("7").orElseThrow().name())
                .isEqualTo("Wiata śmietnikowa przy \"Delikatesach FART\" Kartuska73-79 ; Tarasy 1-3 ; Zakopiańska 41,32,32a");
        assertThat(pb.project("11").orElseThrow().extra()).containsEntry("score", "863");
        PbBallot ballot = pb.ballots().get(2);
        assertThat(ballot.voterId()).isEqualTo("226");
        assertThat(ballot.projects()).containsExactly("12", "7");
        assertThat(ballot.points()).containsExactly(new BigDecimal("4"), BigDecimal.ONE);
        assertThat(ballot.extra()).containsEntry("sex", "F").containsEntry("age", "41");
    }

    @Test
    void the_krakow_ordinal_file_keeps_rankings_and_the_selected_column() {
        PbInstance pb = sample(Pb.KRAKOW);

        assertThat(pb.voteType()).isEqualTo(VoteType.ORDINAL);
        assertThat(pb.budget()).isEqualByComparingTo("1394695");
        assertThat(pb.projects()).hasSize(21);
        assertThat(pb.ballots()).hasSize(1961);
        assertThat(pb.project("25").orElseThrow().selected()).isTrue();
        assertThat(pb.project("4").orElseThrow().selected()).isFalse();
        assertThat(pb.ballots().get(0).projects()).containsExactly("25", "13", "17");
        assertThat(pb.ballots().get(0).extra()).containsEntry("voting_method", "internet");
    }

    @Test
    void the_vote_counts_in_the_files_match_the_ballots() {
        for (String file : List.of(Pb.ZABRZE, Pb.GDANSK, Pb.KRAKOW)) {
            PbInstance pb = sample(file);
            Allocation counted = new GreedyRule().allocate(pb);
            for (PbProject p : pb.projects()) {
                assertThat(counted.voteCounts().get(p.id())).as(file + " project " + p.id()).isEqualTo(p.votes());
            }
        }
    }

    @Test
    void a_bom_crlf_line_ends_blank_lines_and_meta_without_header_are_accepted() {
        String text = "\uFEFFMETA\r\n\r\nbudget;100\r\nvote_type;approval\r\n\r\n"
                + "PROJECTS\r\nproject_id;cost\r\n1;60\r\n\r\n2;40\r\nVOTES\r\nvoter_id;vote\r\n\r\nv1;1,2\r\n";

        PbInstance pb = parse(text);

        assertThat(pb.meta()).containsOnlyKeys("budget", "vote_type");
        assertThat(pb.projects()).extracting(PbProject::id).containsExactly("1", "2");
        assertThat(pb.ballots()).containsExactly(new PbBallot("v1", List.of("1", "2")));
    }

    @Test
    void numbers_are_read_in_the_ways_real_files_write_them() {
        PbInstance pb = parse("""
                META
                key;value
                budget;155000.0
                PROJECTS
                project_id;cost
                a;155,000
                b;1 500
                c;12.50
                d;1,5
                e;1.394.695
                f;"2500"
                VOTES
                voter_id;vote
                """);

        assertThat(pb.budget()).isEqualTo(new BigDecimal("155000"));
        assertThat(pb.projects()).extracting(PbProject::cost).containsExactly(
                new BigDecimal("155000"), new BigDecimal("1500"), new BigDecimal("12.5"),
                new BigDecimal("1.5"), new BigDecimal("1394695"), new BigDecimal("2500"));
        // The META text is kept as written; only the typed budget is normalised.
        assertThat(pb.meta()).containsEntry("budget", "155000.0");
    }

    @Test
    void columns_may_come_in_any_order_with_unknown_ones_kept() {
        PbInstance pb = parse("""
                META
                key;value
                budget;100
                PROJECTS
                name;category;cost;project_id;selected;target;latitude;longitude
                Park;green;50;A;1;children;38.42;27.14
                VOTES
                age;vote;sex;voter_id
                30;A;F;7
                """);

        PbProject a = pb.projects().get(0);
        assertThat(a.id()).isEqualTo("A");
        assertThat(a.cost()).isEqualByComparingTo("50");
        assertThat(a.name()).isEqualTo("Park");
        assertThat(a.selected()).isTrue();
        assertThat(a.extra()).containsExactly(
                entry("category", "green"), entry("target", "children"),
                entry("latitude", "38.42"), entry("longitude", "27.14"));
        assertThat(pb.ballots().get(0).voterId()).isEqualTo("7");
        assertThat(pb.ballots().get(0).extra()).containsEntry("age", "30").containsEntry("sex", "F");
    }

    @Test
    void quoted_fields_may_hold_separators_quotes_and_line_breaks() {
        PbInstance pb = parse("""
                META
                key;value
                budget;100
                description;"District PB; second edition"
                PROJECTS
                project_id;cost;name
                A;10;"Say ""hello""; then
                leave"
                B;20;  Trimmed \s
                C;30; " Spaced " \s
                VOTES
                voter_id;vote
                1;A
                """);

        assertThat(pb.meta()).containsEntry("description", "District PB; second edition");
        assertThat(pb.project("A").orElseThrow().name()).isEqualTo("Say \"hello\"; then\nleave");
        assertThat(pb.project("B").orElseThrow().name()).isEqualTo("Trimmed");
        assertThat(pb.project("C").orElseThrow().name()).isEqualTo(" Spaced ");
        // Line numbers keep counting inside the quoted line break.
        PabulibFormatException e = org.junit.jupiter.api.Assertions.assertThrows(PabulibFormatException.class,
                () -> parse("""
                        META
                        budget;100
                        PROJECTS
                        project_id;cost;name
                        A;10;"two
                        lines"
                        B;x;bad
                        VOTES
                        voter_id;vote
                        """));
        assertThat(e.line()).isEqualTo(7);
    }

    @Test
    void trailing_separators_short_rows_and_an_unquoted_separator_in_meta_are_tolerated() {
        PbInstance pb = parse("""
                META
                key;value;
                budget;100;
                comment;
                description;District PB; second edition
                PROJECTS
                project_id;cost;name;category
                A;10;;
                B;20
                VOTES
                voter_id;vote;age
                1;A,B
                2;;
                """);

        assertThat(pb.meta()).containsEntry("comment", "").containsEntry("description", "District PB; second edition");
        assertThat(pb.projects()).extracting(PbProject::name).containsExactly(null, null);
        assertThat(pb.ballots().get(1).projects()).isEmpty();
    }

    @Test
    void a_missing_vote_type_means_approval_and_choose_1_is_approval() {
        assertThat(parse("META\nbudget;1\nPROJECTS\nproject_id;cost\nVOTES\n").voteType()).isEqualTo(VoteType.APPROVAL);
        assertThat(parse("META\nbudget;1\nvote_type;choose-1\nPROJECTS\nproject_id;cost\nVOTES\n").voteType())
                .isEqualTo(VoteType.APPROVAL);
    }

    private static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }
}
