package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjectInfo;
import tr.bel.izmir.bizizmir.cases.CaseFile;
import tr.bel.izmir.bizizmir.cases.PbCycleCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
// The allocation computing (DD033).
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationRuns;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.PbReplay;
import tr.bel.izmir.bizizmir.budgeting.ui.AllocationRunPanel;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The case page of a PB cycle: content, state, open tasks, notes, history, its proposals, vote and projects, and the staff screens that change it. DD019. */
@Route("staff/cases/cycles/:id")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
class PbCycleCasePage extends CasePage<CaseFile<PbCycleCases.Content>> {

    private final PbCycleCases cases;
    private final NeighbourhoodCatalog neighbourhoods;

    private final CycleAllocationRuns runs;
    private final PbReplay replay;

    PbCycleCasePage(PbCycleCases cases, NeighbourhoodCatalog neighbourhoods, TaskInbox inbox, Messages messages, Clock clock,
                    CycleAllocationRuns runs, PbReplay replay) {
        super(inbox, messages, clock);
        this.cases = cases;
        this.neighbourhoods = neighbourhoods;
        this.runs = runs;
        this.replay = replay;
    }

    @Override
    CaseFile<PbCycleCases.Content> load(long id) {
        return cases.file(id, getLocale());
    }

    @Override
    void render(CaseFile<PbCycleCases.Content> file) {
        var c = file.content();
        var cycle = c.cycle();
        setCaseTitle(getTranslation("case.cycle.title", cycle.getId(), cycle.getTitle()));
        add(new CaseHeader(getTranslation("case.cycle.kicker", cycle.getId()), cycle.getTitle(),
                Optional.of(c.allocation().isPresent() ? "budget/results/" + cycle.getId() : "budgeting")));
        var content = new PbCycleCasePanel(c, neighbourhoods, null);
        content.setId("case-content");
        add(content, new CaseStateSection(List.of(
                getTranslation("case.state.stage", getTranslation("cycle.phase." + cycle.getPhase().name())),
                getTranslation("case.cycle.state.voting", IzmirTime.formatDate(cycle.getVotingOpens(), getLocale()),
                        IzmirTime.formatDate(cycle.getVotingCloses(), getLocale())))));
        if (cycle.getPhase() == CyclePhase.ALLOCATION && runs.mayWatch()) {
            // The allocation computing in its process job (DD033): progress, stop, start again; the page reloads when it ends.
            add(new AllocationRunPanel(runs, replay, cycle.getId(), () -> getUI().ifPresent(ui -> ui.getPage().reload())));
        }
        addTrail(file.trail(), text -> cases.addNote(cycle.getId(), text));

        var related = new CaseRelatedSection();
        c.vote().ifPresent(v -> related.item(getTranslation("case.related.cycle-vote"), new Anchor(VoteCaseContent.PATH + v.getId(),
                v.getTitle() + " (" + getTranslation("vote.status." + v.getStatus().name()) + ")")));
        for (ProposalCases.Related p : c.proposals()) {
            var link = new Anchor(ProposalCaseContent.PATH + p.id(), getTranslation("case.proposal.heading", p.id(), p.title())
                    + " (" + getTranslation("proposal.status." + p.status().name()) + ")");
            link.addClassName("case-cycle-proposal");
            related.item(getTranslation("case.related.proposal"), link);
        }
        for (ImplementationProjectInfo project : c.projects()) {
            related.item(getTranslation("case.related.project"), new Anchor("projects/" + project.getId(), project.getTitle()));
        }
        var administration = new Anchor("staff/cycles", getTranslation("case.cycle.administration"));
        administration.setId("case-cycles-link");
        related.item(getTranslation("case.related.control"), administration);
        var control = new Anchor("votes/control", getTranslation("vote.control.title"));
        control.setId("case-control-link");
        related.item(getTranslation("case.related.control"), control);
        add(related.build());
    }
}
