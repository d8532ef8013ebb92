package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Open data: a cycle's published allocation and its implementation projects (read-only, public). */
@RestController
@RequestMapping("/api/v1/public/pb")
@PreAuthorize("permitAll()")
class BudgetResultsApi {

    private final BudgetAllocations allocations;
    private final ImplementationProjects projects;

    BudgetResultsApi(BudgetAllocations allocations, ImplementationProjects projects) {
        this.allocations = allocations;
        this.projects = projects;
    }

    record LineDto(long proposalId, String title, BigDecimal cost, int votes, String outcome, Integer selectionOrder) {
    }

    record ResultsDto(long cycleId, String rule, BigDecimal envelope, BigDecimal totalCost, int voters,
                      Instant publishedAt, List<LineDto> projects) {
    }

    record ProjectDto(long id, long proposalId, String title, BigDecimal budget, String status, int progress,
                      Instant updatedAt) {
    }

    @GetMapping("/cycles/{id}/results")
    ResultsDto results(@PathVariable long id) {
        CycleAllocationInfo a = allocations.published(id)
                .orElseThrow(() -> new DomainException.NotFound("budget.error.no-results", Long.toString(id)));
        return new ResultsDto(id, PbReplay.apiName(a.getRule()), a.getEnvelope().amount(), a.getTotalCost().amount(),
                a.getVoters(), a.getPublishedAt(), a.getLines().stream()
                .map(l -> new LineDto(l.getProposalId(), l.getTitle(), l.getCost().amount(), l.getVotes(),
                        l.getOutcome().name(), l.getSelectionOrder()))
                .toList());
    }

    @GetMapping("/projects")
    List<ProjectDto> projects() {
        return projects.all().stream().map(p -> new ProjectDto(p.getId(), p.getProposalId(), p.getTitle(),
                p.getBudget().amount(), p.getStatus().name(), p.getProgress(), p.getUpdatedAt())).toList();
    }
}
