package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.internal.CycleAllocationRepository;
import tr.bel.izmir.bizizmir.budgeting.internal.ImplementationProjectRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What became of proposals after their feasibility check, as the public may know it (issue 13,
 * "the citizen sees the whole path"): whether they are on the cycle's ballot and when it runs,
 * the published allocation's verdict with the rule that decided it, and the implementation
 * project a funded one became. Reads a page of proposals of one cycle in three queries.
 */
@Service
public class ProposalFates {

    /** The published allocation's verdict on one proposal. */
    public record Verdict(ProjectOutcome outcome, AllocationRule rule, int votes) {
    }

    /** The project a funded proposal became. */
    public record Project(long id, ImplementationStatus status, int progress) {
    }

    /**
     * @param vote     the cycle's vote, if one is scheduled
     * @param onBallot whether the proposal is on that vote's ballot (known once the vote opened)
     * @param verdict  present once the cycle's allocation is published and the proposal was on the ballot
     */
    public record Fate(Optional<CycleBallots.CycleVote> vote, boolean onBallot, Optional<Verdict> verdict,
                       Optional<Project> project) {
    }

    private final ObjectProvider<CycleBallots> ballots;
    private final CycleAllocationRepository allocations;
    private final ImplementationProjectRepository projects;

    public ProposalFates(ObjectProvider<CycleBallots> ballots, CycleAllocationRepository allocations,
                         ImplementationProjectRepository projects) {
        this.ballots = ballots;
        this.allocations = allocations;
        this.projects = projects;
    }

    /** The fate of one proposal of a cycle. */
    public Fate of(long cycleId, long proposalId) {
        return of(cycleId, java.util.List.of(proposalId)).get(proposalId);
    }

    /** The fates of proposals of one cycle, keyed by proposal id (every id given has one). */
    @Transactional(readOnly = true)
    public Map<Long, Fate> of(long cycleId, Collection<Long> proposalIds) {
        Optional<CycleBallots.CycleVote> vote = Optional.ofNullable(ballots.getIfAvailable())
                .flatMap(b -> b.vote(cycleId));
        Map<Long, Verdict> verdicts = new HashMap<>();
        allocations.findByCycleId(cycleId).filter(CycleAllocation::isPublished).ifPresent(a ->
                a.getLines().forEach(l -> verdicts.put(l.getProposalId(), new Verdict(l.getOutcome(), a.getRule(), l.getVotes()))));
        Map<Long, Project> built = new HashMap<>();
        projects.findByCycleIdOrderByIdAsc(cycleId).forEach(p ->
                built.put(p.getProposalId(), new Project(p.getId(), p.getStatus(), p.getProgress())));
        Map<Long, Fate> fates = new HashMap<>();
        for (long id : proposalIds) {
            boolean onBallot = vote.map(v -> v.proposals().contains(id)).orElse(false);
            fates.put(id, new Fate(vote, onBallot, Optional.ofNullable(verdicts.get(id)), Optional.ofNullable(built.get(id))));
        }
        return fates;
    }
}
