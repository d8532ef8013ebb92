package tr.bel.izmir.bizizmir.voting;

import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.budgeting.CycleBallots;
import tr.bel.izmir.bizizmir.budgeting.CycleVoteResult;
import tr.bel.izmir.bizizmir.shared.Money;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Budgeting's view of a closed PB vote: the ballot's projects and every counted ballot, no voters. */
@Component
class VotingCycleBallots implements CycleBallots {

    private final PublicVotes votes;

    VotingCycleBallots(PublicVotes votes) {
        this.votes = votes;
    }

    @Override
    public boolean voteScheduled(long cycleId) {
        return votes.ofCycle(cycleId).isPresent();
    }

    @Override
    public Optional<CycleVote> vote(long cycleId) {
        return votes.ofCycle(cycleId).map(v -> {
            Set<Long> proposals = new LinkedHashSet<>();
            votes.optionsOf(v).forEach(o -> {
                if (o.getProposalId() != null) {
                    proposals.add(o.getProposalId());
                }
            });
            return new CycleVote(v.getId(), v.getOpensAt(), v.getClosesAt(),
                    v.getStatus() == VoteStatus.CLOSED ? v.getClosedAt() : null, v.getStatus() == VoteStatus.CANCELLED,
                    proposals);
        });
    }

    @Override
    public Optional<CycleVoteResult> closedVote(long cycleId) {
        return votes.ofCycle(cycleId).filter(v -> v.getStatus() == VoteStatus.CLOSED).map(vote -> {
            var options = votes.optionsOf(vote);
            Map<Long, Long> proposalOf = new HashMap<>();
            options.forEach(o -> proposalOf.put(o.getId(), o.getProposalId()));
            var projects = options.stream().map(o -> new CycleVoteResult.BallotProject(o.getProposalId(), o.getLabel(),
                    o.getCost().orElse(Money.ZERO))).toList();
            var ballots = votes.countedBallots(vote.getId()).stream().map(choice -> {
                Set<Long> proposals = new LinkedHashSet<>();
                choice.forEach(id -> proposals.add(proposalOf.get(id)));
                return proposals;
            }).toList();
            return new CycleVoteResult(cycleId, projects, ballots);
        });
    }
}
