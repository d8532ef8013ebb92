package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participatory-budgeting election as pabulib describes it: META, PROJECTS, VOTES.
 * Immutable; two instances are equal when all sections are equal, which is what the
 * write/parse round trip is checked against.
 *
 * @param meta     the META key/value pairs in file order; always contains {@code budget}
 *                 and {@code vote_type} (added from the other fields when missing)
 * @param budget   the envelope, trailing zeros stripped
 * @param voteType how the ballots are to be read
 * @param projects in file order, ids unique
 * @param ballots  in file order; every listed project exists in {@code projects}
 */
public record PbInstance(Map<String, String> meta, BigDecimal budget, VoteType voteType,
                         List<PbProject> projects, List<PbBallot> ballots) {

    public PbInstance {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(voteType, "voteType");
        budget = Numbers.normalise(budget);
        Map<String, String> m = new LinkedHashMap<>(meta == null ? Map.of() : meta);
        m.putIfAbsent("budget", budget.toPlainString());
        m.putIfAbsent("vote_type", voteType.pabulibName());
        meta = Collections.unmodifiableMap(m);
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        Set<String> ids = new HashSet<>();
        for (PbProject p : projects) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate project id " + p.id());
            }
        }
        for (PbBallot b : ballots) {
            for (String id : b.projects()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("voter " + b.voterId() + " votes for unknown project " + id);
                }
            }
        }
    }

    /** For instances built in code rather than read from a file. */
    public static PbInstance of(BigDecimal budget, VoteType voteType, List<PbProject> projects, List<PbBallot> ballots) {
        return new PbInstance(Map.of(), budget, voteType, projects, ballots);
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(meta.get(key));
    }

    /** The rule the file says the city used ({@code rule} in META), if any. */
    public Optional<String> rule() {
        return meta("rule");
    }

    public Optional<PbProject> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
