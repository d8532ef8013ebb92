package tr.bel.izmir.bizizmir.budgeting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.allocation.Allocation;
import tr.bel.izmir.bizizmir.budgeting.allocation.Interrupted;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibWriter;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbBallot;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbProject;
import tr.bel.izmir.bizizmir.budgeting.allocation.VoteType;
import tr.bel.izmir.bizizmir.budgeting.internal.CycleAllocationRepository;
import tr.bel.izmir.bizizmir.budgeting.internal.PbCycleRepository;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.shared.WorkingCalendar;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget allocation of a cycle after its public vote (docs/product.md lifecycle 5): started
 * by {@link CycleVoteClosed}, it tallies the counted ballots that {@link CycleBallots} hands
 * over, allocates the envelope with the cycle's rule, lets the budget office approve or send
 * back, then publishes the results and turns every winner into an
 * {@link ImplementationProject}. The cycle moves ALLOCATION → IMPLEMENTATION.
 */
@Service
@Transactional
public class BudgetAllocations {

    private static final Logger log = LoggerFactory.getLogger(BudgetAllocations.class);

    public static final int REVIEW_WORKING_DAYS = 5;
    public static final int RETURN_REASON_MIN = 10;
    public static final int RETURN_REASON_MAX = 1000;

    /** What the process needs for the review task. */
    public record Review(String summary, Date dueDate) {
    }

    private final PbCycleRepository cycles;
    private final CycleAllocationRepository allocations;
    private final tr.bel.izmir.bizizmir.budgeting.internal.AllocationControlRepository controls;
    private final ImplementationProjects projects;
    private final ObjectProvider<CycleBallots> ballots;
    private final PbReplay replay;
    private final RuntimeService runtime;
    private final NeighbourhoodCatalog neighbourhoods;
    private final WorkingCalendar calendar;
    private final Messages messages;
    private final Clock clock;

    private final Notifier notifier;

