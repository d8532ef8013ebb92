package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a pabulib VOTES section.
 *
 * @param voterId  the {@code voter_id}
 * @param projects the {@code vote} list in file order (for ordinal ballots: best first);
 *                 empty for a voter who approved nothing
 * @param points   the {@code points} list, same length as {@code projects}, or
 *                 {@code null} when the file has no points column
 * @param extra    every other column (age, sex, voting_method, ...); empty cells left out
 */
public record PbBallot(String voterId, List<String> projects, List<BigDecimal> points,
                       Map<String, String> extra) {

    public PbBallot {
        Objects.requireNonNull(voterId, "voterId");
        projects = List.copyOf(projects);
        if (points != null) {
            points = points.stream().map(Numbers::normalise).toList();
            if (points.size() != projects.size()) {
                throw new IllegalArgumentException("points and projects differ in length for voter " + voterId);
            }
        }
        extra = PbProject.nonEmptyCopy(extra);
    }

    public PbBallot(String voterId, List<String> projects) {
        this(voterId, projects, null, Map.of());
    }

    public boolean hasPoints() {
        return points != null;
    }
}
