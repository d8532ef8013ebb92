package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.cases.CaseTrail;
import tr.bel.izmir.bizizmir.cases.StaffCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case page of a proposal for staff: its content, where it stands and its due dates, the open
 * tasks and who holds them (with the task's form one click away), the full history with who did
 * what, when and why, related cases, and its public page. Staff who may not see the case get the
 * translated no-permission page and nothing of the case (see DD016).
 */
@Route("staff/cases/proposals/:id")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
class ProposalCasePage extends CasePage<StaffCases.ProposalCaseFile> {

    private final StaffCases cases;
    private final NeighbourhoodCatalog neighbourhoods;

    ProposalCasePage(StaffCases cases, NeighbourhoodCatalog neighbourhoods, TaskInbox inbox, Messages messages, Clock clock) {
        super(inbox, messages, clock);
        this.cases = cases;
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    StaffCases.ProposalCaseFile load(long id) {
        return cases.proposal(id, getLocale());
    }

    @Override
    void render(StaffCases.ProposalCaseFile file) {
        var p = file.proposal();
        setCaseTitle(getTranslation("case.proposal.title", p.id(), p.title()));
        add(new CaseHeader(getTranslation("case.proposal.kicker", p.id()), p.title(),
                p.isPublic() ? Optional.of("proposals/" + p.id()) : Optional.empty()));
        var content = new ProposalCasePanel(p, cases, neighbourhoods, null);
        content.setId("case-content");
        add(content, new CaseStateSection(state(file)));
        addTrail(new CaseTrail(file.openTasks(), file.history(), file.notes()), text -> cases.addProposalNote(p.id(), text));
        add(related(file));
    }

    private List<String> state(StaffCases.ProposalCaseFile file) {
        var p = file.proposal();
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("case.state.status", getTranslation("proposal.status." + p.status().name()),
                IzmirTime.formatDateTime(p.updatedAt(), getLocale())));
        if (p.status() == ProposalStatus.COLLECTING_SUPPORT) {
            lines.add(getTranslation("case.state.support-until", IzmirTime.formatDateTime(p.supportDeadline(), getLocale())));
        }
        file.assemblyReview().ifPresent(r -> lines.add(r.outcome().isPresent()
                ? getTranslation("assembly.review.outcome." + r.outcome().get().name(), r.outcomeArgs())
                : getTranslation("case.state.assembly-due", IzmirTime.formatDateTime(r.deadlineAt(), getLocale()), r.votesCast(), r.members())));
        file.feasibility().ifPresent(a -> {
            String department = getTranslation("department." + a.getDepartmentGroup());
            if (a.isCompleted()) {
                lines.add(getTranslation(a.getFeasible().orElse(false) ? "case.state.feasible" : "case.state.not-feasible",
                        department, IzmirTime.formatDateTime(a.getCompletedAt(), getLocale())));
            } else {
                lines.add(getTranslation("case.state.feasibility-due", department, IzmirTime.formatDateTime(a.getDueAt(), getLocale()))
                        + (a.isExtended() ? " " + getTranslation("case.state.extended", IzmirTime.formatDateTime(a.getOriginalDueAt(), getLocale()),
                        a.getExtensionReason()) : ""));
            }
        });
        return lines;
    }

    private CaseRelatedSection related(StaffCases.ProposalCaseFile file) {
        var p = file.proposal();
        var related = new CaseRelatedSection();
        p.mergedInto().ifPresent(r -> related.item(getTranslation("case.related.merged-into"), caseLink(r)));
        for (ProposalCases.Related r : p.mergedFrom()) {
            related.item(getTranslation("case.related.merged-from"), caseLink(r));
        }
        file.vote().ifPresent(vote -> {
            var link = new Anchor("votes/results/" + vote.getId(), vote.getTitle() + " ("
                    + getTranslation("vote.status." + vote.getStatus().name()) + ")");
            link.setId("case-vote-link");
            related.item(getTranslation("case.related.vote"), link);
        });
        file.project().ifPresent(project -> related.item(getTranslation("case.related.project"),
                new Anchor("projects/" + project.getId(), project.getTitle())));
        return related.build();
    }

    private Anchor caseLink(ProposalCases.Related r) {
        return new Anchor(ProposalCaseContent.PATH + r.id(),
                getTranslation("case.proposal.heading", r.id(), r.title()) + " (" + getTranslation("proposal.status." + r.status().name()) + ")");
    }
}
