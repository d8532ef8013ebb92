package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.textfield.TextArea;
import tr.bel.izmir.bizizmir.cases.CaseNote;
import tr.bel.izmir.bizizmir.cases.StaffCases;
import tr.bel.izmir.bizizmir.shared.process.ModelNames;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.tasks.ui.TaskDialogs;

import java.time.Clock;
import java.time.Instant;
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
class ProposalCasePage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffCases cases;
    private final NeighbourhoodCatalog neighbourhoods;
    private final TaskInbox inbox;
    private final Messages messages;
    /** Staff by name, not user name (issue 14). */
    private final tr.bel.izmir.bizizmir.security.PeopleNames people;
    private final Clock clock;
    private long id;
    private String title = "";

    ProposalCasePage(StaffCases cases, NeighbourhoodCatalog neighbourhoods, TaskInbox inbox, Messages messages, Clock clock,
                     tr.bel.izmir.bizizmir.security.PeopleNames people) {
        this.people = people;
        this.cases = cases;
        this.neighbourhoods = neighbourhoods;
        this.inbox = inbox;
        this.messages = messages;
        this.clock = clock;
        addClassNames("page", "case-page");
        setId("case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> parsed = event.getRouteParameters().get("id").flatMap(ProposalCasePage::parse);
        if (parsed.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = parsed.get();
        try {
            render(cases.proposal(id, getLocale()));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        } catch (DomainException.NotFound e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        try {
            render(cases.proposal(id, getLocale()));
        } catch (org.springframework.security.access.AccessDeniedException | DomainException e) {
            // The last task was completed and with it the reader's access (e.g. a chair's task): leave.
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        }
    }

    private void render(StaffCases.ProposalCaseFile file) {
        removeAll();
        var p = file.proposal();
        title = getTranslation("case.proposal.title", p.id(), p.title());
        var kicker = new Span(getTranslation("case.proposal.kicker", p.id()));
        kicker.addClassName("case-kicker");
        var heading = new H1(p.title());
        heading.setId("case-title");
        Div links = new Div();
        links.addClassName("case-links");
        if (p.isPublic()) {
            var publicPage = new Anchor("proposals/" + p.id(), getTranslation("case.public-page"));
            publicPage.setId("case-public-link");
            links.add(publicPage);
        } else {
            links.add(new Span(getTranslation("case.not-public")));
        }
        links.add(new Anchor("inbox", getTranslation("case.back-to-inbox")));
        add(kicker, heading, links);

        var content = new ProposalCasePanel(p, cases, neighbourhoods, null);
        content.setId("case-content");
        add(content, stateSection(file), tasksSection(file), notesSection(file), historySection(file), relatedSection(file));
    }

    /** Internal notes: staff only, never on the public page; each shows its author and time. */
    private Section notesSection(StaffCases.ProposalCaseFile file) {
        var section = new Section(new H2(getTranslation("case.notes.title")));
        section.setId("case-notes");
        var hint = new Paragraph(getTranslation("case.notes.internal"));
        hint.addClassName("case-notes-hint");
        section.add(hint);
        var list = new UnorderedList();
        list.addClassName("case-note-list");
        list.setId("case-note-list");
        for (CaseNote note : file.notes()) {
            var meta = new Span(getTranslation("case.notes.by", people.nameOf(note.getAuthor()), IzmirTime.formatDateTime(note.getCreatedAt(), getLocale())));
            meta.addClassName("case-note-meta");
            var body = new Paragraph(note.getBody());
            body.addClassName("case-note-body");
            list.add(new ListItem(meta, body));
        }
        if (file.notes().isEmpty()) {
            section.add(new Paragraph(getTranslation("case.notes.none")));
        } else {
            section.add(list);
        }
        var text = new TextArea(getTranslation("case.notes.new"));
        text.setId("case-note-text");
        text.setWidthFull();
        text.setMaxLength(CaseNote.MAX_LENGTH);
        text.setHelperText(getTranslation("case.notes.helper", CaseNote.MAX_LENGTH));
        var add = new Button(getTranslation("case.notes.add"), e -> {
            try {
                cases.addProposalNote(id, text.getValue());
                Notifications.success(getTranslation("case.notes.added"));
                refresh();
            } catch (DomainException ex) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add.setId("case-note-add");
        section.add(text, add);
        return section;
    }

    private Section stateSection(StaffCases.ProposalCaseFile file) {
        var p = file.proposal();
        var list = new UnorderedList();
        list.addClassName("case-dates");
        list.add(new ListItem(getTranslation("case.state.status", getTranslation("proposal.status." + p.status().name()),
                IzmirTime.formatDateTime(p.updatedAt(), getLocale()))));
        if (p.status() == tr.bel.izmir.bizizmir.proposal.ProposalStatus.COLLECTING_SUPPORT) {
            list.add(new ListItem(getTranslation("case.state.support-until", IzmirTime.formatDateTime(p.supportDeadline(), getLocale()))));
        }
        file.assemblyReview().ifPresent(r -> list.add(new ListItem(r.outcome().isPresent()
                ? getTranslation("assembly.review.outcome." + r.outcome().get().name(), r.outcomeArgs())
                : getTranslation("case.state.assembly-due", IzmirTime.formatDateTime(r.deadlineAt(), getLocale()), r.votesCast(), r.members()))));
        file.feasibility().ifPresent(a -> {
            String department = getTranslation("department." + a.getDepartmentGroup());
            if (a.isCompleted()) {
                list.add(new ListItem(getTranslation(a.getFeasible().orElse(false) ? "case.state.feasible" : "case.state.not-feasible",
                        department, IzmirTime.formatDateTime(a.getCompletedAt(), getLocale()))));
            } else {
                list.add(new ListItem(getTranslation("case.state.feasibility-due", department, IzmirTime.formatDateTime(a.getDueAt(), getLocale()))
                        + (a.isExtended() ? " " + getTranslation("case.state.extended", IzmirTime.formatDateTime(a.getOriginalDueAt(), getLocale()),
                        a.getExtensionReason()) : "")));
            }
        });
        var section = new Section(new H2(getTranslation("case.state.title")), list);
        section.setId("case-state");
        return section;
    }

    private Section tasksSection(StaffCases.ProposalCaseFile file) {
        var section = new Section(new H2(getTranslation("case.tasks.title")));
        section.setId("case-tasks");
        if (file.openTasks().isEmpty()) {
            section.add(new Paragraph(getTranslation("case.tasks.none")));
            return section;
        }
        Instant now = clock.instant();
        var list = new UnorderedList();
        list.addClassName("case-task-list");
        for (CaseActivity.OpenTask t : file.openTasks()) {
            var item = new ListItem();
            item.addClassName("case-task");
            var name = new Span(new ModelNames(messages).element(t.taskKey(), t.name(), getLocale()));
            name.addClassName("task-name");
            item.add(name);
            String holder = t.assignee() != null ? getTranslation("case.tasks.held-by", people.nameOf(t.assignee()))
                    : getTranslation("case.tasks.unclaimed", String.join(", ", t.candidateGroups().stream().map(this::groupName).toList()));
            var holderText = new Span(holder);
            holderText.addClassName("task-holder");
            item.add(holderText);
            item.add(new Span(getTranslation("case.tasks.created", IzmirTime.formatDateTime(t.created(), getLocale()))));
            if (t.due() != null) {
                item.add(new Span(getTranslation("case.tasks.due", IzmirTime.formatDateTime(t.due(), getLocale()))));
                if (t.due().isBefore(now)) {
                    item.add(new Badge(getTranslation("inbox.badge.overdue"), Badge.Tone.ERROR));
                }
            }
            if (t.workable()) {
                var work = new Button(getTranslation("case.tasks.work"), e -> TaskDialogs.open(inbox, messages, t.id(), this::refresh));
                work.addClassName("case-task-open");
                work.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                item.add(work);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private String groupName(String group) {
        return tr.bel.izmir.bizizmir.shared.ui.GroupNames.of(this, group);
    }

    private Section historySection(StaffCases.ProposalCaseFile file) {
        var list = new UnorderedList();
        list.addClassNames("timeline", "case-history");
        list.setId("case-history");
        for (CaseActivity.Entry step : file.history()) {
            String label = getTranslation("timeline." + step.processKey() + "." + step.activityId());
            if (label.startsWith("!")) {
                label = getTranslation("timeline." + step.activityId());
            }
            if (label.startsWith("!")) {
                label = new ModelNames(messages).step(step.processKey(), step.activityId(), step.name(), getLocale());
            }
            var item = new ListItem(new Span(label));
            var when = new Span(IzmirTime.formatDateTime(step.started(), getLocale()));
            when.addClassName("time");
            item.add(when);
            if (step.isTask()) {
                String who;
                if (step.ended() == null) {
                    who = step.actor() == null ? getTranslation("case.history.waiting") : getTranslation("case.history.held-by", people.nameOf(step.actor()));
                } else if (step.cancelled()) {
                    who = getTranslation("case.history.cancelled", IzmirTime.formatDateTime(step.ended(), getLocale()));
                } else {
                    who = getTranslation("case.history.done-by", step.actor() == null ? "?" : people.nameOf(step.actor()),
                            IzmirTime.formatDateTime(step.ended(), getLocale()));
                }
                var actor = new Span(who);
                actor.addClassName("case-actor");
                item.add(actor);
                for (CaseActivity.Decision d : step.decisions()) {
                    var decision = new Span(d.label() + ": " + d.value());
                    decision.addClassName("case-decision");
                    item.add(decision);
                }
            }
            if (step.ended() == null) {
                item.addClassName("in-progress");
            }
            list.add(item);
        }
        return new Section(new H2(getTranslation("case.history.title")), list);
    }

    private Section relatedSection(StaffCases.ProposalCaseFile file) {
        var p = file.proposal();
        var list = new UnorderedList();
        p.mergedInto().ifPresent(r -> list.add(new ListItem(new Span(getTranslation("case.related.merged-into")), caseLink(r))));
        for (ProposalCases.Related r : p.mergedFrom()) {
            list.add(new ListItem(new Span(getTranslation("case.related.merged-from")), caseLink(r)));
        }
        file.vote().ifPresent(vote -> {
            var link = new Anchor("votes/results/" + vote.getId(), vote.getTitle() + " ("
                    + getTranslation("vote.status." + vote.getStatus().name()) + ")");
            link.setId("case-vote-link");
            list.add(new ListItem(new Span(getTranslation("case.related.vote")), link));
        });
        file.project().ifPresent(project -> list.add(new ListItem(new Span(getTranslation("case.related.project")),
                new Anchor("projects/" + project.getId(), project.getTitle()))));
        var section = new Section(new H2(getTranslation("case.related.title")));
        section.setId("case-related");
        section.add(list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("case.related.none")));
        return section;
    }

    private Anchor caseLink(ProposalCases.Related r) {
        return new Anchor(ProposalCaseContent.PATH + r.id(),
                getTranslation("case.proposal.heading", r.id(), r.title()) + " (" + getTranslation("proposal.status." + r.status().name()) + ")");
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
