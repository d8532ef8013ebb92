package tr.bel.izmir.bizizmir.cases;

import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjectInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.budgeting.process.BudgetAllocationProcess;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.proposal.SupportControlInfo;
import tr.bel.izmir.bizizmir.proposal.SupportPeriodControls;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.voting.PublicVotes;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo;
import tr.bel.izmir.bizizmir.voting.VoteControls;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case of a participatory budgeting cycle: its settings and phase, its proposals, its vote
 * with the turnout so far (no ballot content), what staff did to the vote and to the proposals'
 * support periods and why (DD018), the published allocation and the projects. Officers,
 * supervisors and admins see every cycle; other staff only while they hold or may claim its
 * allocation review (DD019).
 */
@Service
public class PbCycleCases extends CaseKind<PbCycleInfo, PbCycleCases.Content> {

    public static final String KIND = "pb-cycle";

    private final PbCycles cycles;
    private final ProposalCases proposals;
    private final SupportPeriodControls supportControls;
    private final PublicVotes votes;
    private final VoteControls voteControls;
    private final BudgetAllocations allocations;
    private final ImplementationProjects projects;

    public PbCycleCases(PbCycles cycles, ProposalCases proposals, SupportPeriodControls supportControls, PublicVotes votes,
                        VoteControls voteControls, BudgetAllocations allocations, ImplementationProjects projects, CaseTrails trails) {
        super(KIND, Set.of(BudgetAllocationProcess.KEY), Set.of(AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN), trails);
        this.cycles = cycles;
        this.proposals = proposals;
        this.supportControls = supportControls;
        this.votes = votes;
        this.voteControls = voteControls;
        this.allocations = allocations;
        this.projects = projects;
    }

    /**
     * @param participants    people who have voted on the cycle's ballot so far (0 without a vote)
     * @param supportControls per proposal of the cycle, what staff did to its support period
     * @param allocation      the published allocation, once published
     */
    public record Content(PbCycleInfo cycle, List<ProposalCases.Related> proposals, Optional<VoteInfo> vote, long participants,
                          List<VoteControlInfo> voteControls, Map<Long, List<SupportControlInfo>> supportControls,
                          Optional<CycleAllocationInfo> allocation, List<ImplementationProjectInfo> projects) {
    }

    @Override
    Optional<PbCycleInfo> find(long id) {
        try {
            return Optional.of(cycles.require(id));
        } catch (DomainException.NotFound e) {
            return Optional.empty();
        }
    }

    @Override
    DomainException.NotFound notFound(long id) {
        return new DomainException.NotFound("cycle.error.not-found", id);
    }

    @Override
    Content content(long id, PbCycleInfo cycle) {
        var related = proposals.ofCycle(id);
        var vote = votes.ofCycle(id);
        return new Content(cycle, related, vote, vote.map(v -> votes.participants(v.getId())).orElse(0L),
                vote.map(v -> voteControls.history(v.getId())).orElse(List.of()),
                supportControls.histories(related.stream().map(ProposalCases.Related::id).toList()),
                allocations.published(id), projects.ofCycle(id));
    }
}
