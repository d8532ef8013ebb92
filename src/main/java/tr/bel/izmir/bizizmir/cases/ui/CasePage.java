package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import tr.bel.izmir.bizizmir.cases.CaseNote;
import tr.bel.izmir.bizizmir.cases.CaseTrail;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.tasks.ui.TaskDialogs;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every case page does the same way: reads the case named by the route's {@code :id},
 * answers "not found" for a number that names no case and the translated no-permission page to
 * a reader who may not see it (nothing of the case is read for the page then), renders the file,
 * and renders it again after a task or note changed it. The shared sections (header, state, open
 * tasks, notes, history, related cases) are components of this package; a case kind's page only
 * loads its file and arranges them with its content.
 *
 * @param <F> the case file of the kind
 */
abstract class CasePage<F> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInbox inbox;
    private final Messages messages;
    private final Clock clock;
    private long id;
    private String title = "";
    private tr.bel.izmir.bizizmir.security.PeopleNames people;

    /** Staff by name, not user name, in tasks, notes and history (issue 14); set by Spring when the page is made. */
    @org.springframework.beans.factory.annotation.Autowired
    final void setPeopleNames(tr.bel.izmir.bizizmir.security.PeopleNames people) {
        this.people = people;
    }

    CasePage(TaskInbox inbox, Messages messages, Clock clock) {
        this.inbox = inbox;
        this.messages = messages;
        this.clock = clock;
        addClassNames("page", "case-page");
        setId("case-page");
    }

    /**
     * The case file, read through the kind's service.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the reader may not see the case
     * @throws DomainException.NotFound when the number names no case
     */
    abstract F load(long id);

    /** Shows the file (the page is empty when this is called); calls {@link #setCaseTitle}. */
    abstract void render(F file);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> parsed = event.getRouteParameters().get("id").flatMap(CasePage::parse);
        if (parsed.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = parsed.get();
        try {
            var file = load(id);
            removeAll();
            render(file);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        } catch (DomainException.NotFound e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    final void refresh() {
        try {
            var file = load(id);
            removeAll();
            render(file);
        } catch (org.springframework.security.access.AccessDeniedException | DomainException e) {
            // The last task was completed and with it the reader's access (e.g. a chair's task): leave.
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        }
    }

    final long caseId() {
        return id;
    }

    final void setCaseTitle(String title) {
        this.title = title;
    }

    /** Open tasks, notes and history, in the order every case page shows them. */
    final void addTrail(CaseTrail trail, Function<String, CaseNote> addNote) {
        var names = new java.util.HashMap<String, String>();
        java.util.function.UnaryOperator<String> nameOf = username -> username == null ? null
                : names.computeIfAbsent(username, u -> people == null ? u : people.nameOf(u));
        var models = new tr.bel.izmir.bizizmir.shared.process.ModelNames(messages);
        add(new CaseTasksSection(trail.openTasks(), clock.instant(),
                taskId -> TaskDialogs.open(inbox, messages, taskId, this::refresh), nameOf, models));
        add(new CaseNotesSection(trail.notes(), addNote, this::refresh, nameOf));
        add(new CaseHistorySection(trail.history(), nameOf, models));
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
