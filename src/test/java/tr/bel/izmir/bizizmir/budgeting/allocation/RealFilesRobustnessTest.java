package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real files (the test resources are byte-for-byte the ones in shared/data/pabulib) in the
 * variants real files come in, and broken at a known line: each variant reads to the same
 * election, each break is reported at its line.
 */
class RealFilesRobustnessTest {

    static String text(String file) throws IOException {
        try (InputStream in = RealFilesRobustnessTest.class.getResourceAsStream("/pabulib/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    static int lineOf(List<String> lines, String startsWith, int after) {
        for (int i = after; i < lines.size(); i++) {
            if (lines.get(i).startsWith(startsWith)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + startsWith);
    }

    @ParameterizedTest
    @ValueSource(strings = {Pb.ZABRZE, Pb.GDANSK, Pb.KRAKOW})
    void meta_without_its_header_crlf_line_ends_and_quoted_fields_read_the_same(String file) throws IOException {
        PbInstance original = Pb.parse(text(file));
        List<String> lines = lines(text(file));
        assertThat(lines.get(1)).isEqualTo("key;value");

        List<String> noHeader = new ArrayList<>(lines);
        noHeader.remove(1);
        assertThat(Pb.parse(String.join("\n", noHeader))).isEqualTo(original);

        assertThat(Pb.parse("\uFEFF" + String.join("\r\n", lines))).isEqualTo(original);

        // Quote every field of the PROJECTS rows, as some exporters do.
        List<String> quoted = new ArrayList<>(lines);
        int projects = lineOf(quoted, "PROJECTS", 0);
        int votes = lineOf(quoted, "VOTES", projects);
        for (int i = projects + 2; i < votes; i++) {
            if (quoted.get(i).contains("\"")) {
                continue; // already quoted by the file (Gdańsk's names hold separators)
            }
            String[] fields = quoted.get(i).split(";", -1);
            for (int f = 0; f < fields.length; f++) {
                if (!fields[f].startsWith("\"")) {
                    fields[f] = "\"" + fields[f] + "\"";
                }
            }
            quoted.set(i, String.join(";", fields));
        }
        assertThat(Pb.parse(String.join("\n", quoted))).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {Pb.ZABRZE, Pb.GDANSK, Pb.KRAKOW})
    void a_broken_cost_and_a_vote_for_an_unknown_project_are_reported_at_their_lines(String file) throws IOException {
        List<String> lines = lines(text(file));
        int projects = lineOf(lines, "PROJECTS", 0);
        int firstProject = projects + 2;
        String[] header = lines.get(projects + 1).split(";", -1);
        int costColumn = List.of(header).indexOf("cost");
        String[] fields = lines.get(firstProject).split(";", -1);
        fields[costColumn] = "on bin";
        List<String> badCost = new ArrayList<>(lines);
        badCost.set(firstProject, String.join(";", fields));
        PabulibFormatException e = catchThrowableOfType(() -> Pb.parse(String.join("\n", badCost)),
                PabulibFormatException.class);
        assertThat(e.line()).isEqualTo(firstProject + 1);
        assertThat(e.messageKey()).isEqualTo("pb.error.bad-number");

        int votes = lineOf(lines, "VOTES", projects);
        int lastBallot = lines.size() - 1;
        while (lines.get(lastBallot).isBlank()) {
            lastBallot--;
        }
        List<String> voteHeader = List.of(lines.get(votes + 1).split(";", -1));
        String[] ballot = lines.get(lastBallot).split(";", -1);
        ballot[voteHeader.indexOf("vote")] = "NO-SUCH-PROJECT";
        if (voteHeader.contains("points")) {
            ballot[voteHeader.indexOf("points")] = "1";
        }
        List<String> badVote = new ArrayList<>(lines);
        badVote.set(lastBallot, String.join(";", ballot));
        PabulibFormatException unknown = catchThrowableOfType(() -> Pb.parse(String.join("\n", badVote)),
                PabulibFormatException.class);
        assertThat(unknown.line()).isEqualTo(lastBallot + 1);
        assertThat(unknown.messageKey()).isEqualTo("pb.error.unknown-project");
    }
}
