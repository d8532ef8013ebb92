package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.cases.CaseFile;
import tr.bel.izmir.bizizmir.cases.VoteCases;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.voting.VoteKind;
import tr.bel.izmir.bizizmir.voting.VoteOptionInfo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The case page of a vote: content, state, open tasks, notes, history, the cycle or consultation, the proposals on the ballot and the control screen. DD019. */
@Route("staff/cases/votes/:id")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
class VoteCasePage extends CasePage<CaseFile<VoteCases.Content>> {

    private final VoteCases cases;

    VoteCasePage(VoteCases cases, TaskInbox inbox, Messages messages, Clock clock) {
        super(inbox, messages, clock);
        this.cases = cases;
    }

    @Override
    CaseFile<VoteCases.Content> load(long id) {
        return cases.file(id, getLocale());
    }

    @Override
    void render(CaseFile<VoteCases.Content> file) {
        var vote = file.content().vote();
        setCaseTitle(getTranslation("case.vote.title", vote.getId(), vote.getTitle()));
        String publicPath = vote.getKind() == VoteKind.CONSULTATION && vote.getConsultationId() != null
                ? "consultations/view/" + vote.getConsultationId() : "votes/results/" + vote.getId();
        add(new CaseHeader(getTranslation("case.vote.kicker", vote.getId()), vote.getTitle(), Optional.of(publicPath)));
        var content = new VoteCasePanel(file.content(), null);
        content.setId("case-content");
        add(content, new CaseStateSection(List.of(
                getTranslation("case.state.stage", getTranslation("vote.status." + vote.getStatus().name())),
                getTranslation("case.vote.state.window", IzmirTime.formatDateTime(vote.getOpensAt(), getLocale()),
                        IzmirTime.formatDateTime(vote.getClosesAt(), getLocale())))));
        addTrail(file.trail(), text -> cases.addNote(vote.getId(), text));

        var related = new CaseRelatedSection();
        if (vote.getCycleId() != null) {
            related.item(getTranslation("case.related.cycle"), new Anchor(PbCycleCaseContent.PATH + vote.getCycleId(),
                    getTranslation("case.cycle.kicker", vote.getCycleId())));
        }
        for (VoteOptionInfo option : file.content().options()) {
            if (option.getProposalId() != null) {
                related.item(getTranslation("case.related.on-ballot"),
                        new Anchor(ProposalCaseContent.PATH + option.getProposalId(), option.getLabel()));
            }
        }
        var control = new Anchor("votes/control", getTranslation("vote.control.title"));
        control.setId("case-control-link");
        related.item(getTranslation("case.related.control"), control);
        add(related.build());
    }
}
