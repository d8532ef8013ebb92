package tr.bel.izmir.bizizmir.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.security.PeopleNames;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.process.ModelNames;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.CaseContent;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.tasks.InboxFilter;
import tr.bel.izmir.bizizmir.tasks.InboxTask;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff inbox of every process: filter, sort and page through the tasks of one's groups
 * (lazily: the database pages, so thousands of tasks stay fast), claim several at once, and
 * open a task to work on its form.
 */
@Route("inbox")
@RolesAllowed({AppRoles.ASSEMBLY_MEMBER, AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR,
        AppRoles.PARK_MANAGER, AppRoles.MODERATOR, AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
@Menu(title = "nav.inbox", order = 101, icon = "vaadin:inbox")
class InboxView extends TranslatedView {

    private final TaskInbox inbox;
    private final tr.bel.izmir.bizizmir.tasks.TaskAssignments assignments;
    private final NeighbourhoodCatalog neighbourhoods;
    private final Messages messages;
    private final Clock clock;
    private final Grid<InboxTask> grid = new Grid<>();
    private final Select<String> process = new Select<>();
    private final ComboBox<NeighbourhoodInfo> neighbourhood = new ComboBox<>();
    private final Select<InboxFilter.Due> due = new Select<>();
    private final Select<InboxFilter.Assignment> assignment = new Select<>();
    private final Checkbox followUp = new Checkbox();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final Map<Long, String> neighbourhoodNames = new HashMap<>();
    private final Map<String, String> peopleNames = new HashMap<>();
    private final PeopleNames people;
    private final List<CaseContent> caseKinds;

    InboxView(TaskInbox inbox, tr.bel.izmir.bizizmir.tasks.TaskAssignments assignments, NeighbourhoodCatalog neighbourhoods,
              Messages messages, Clock clock, List<CaseContent> caseKinds, PeopleNames people) {
        super("inbox.title");
        this.people = people;
        this.inbox = inbox;
        this.assignments = assignments;
        this.caseKinds = List.copyOf(caseKinds);
        this.neighbourhoods = neighbourhoods;
        this.messages = messages;
        this.clock = clock;
        addClassName("inbox-view");

        var names = new ModelNames(messages);
        Map<String, String> processes = new java.util.TreeMap<>();
        inbox.processes().forEach((key, name) -> processes.put(key, names.process(key, name, getLocale())));
        process.setLabel(getTranslation("inbox.filter.process"));
        process.setItems(processes.keySet());
        process.setItemLabelGenerator(k -> k == null ? getTranslation("inbox.filter.all") : processes.getOrDefault(k, k));
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption(getTranslation("inbox.filter.all"));
        neighbourhood.setLabel(getTranslation("inbox.filter.neighbourhood"));
        neighbourhood.setItems(q -> neighbourhoods.search(null, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) neighbourhoods.count(null, q.getFilter().orElse("")));
        neighbourhood.setItemLabelGenerator(NeighbourhoodInfo::getDisplayName);
        neighbourhood.setClearButtonVisible(true);
        due.setLabel(getTranslation("inbox.filter.due"));
        due.setItems(InboxFilter.Due.values());
        due.setItemLabelGenerator(d -> getTranslation("inbox.due." + d.name()));
        due.setValue(InboxFilter.Due.ANY);
        assignment.setLabel(getTranslation("inbox.filter.assignment"));
        assignment.setItems(InboxFilter.Assignment.values());
        assignment.setItemLabelGenerator(a -> getTranslation("inbox.assignment." + a.name()));
        assignment.setValue(InboxFilter.Assignment.MINE_AND_GROUPS);
        assignment.setId("inbox-assignment");
        followUp.setLabel(getTranslation("inbox.filter.follow-up"));
        text.setLabel(getTranslation("inbox.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        process.addValueChangeListener(e -> refresh());
        neighbourhood.addValueChangeListener(e -> refresh());
        due.addValueChangeListener(e -> refresh());
        assignment.addValueChangeListener(e -> refresh());
        followUp.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        var claimSelected = new Button(getTranslation("inbox.claim-selected"), e -> claimSelected());
        claimSelected.setId("claim-selected");
        var filters = new HorizontalLayout(process, neighbourhood, due, assignment, text, followUp);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        total.setId("inbox-total");
        var actions = new HorizontalLayout(total, claimSelected);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.setId("inbox-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("inbox.column.task"))
                .setKey(TaskInbox.Sort.NAME.name()).setSortable(true).setFlexGrow(3);
        grid.addColumn(t -> t.processKey() == null ? "" : processes.getOrDefault(t.processKey(), t.processKey()))
                .setHeader(getTranslation("inbox.column.process")).setFlexGrow(2);
        grid.addColumn(t -> neighbourhoodName(t.neighbourhoodId())).setHeader(getTranslation("inbox.column.neighbourhood"));
        grid.addColumn(t -> t.created() == null ? "" : IzmirTime.formatDateTime(t.created(), getLocale()))
                .setHeader(getTranslation("inbox.column.created")).setKey(TaskInbox.Sort.CREATED.name()).setSortable(true);
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("inbox.column.due"))
                .setKey(TaskInbox.Sort.DUE.name()).setSortable(true);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("inbox.unassigned")
                        : peopleNames.computeIfAbsent(t.assignee(), people::nameOf))
                .setHeader(getTranslation("inbox.column.assignee"));
        grid.setItems(query -> {
            var sort = TaskInbox.Sort.DUE;
            boolean ascending = true;
            for (GridSortOrder<InboxTask> order : grid.getSortOrder()) {
                sort = TaskInbox.Sort.valueOf(order.getSorted().getKey());
                ascending = order.getDirection() == SortDirection.ASCENDING;
            }
            return inbox.page(filter(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> {
            int count = (int) Math.min(Integer.MAX_VALUE, inbox.count(filter()));
            total.setText(getTranslation("inbox.total", count));
            return count;
        });
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setHeight("65vh");
        add(filters, actions, grid);
    }

    private InboxFilter filter() {
        return new InboxFilter(process.getValue(), neighbourhood.getValue() == null ? null : neighbourhood.getValue().getId(),
                due.getValue(), followUp.getValue(), assignment.getValue(), text.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String neighbourhoodName(Long id) {
        if (id == null) {
            return "";
        }
        return neighbourhoodNames.computeIfAbsent(id, k -> neighbourhoods.require(k).getDisplayName());
    }

    private Div titleCell(InboxTask t) {
        var name = new Span(new ModelNames(messages).element(t.taskKey(), t.name(), getLocale()));
        name.addClassName("task-name");
        var cell = new Div(name);
        if (t.caseTitle() != null) {
            var title = new Span(t.caseTitle());
            title.addClassName("case-title");
            cell.add(title);
        }
        caseKind(t).filter(c -> t.businessKey() != null).ifPresent(c -> {
            var link = new com.vaadin.flow.component.html.Anchor(c.pagePath(t.businessKey()), getTranslation("case.open-page"));
            link.addClassName("case-link");
            // Following the link must not also open the task's dialog (a click on the row).
            link.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
            cell.add(link);
        });
        cell.addClassName("task-cell");
        return cell;
    }

    private Div dueCell(InboxTask t) {
        var cell = new Div();
        if (t.due() == null) {
            return cell;
        }
        cell.add(new Span(IzmirTime.formatDateTime(t.due(), getLocale())));
        Instant now = clock.instant();
        if (t.isOverdue(now)) {
            cell.add(new Badge(getTranslation("inbox.badge.overdue"), Badge.Tone.ERROR));
        } else if (IzmirTime.now(clock).toLocalDate().equals(t.due().atZone(IzmirTime.ZONE).toLocalDate())) {
            cell.add(new Badge(getTranslation("inbox.badge.today"), Badge.Tone.WARNING));
        }
        cell.addClassName("due-cell");
        return cell;
    }

    private void claimSelected() {
        var ids = grid.getSelectedItems().stream().map(InboxTask::id).toList();
        if (ids.isEmpty()) {
            Notifications.error(getTranslation("inbox.nothing-selected"));
            return;
        }
        var result = inbox.claimAll(ids);
        if (result.refused().isEmpty()) {
            Notifications.success(getTranslation("inbox.claimed", result.claimed()));
        } else {
            Notifications.error(getTranslation("inbox.claimed-some", result.claimed(), result.refused().size()));
        }
        grid.deselectAll();
        refresh();
    }

    private void open(InboxTask row) {
        var task = inbox.open(row.id());
        if (task.isEmpty()) {
            Notifications.error(getTranslation("task.error.gone"));
            refresh();
            return;
        }
        new TaskDialog(inbox, assignments, messages, task.get(), caseKind(row), this::refresh).open();
    }

    private Optional<CaseContent> caseKind(InboxTask t) {
        return t.processKey() == null ? Optional.empty() : caseKinds.stream().filter(c -> c.handles(t.processKey())).findFirst();
    }
}
