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

    /** The cycles whose pabulib file is public, oldest first (public). */
    @Transactional(readOnly = true)
    public List<Long> cycles() {
        return allocations.publishedResults().stream().map(CycleAllocation::getCycleId).sorted()
                .filter(id -> vote(id).isPresent()).toList();
    }

    /** The pabulib file of a published cycle (public); any other cycle is not found. */
    @Transactional(readOnly = true)
    public String export(long cycleId) {
        CycleAllocation allocation = allocations.published(cycleId)
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