    public BudgetAllocations(PbCycleRepository cycles, CycleAllocationRepository allocations,
                             tr.bel.izmir.bizizmir.budgeting.internal.AllocationControlRepository controls,
                             ImplementationProjects projects, ObjectProvider<CycleBallots> ballots, PbReplay replay,
                             RuntimeService runtime, NeighbourhoodCatalog neighbourhoods, WorkingCalendar calendar,
                             Messages messages, Clock clock, Notifier notifier) {
        this.notifier = notifier;
        this.cycles = cycles;
        this.allocations = allocations;
        this.controls = controls;
        this.projects = projects;
        this.ballots = ballots;
        this.replay = replay;
        this.runtime = runtime;
        this.neighbourhoods = neighbourhoods;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void onVoteClosed(CycleVoteClosed event) {
        start(event.cycleId());
    }

    /**
     * Starts the allocation of a cycle (once): the cycle enters ALLOCATION and the process
     * tallies in a job of its own, so a failing tally is an incident to fix, not a lost close.
     */
    public void start(long cycleId) {
        String key = Long.toString(cycleId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(BudgetAllocationProcess.KEY)
                .processInstanceBusinessKey(key).count() > 0
                || allocations.findByCycleId(cycleId).map(CycleAllocation::isPublished).orElse(false)) {
            return;
        }
        PbCycle cycle = require(cycleId);
        cycle.moveTo(CyclePhase.ALLOCATION);
        cycles.save(cycle);
        runtime.startProcessInstanceByKey(BudgetAllocationProcess.KEY, key, Variables.createVariables()
                .putValue(CaseVariables.CASE_TITLE, cycle.getTitle())
                .putValue(CaseVariables.NEIGHBOURHOOD_ID, cycle.getNeighbourhoodId()));
    }

    /**
     * Tallies the closed vote and (re)computes the allocation under review, without the projects a
     * coordinator's last re-run left out (DD020): they leave the ballots, and a ballot that chose
     * only such projects no longer counts.
     */
    @Transactional(noRollbackFor = {Interrupted.class, AllocationFailed.class})
    public Review allocate(long cycleId) {
        // Operations (issue 17): how long allocations take, as bizizmir_allocation_run_seconds.
        return io.micrometer.core.instrument.Metrics.timer("bizizmir.allocation.run").record(() -> allocateNow(cycleId));
    }

    /**
     * The allocation could not be computed (no vote data, a rule's error); nothing was stored.
     * It does not mark the process job's transaction for rollback, so the process can take its
     * "stopped" path ({@link CycleAllocationRuns}) instead of retrying into an incident.
     */
    public static final class AllocationFailed extends RuntimeException {
        AllocationFailed(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private Review allocateNow(long cycleId) {
        PbCycle cycle = require(cycleId);
        CycleVoteResult vote;
        Allocation outcome;
        PbInstance instance;
        try {
            vote = withoutExcluded(closedVote(cycleId), excluded(cycleId));
            instance = instanceOf(cycle, vote, null);
            outcome = replay.allocate(instance, cycle.getAllocationRule());
        } catch (Interrupted e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AllocationFailed(e);
        }
        CycleAllocation allocation = allocations.findByCycleId(cycleId).orElseGet(() -> new CycleAllocation(cycleId));
        allocation.recompute(cycle.getAllocationRule(), cycle.getEnvelope(), new Money(outcome.totalCost()),
                vote.ballots().size(), lines(cycle, vote, outcome), clock.instant());
        allocations.save(allocation);
        Date due = Date.from(calendar.addWorkingDays(IzmirTime.now(clock), REVIEW_WORKING_DAYS).toInstant());
        String summary = messages.get("budget.review.summary", Messages.TURKISH,
                messages.get("budget.rule." + cycle.getAllocationRule().name(), Messages.TURKISH),
                Integer.toString(vote.ballots().size()), Integer.toString(allocation.getSelected().size()),
                Integer.toString(vote.projects().size()), allocation.getTotalCost().format(Messages.TURKISH),
                cycle.getEnvelope().format(Messages.TURKISH));
        return new Review(summary, due);
    }

    /** The proposals the last re-run of the cycle's allocation left out (none without a re-run). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> excluded(long cycleId) {
        var runs = controls.findByCycleIdOrderByActedAtAscIdAsc(cycleId);
        return runs.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(runs.get(runs.size() - 1).getExcludedProposals());
    }

    static CycleVoteResult withoutExcluded(CycleVoteResult vote, java.util.Set<Long> excluded) {
        if (excluded.isEmpty()) {
            return vote;
        }
        var projects = vote.projects().stream().filter(p -> !excluded.contains(p.proposalId())).toList();
        var ballots = vote.ballots().stream()
                .map(b -> b.stream().filter(id -> !excluded.contains(id)).collect(java.util.stream.Collectors.toSet()))
                .filter(b -> !b.isEmpty()).toList();
        return new CycleVoteResult(vote.cycleId(), projects, ballots);
    }

    /** Called by the process when a coordinator's re-run ended the review (the record is AllocationControls'). */
    public void rerunRequested(long cycleId) {
        log.info("Cycle {}: allocation re-run requested; excluded proposals {}", cycleId, excluded(cycleId));
    }

    /** The budget office sends the allocation back for a recount, with a reason kept on record. */
    public void sendBack(long cycleId, String reason, String by) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() < RETURN_REASON_MIN || r.length() > RETURN_REASON_MAX) {
            throw new DomainException("budget.error.return-reason", RETURN_REASON_MIN, RETURN_REASON_MAX);
        }
        CycleAllocation allocation = requireAllocation(cycleId);
        allocation.sendBack(r, by);
        allocations.save(allocation);
    }

    /** Publishes the approved results, creates the implementation projects, cycle → IMPLEMENTATION. */
    public void publish(long cycleId, String approvedBy) {
        CycleAllocation allocation = requireAllocation(cycleId);
        if (allocation.isPublished()) {
            return;
        }
        PbCycle cycle = require(cycleId);
        allocation.publish(approvedBy == null ? "?" : approvedBy, clock.instant());
        for (AllocationLine line : allocation.getSelected()) {
            projects.createFor(cycle, line);
        }
        for (AllocationLine line : allocation.getLines()) {
            // Its author, supporters and followers learn the result (issue 15).
            notifier.send(Notice.of(NotificationKind.PROPOSAL_VOTE, "notification.proposal.result." + line.getOutcome().name(),
                    line.getTitle(), line.getVotes()).toFollowersOf("proposal", line.getProposalId())
                    .about("proposal", line.getProposalId(), "budget/results/" + cycleId));
        }
        cycle.moveTo(CyclePhase.IMPLEMENTATION);
        cycles.save(cycle);
        allocations.save(allocation);
    }

    /**
     * Demo data only: allocates a given past vote and publishes it at once, without the
     * process (the demo has no voting feature to close a vote). Idempotent per cycle. Only the
     * platform itself may do this ({@link tr.bel.izmir.bizizmir.security.SystemActor}).
     */
    @PreAuthorize("hasRole('system')")
    public CycleAllocationInfo publishPastVote(long cycleId, CycleVoteResult vote, String approvedBy) {
        var existing = allocations.findByCycleId(cycleId);
        if (existing.isPresent()) {
            return existing.get();
        }
        PbCycle cycle = require(cycleId);
        Allocation outcome = replay.allocate(instanceOf(cycle, vote, null), cycle.getAllocationRule());
        CycleAllocation allocation = new CycleAllocation(cycleId);
        allocation.recompute(cycle.getAllocationRule(), cycle.getEnvelope(), new Money(outcome.totalCost()),
                vote.ballots().size(), lines(cycle, vote, outcome), clock.instant());
        allocations.save(allocation);
        publish(cycleId, approvedBy);
        return allocation;
    }

    /** Published results of a cycle (public). */
    @Transactional(readOnly = true)
    public Optional<CycleAllocationInfo> published(long cycleId) {
        return allocations.findByCycleId(cycleId).filter(CycleAllocation::isPublished).map(CycleAllocationInfo.class::cast);
    }

    /** Every published result, the latest first (public). */
    @Transactional(readOnly = true)
    public List<CycleAllocationInfo> publishedResults() {
        return List.copyOf(allocations.findByStatusOrderByPublishedAtDesc(AllocationStatus.PUBLISHED));
    }

    /** The allocation whatever its status, for the budget office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('admin') or hasAuthority('GROUP_dept-budget')")
    public Optional<CycleAllocationInfo> current(long cycleId) {
        return allocations.findByCycleId(cycleId).map(CycleAllocationInfo.class::cast);
    }

    @Transactional(readOnly = true)
    public PbCycle cycle(long cycleId) {
        return require(cycleId);
    }

    /**
     * The cycle in pabulib format for the budget office: the projects with their votes and
     * whether the rule funded them, and every counted ballot under a sequential number. The
     * ballots are put in a canonical order (by the projects they choose) before they are
     * numbered, so neither the numbers nor the order say anything about who voted when.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('admin') or hasAuthority('GROUP_dept-budget')")
    public String exportPb(long cycleId) {
        PbCycle cycle = require(cycleId);
        CycleAllocation allocation = allocations.findByCycleId(cycleId)
                .orElseThrow(() -> new DomainException.Conflict("budget.error.not-allocated"));
        CycleVoteResult vote = Optional.ofNullable(ballots.getIfAvailable()).flatMap(port -> port.closedVote(cycleId))
                .orElseThrow(() -> new DomainException.Conflict("budget.error.no-vote-data", Long.toString(cycleId)));
        return new PabulibWriter().write(instanceOf(cycle, vote, allocation));
    }

    /** Whether {@link #exportPb} can answer: allocated, and the counted ballots are at hand. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('admin') or hasAuthority('GROUP_dept-budget')")
    public boolean exportable(long cycleId) {
        CycleBallots port = ballots.getIfAvailable();
        return allocations.findByCycleId(cycleId).isPresent() && port != null && port.closedVote(cycleId).isPresent();
    }

    /** The vote as a pabulib election; with an allocation, the projects carry votes and selected. */
    PbInstance instanceOf(PbCycle cycle, CycleVoteResult vote, CycleAllocationInfo allocation) {
        Map<Long, AllocationLine> lines = new LinkedHashMap<>();
        if (allocation != null) {
            allocation.getLines().forEach(l -> lines.put(l.getProposalId(), l));
        }
        List<PbProject> pbProjects = new ArrayList<>();
        for (CycleVoteResult.BallotProject p : vote.projects()) {
            AllocationLine line = lines.get(p.proposalId());
            pbProjects.add(new PbProject(Long.toString(p.proposalId()), p.cost().amount(), p.title(),
                    line == null ? null : (long) line.getVotes(), line == null ? null : line.isSelected(), Map.of()));
        }
        List<List<String>> chosen = new ArrayList<>();
        for (var ballot : vote.ballots()) {
            chosen.add(ballot.stream().sorted().map(id -> Long.toString(id)).toList());
        }
        chosen.sort(Comparator.<List<String>, String>comparing(l -> String.join(",", l)));
        List<PbBallot> pbBallots = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            pbBallots.add(new PbBallot(Integer.toString(i + 1), chosen.get(i)));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", cycle.getTitle());
        meta.put("country", "Turkey");
        meta.put("unit", "İzmir");
        meta.put("subunit", neighbourhoods.require(cycle.getNeighbourhoodId()).getDisplayName());
        meta.put("instance", Long.toString(cycle.getId()));
        meta.put("num_projects", Integer.toString(pbProjects.size()));
        meta.put("num_votes", Integer.toString(pbBallots.size()));
        meta.put("budget", cycle.getEnvelope().amount().stripTrailingZeros().toPlainString());
        meta.put("currency", "TRY");
        meta.put("vote_type", "approval");
        meta.put("rule", cycle.getAllocationRule() == AllocationRule.GREEDY ? "greedy" : "equalshares/add1");
        meta.put("date_begin", cycle.getVotingOpens().toString());
        meta.put("date_end", cycle.getVotingCloses().toString());
        meta.put("language", "tr");
        if (cycle.getBallotRule() == BallotRule.KNAPSACK) {
            meta.put("max_sum_cost", cycle.getEnvelope().amount().stripTrailingZeros().toPlainString());
        }
        return new PbInstance(meta, cycle.getEnvelope().amount(), VoteType.APPROVAL, pbProjects, pbBallots);
    }

    /**
     * Every project on the ballot, most votes first, then cheaper, then proposal id (as text,
     * the rules' tie-break), with the outcome and, when not funded, why not.
     */
    private static List<AllocationLine> lines(PbCycle cycle, CycleVoteResult vote, Allocation outcome) {
        List<CycleVoteResult.BallotProject> ordered = new ArrayList<>(vote.projects());
        ordered.sort(Comparator.<CycleVoteResult.BallotProject>comparingLong(
                        p -> -outcome.voteCounts().getOrDefault(Long.toString(p.proposalId()), 0L))
                .thenComparing(p -> p.cost().amount())
                .thenComparing(p -> Long.toString(p.proposalId())));
        List<AllocationLine> result = new ArrayList<>();
        for (var p : ordered) {
            String id = Long.toString(p.proposalId());
            int votes = outcome.voteCounts().getOrDefault(id, 0L).intValue();
            int order = outcome.selected().indexOf(id);
            ProjectOutcome o;
            if (order >= 0) {
                o = ProjectOutcome.SELECTED;
            } else if (votes == 0) {
                o = ProjectOutcome.NOT_ENOUGH_SUPPORT;
            } else if (cycle.getAllocationRule() == AllocationRule.GREEDY
                    || p.cost().amount().compareTo(cycle.getEnvelope().amount()) > 0) {
                o = ProjectOutcome.DID_NOT_FIT;
            } else {
                o = ProjectOutcome.NOT_ENOUGH_SUPPORT;
            }
            result.add(new AllocationLine(p.proposalId(), p.title(), p.cost(), votes, o, order >= 0 ? order + 1 : null));
        }
        return result;
    }

    private CycleVoteResult closedVote(long cycleId) {
        CycleBallots port = ballots.getIfAvailable();
        if (port == null) {
            // The voting feature implements the port; without it there is nothing to tally.
            throw new IllegalStateException("No bean implements budgeting.CycleBallots (the voting feature "
                    + "provides it): cannot tally the vote of cycle " + cycleId);
        }
        return port.closedVote(cycleId).orElseThrow(() -> new IllegalStateException(
                "CycleBallots has no closed vote for cycle " + cycleId + ": the allocation starts only after close"));
    }

    private PbCycle require(long cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new DomainException.NotFound("cycle.error.not-found", cycleId));
    }

    private CycleAllocation requireAllocation(long cycleId) {
        return allocations.findByCycleId(cycleId)
                .orElseThrow(() -> new DomainException.NotFound("budget.error.not-allocated", cycleId));
    }

    /** Says at startup, not only at the first close, that the voting feature's port is missing. */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warnIfNoBallots() {
        if (ballots.getIfAvailable() == null) {
            log.warn("No bean implements budgeting.CycleBallots: budget allocations will fail until the voting feature provides it");
        }
    }
}
