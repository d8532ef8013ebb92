package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.cases.CaseFile;
import tr.bel.izmir.bizizmir.cases.AdvisoryItemCases;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The case page of an advisory item: the exchange, what is due, open tasks, notes, history. Who may see it: DD019. */
@Route("staff/cases/advisory-items/:id")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
class AdvisoryItemCasePage extends CasePage<CaseFile<tr.bel.izmir.bizizmir.assembly.AdvisoryItems.Exchange>> {

    private final AdvisoryItemCases cases;

    AdvisoryItemCasePage(AdvisoryItemCases cases, TaskInbox inbox, Messages messages, Clock clock) {
        super(inbox, messages, clock);
        this.cases = cases;
    }

    @Override
    CaseFile<tr.bel.izmir.bizizmir.assembly.AdvisoryItems.Exchange> load(long id) {
        return cases.file(id, getLocale());
    }

    @Override
    void render(CaseFile<tr.bel.izmir.bizizmir.assembly.AdvisoryItems.Exchange> file) {
        var item = file.content().item();
        setCaseTitle(getTranslation("case.advisory.title", item.getId(), item.getTitle()));
        // The whole exchange is public from the moment the item is tabled.
        add(new CaseHeader(getTranslation("case.advisory.kicker", item.getId()), item.getTitle(),
                Optional.of("assembly/advisory/" + item.getId())));
        var content = new AdvisoryItemCasePanel(file.content(), null);
        content.setId("case-content");
        add(content, new CaseStateSection(state(file)));
        addTrail(file.trail(), text -> cases.addNote(item.getId(), text));
        var assembly = file.content().assembly();
        add(new CaseRelatedSection().item(getTranslation("case.related.assembly"),
                new Anchor("assemblies/" + assembly.getId(), assembly.getName())).build());
    }

    private List<String> state(CaseFile<tr.bel.izmir.bizizmir.assembly.AdvisoryItems.Exchange> file) {
        var item = file.content().item();
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("case.state.stage", getTranslation("advisory.stage." + item.getStage().name())));
        lines.add(getTranslation("advisory.page.tabled", IzmirTime.formatDateTime(item.getTabledAt(), getLocale()),
                IzmirTime.formatDateTime(item.getVotingDeadlineAt(), getLocale())));
        item.getVotingClosedAt().ifPresent(d -> lines.add(getTranslation("advisory.page.closed", IzmirTime.formatDateTime(d, getLocale()))));
        if (item.getAnswer().isEmpty()) {
            item.getAnswerDueAt().ifPresent(d -> lines.add(getTranslation("advisory.page.answer-due",
                    getTranslation("department." + item.getDepartmentGroup()), IzmirTime.formatDateTime(d, getLocale()))));
        }
        item.getRemindedAt().ifPresent(d -> lines.add(getTranslation("advisory.page.reminded", IzmirTime.formatDateTime(d, getLocale()))));
        return lines;
    }
}
