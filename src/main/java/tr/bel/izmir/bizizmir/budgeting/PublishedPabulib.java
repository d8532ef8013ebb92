package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibWriter;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.List;
import java.util.Optional;

/**
 * The pabulib file of a cycle whose allocation is published, as open data (issue 18): the same
 * file the budget office exports ({@link BudgetAllocations#exportPb}), with the ballots in a
 * canonical order under sequential numbers, so nothing links a ballot to a voter or to when it
 * was cast. A vote with fewer ballots than {@code bizizmir.voting.min-group-size} is not
 * published ballot by ballot (DD010): its results stay on the results page and in the
 * aggregate datasets only.
 */
@Service
public class PublishedPabulib {

    private final BudgetAllocations allocations;
    private final ObjectProvider<CycleBallots> ballots;
    private final int minGroupSize;

    PublishedPabulib(BudgetAllocations allocations, ObjectProvider<CycleBallots> ballots,
                     @Value("${bizizmir.voting.min-group-size:10}") int minGroupSize) {
        this.allocations = allocations;
        this.ballots = ballots;
        this.minGroupSize = minGroupSize;
    }

    /**
     * The cycles whose pabulib file is public, oldest first (public). Decided from the published
     * allocations' ballot counts, without reading any ballot: the catalogue lists them on every
     * request.
     */
    @Transactional(readOnly = true)
    public List<Long> cycles() {
        CycleBallots port = ballots.getIfAvailable();
        if (port == null) {
            return List.of();
        }
        // A result published without a vote of ours (an imported or replayed election) has no ballots to give.
        return allocations.publishedResults().stream().filter(a -> a.getVoters() >= minGroupSize)
                .map(CycleAllocationInfo::getCycleId)
                .filter(id -> port.vote(id).filter(v -> v.closedAt() != null && !v.cancelled()).isPresent())
                .sorted().toList();
    }

    /** The pabulib file of a published cycle (public); any other cycle is not found. */
    @Transactional(readOnly = true)
    public String export(long cycleId) {
        CycleAllocationInfo allocation = allocations.published(cycleId)
                .orElseThrow(() -> new DomainException.NotFound("opendata.error.no-pabulib", Long.toString(cycleId)));
        CycleVoteResult vote = vote(cycleId)
                .orElseThrow(() -> new DomainException.NotFound("opendata.error.no-pabulib", Long.toString(cycleId)));
        return new PabulibWriter().write(allocations.instanceOf(allocations.cycle(cycleId), vote, allocation));
    }

    private Optional<CycleVoteResult> vote(long cycleId) {
        CycleBallots port = ballots.getIfAvailable();
        return port == null ? Optional.empty()
                : port.closedVote(cycleId).filter(v -> v.ballots().size() >= minGroupSize);
    }
}
