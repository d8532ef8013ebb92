package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.cases.CaseFile;
import tr.bel.izmir.bizizmir.cases.ParkEventCases;
import tr.bel.izmir.bizizmir.parkevent.EventApplicationInfo;
import tr.bel.izmir.bizizmir.parkevent.EventStatus;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case page of a park event application: the application and its report, where it stands
 * and what is due, the open tasks and holders, notes, history, and the group's record (its
 * standing and other events). Who may see it: DD019.
 */
@Route("staff/cases/park-events/:id")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
class ParkEventCasePage extends CasePage<CaseFile<ParkEventCases.Content>> {

    private final ParkEventCases cases;

    ParkEventCasePage(ParkEventCases cases, TaskInbox inbox, Messages messages, Clock clock) {
        super(inbox, messages, clock);
        this.cases = cases;
    }

    @Override
    CaseFile<ParkEventCases.Content> load(long id) {
        return cases.file(id, getLocale());
    }

    @Override
    void render(CaseFile<ParkEventCases.Content> file) {
        var c = file.content();
        var a = c.application();
        setCaseTitle(getTranslation("case.parkevent.title", a.getId(), a.getTitle()));
        add(new CaseHeader(getTranslation("case.parkevent.kicker", a.getId()), a.getTitle(),
                c.isPublic() ? Optional.of("parks/events/" + a.getId()) : Optional.empty()));
        var content = new ParkEventCasePanel(c, cases, null);
        content.setId("case-content");
        add(content, new CaseStateSection(state(c)));
        addTrail(file.trail(), text -> cases.addNote(a.getId(), text));
        add(related(file));
    }

    private List<String> state(ParkEventCases.Content c) {
        var a = c.application();
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("case.state.status", getTranslation("parks.status." + a.getStatus().name()),
                IzmirTime.formatDateTime(a.getUpdatedAt(), getLocale())));
        lines.add(getTranslation("case.parkevent.state.event", getTranslation("parks.event.when",
                IzmirTime.formatDateTime(a.getStartsAt(), getLocale()), IzmirTime.formatDateTime(a.getEndsAt(), getLocale()))));
        c.nextDue().ifPresent(due -> lines.add(getTranslation(a.getStatus() == EventStatus.CHANGES_REQUESTED
                ? "case.parkevent.state.revise-by" : "case.parkevent.state.report-by", IzmirTime.formatDateTime(due, getLocale()))));
        return lines;
    }

    private CaseRelatedSection related(CaseFile<ParkEventCases.Content> file) {
        var c = file.content();
        var group = c.group();
        var related = new CaseRelatedSection();
        related.item(getTranslation("case.parkevent.related.group"), new com.vaadin.flow.component.html.Span(
                getTranslation(group.isRegistered() ? "case.parkevent.group-registered" : "case.parkevent.group-suspended",
                        group.getName(), group.getStanding(), group.getRepresentative())));
        related.item(getTranslation("case.parkevent.related.park"), new Anchor("parks/" + c.park().getId(), c.park().getName()));
        for (EventApplicationInfo other : c.otherEventsOfGroup()) {
            var link = new Anchor(ParkEventCaseContent.PATH + other.getId(), getTranslation("case.parkevent.other",
                    other.getId(), other.getTitle(), IzmirTime.formatDate(other.getStartsAt(), getLocale()),
                    getTranslation("parks.status." + other.getStatus().name())));
            link.addClassName("case-other-event");
            related.item(getTranslation("case.parkevent.related.other"), link);
        }
        return related.build();
    }
}
