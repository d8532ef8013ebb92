package tr.bel.izmir.bizizmir.budgeting;

import java.util.List;
import java.util.Set;

import tr.bel.izmir.bizizmir.shared.Money;

/**
 * What a closed public vote hands to the allocation: the projects that were on the ballot and
 * every counted ballot as the set of chosen proposal ids. Secret by construction: no voter.
 */
public record CycleVoteResult(long cycleId, List<BallotProject> projects, List<Set<Long>> ballots) {

    public CycleVoteResult {
        projects = List.copyOf(projects);
        ballots = ballots.stream().map(Set::copyOf).toList();
    }

    /** A project on the ballot: the proposal it came from, its title and the assessed cost. */
    public record BallotProject(long proposalId, String title, Money cost) {
    }
}
