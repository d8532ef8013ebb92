package tr.bel.izmir.bizizmir.budgeting;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.internal.AllocationControlRepository;
import tr.bel.izmir.bizizmir.budgeting.internal.CycleAllocationRepository;
import tr.bel.izmir.bizizmir.budgeting.internal.PbCycleRepository;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;
import tr.bel.izmir.bizizmir.shared.process.ControlMessages;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A programme coordinator (or admin) re-runs a cycle's allocation (issue 13, DD020) — typically
 * to leave out a project withdrawn or found infeasible after the vote — with a reason. Only in
 * the one phase where it makes sense: the cycle is in ALLOCATION and its allocation waits for the
 * budget office's review, i.e. it has been computed and not yet published. Before that there is
 * nothing to re-run; after publication results and implementation projects are public and stay.
 * The envelope and the rules are not changed here (DD017 froze them when the vote was scheduled).
 * The re-run records who did what and why, then sends {@code AllocationRerunRequested} to the
 * cycle's allocation process: the review task ends and the tally runs again (as a job) without the
 * excluded projects; the budget office then reviews the new allocation.
 */
@Service
public class AllocationControls {

    private static final Logger log = LoggerFactory.getLogger(AllocationControls.class);
    static final String ERROR = "budget.rerun.error.";

    private final PbCycleRepository cycles;
    private final CycleAllocationRepository allocations;
    private final AllocationControlRepository controls;
    private final BudgetAllocations budget;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final Clock clock;

    public AllocationControls(PbCycleRepository cycles, CycleAllocationRepository allocations,
                              AllocationControlRepository controls, BudgetAllocations budget, CurrentUser currentUser,
                              RuntimeService runtime, Clock clock) {
        this.cycles = cycles;
        this.allocations = allocations;
        this.controls = controls;
        this.budget = budget;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** A cycle whose allocation may be re-run now, with the allocation under review and what is left out. */
    public record Rerunnable(PbCycleInfo cycle, CycleAllocationInfo allocation, Set<Long> excluded, List<AllocationControl> history) {
    }

    /** Cycles in ALLOCATION whose allocation awaits review, for the coordinator's screen. */
    @PreAuthorize("hasAnyRole('coordinator','admin')")
    @Transactional(readOnly = true)
    public List<Rerunnable> rerunnable() {
        return cycles.findAll().stream().filter(c -> c.getPhase() == CyclePhase.ALLOCATION)
                .flatMap(c -> allocations.findByCycleId(c.getId()).filter(a -> !a.isPublished()).stream()
                        .map(a -> new Rerunnable(c, a, budget.excluded(c.getId()), history(c.getId()))))
                .toList();
    }

    /**
     * Re-runs the allocation without the given proposals (the whole set: a project left out
     * before and not named again comes back).
     *
     * @throws DomainException {@code budget.rerun.error.*}: no reason, wrong phase, already
     *                         published, a project not on the ballot, nothing left, or the process
     *                         is not waiting for review (the tally is running)
     */
    @PreAuthorize("hasAnyRole('coordinator','admin')")
    @Transactional
    public AllocationControl rerun(long cycleId, Collection<Long> exclude, String reason) {
        String why = ProcessControlRecord.requireReason(reason, ERROR);
        var cycle = cycles.findById(cycleId).orElseThrow(() -> new DomainException.NotFound("cycle.error.not-found", cycleId));
        if (cycle.getPhase() != CyclePhase.ALLOCATION) {
            throw new DomainException.Conflict(ERROR + "phase");
        }
        var allocation = allocations.findByCycleId(cycleId)
                .orElseThrow(() -> new DomainException.Conflict(ERROR + "not-computed"));
        if (allocation.isPublished()) {
            throw new DomainException.Conflict(ERROR + "published");
        }
        // Every project on the ballot, with its title: the allocation's lines and what the last re-run left out.
        java.util.SortedMap<Long, String> onBallot = new java.util.TreeMap<>(excludedTitles(cycleId));
        allocation.getLines().forEach(l -> onBallot.put(l.getProposalId(), l.getTitle()));
        Set<Long> excluded = new TreeSet<>(exclude == null ? List.of() : exclude);
        if (!onBallot.keySet().containsAll(excluded)) {
            throw new DomainException(ERROR + "not-on-ballot");
        }
        if (excluded.containsAll(onBallot.keySet())) {
            throw new DomainException(ERROR + "nothing-left");
        }
        java.util.SortedMap<Long, String> leftOut = new java.util.TreeMap<>(onBallot);
        leftOut.keySet().retainAll(excluded);
        Instant now = clock.instant();
        String who = currentUser.require().username();
        var record = controls.save(new AllocationControl(cycleId, leftOut, why, allocation.getComputedAt(), now, who, now));
        ControlMessages.correlate(runtime.createMessageCorrelation(BudgetAllocationProcess.MESSAGE_RERUN),
                Long.toString(cycleId), ERROR + "process");
        log.info("Cycle {}: allocation re-run by {} without {} ({})", cycleId, who, excluded, why);
        return record;
    }

    /** The proposals the last re-run left out, with their titles. */
    private java.util.Map<Long, String> excludedTitles(long cycleId) {
        var runs = history(cycleId);
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        if (!runs.isEmpty()) {
            var last = runs.get(runs.size() - 1);
            var ids = last.getExcludedProposals();
            var names = last.getExcludedTitles();
            for (int i = 0; i < ids.size(); i++) {
                titles.put(ids.get(i), i < names.size() ? names.get(i) : "#" + ids.get(i));
            }
        }
        return titles;
    }

    /** The re-runs of a cycle's allocation, oldest first (public: reasons, dates, exclusions). */
    @Transactional(readOnly = true)
    public List<AllocationControl> history(long cycleId) {
        return controls.findByCycleIdOrderByActedAtAscIdAsc(cycleId);
    }
}
