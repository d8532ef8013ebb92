package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.AllocationLine;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.RouteId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published results of a cycle (public): per project its votes, cost, whether it was
 * funded and if not why not, the total against the envelope, and a chart. The budget office
 * also sees the allocation while it is under review, and can download the cycle as a
 * pabulib {@code .pb} file.
 */
@Route("budget/results/:id")
@AnonymousAllowed
class BudgetResultPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BudgetAllocations allocations;
    private final ImplementationProjects projects;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private final tr.bel.izmir.bizizmir.budgeting.AllocationControls controls;
    private String title = "";

    BudgetResultPage(BudgetAllocations allocations, ImplementationProjects projects,
                     NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser,
                     tr.bel.izmir.bizizmir.budgeting.AllocationControls controls) {
        this.allocations = allocations;
        this.controls = controls;
        this.projects = projects;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        addClassName("page");
    }

    private boolean budgetOffice() {
        return currentUser.get().map(u -> u.hasRole(AppRoles.ADMIN) || u.groups().contains("dept-budget")).orElse(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean office = budgetOffice();
        RouteId.find(event, id -> office ? allocations.current(id) : allocations.published(id))
                .ifPresent(a -> show(allocations.cycle(a.getCycleId()), a, office));
    }

    private void show(PbCycleInfo cycle, CycleAllocationInfo a, boolean office) {
        removeAll();
        title = getTranslation("budget.results.title", cycle.getTitle());
        var heading = new H1(title);
        heading.addClassName("page-title");
        add(heading);
        if (!a.isPublished()) {
            add(new Badge(getTranslation("budget.results.under-review"), Badge.Tone.WARNING));
        }
        var locale = getLocale();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        var facts = new Div();
        facts.setId("budget-results-summary");
        facts.add(new Paragraph(getTranslation("budget.results.neighbourhood",
                neighbourhoods.require(cycle.getNeighbourhoodId()).getDisplayName())));
        facts.add(new Paragraph(getTranslation("budget.results.rule",
                getTranslation("budget.rule." + a.getRule().name()))));
        facts.add(new Paragraph(getTranslation("budget.results.voters", numbers.format(a.getVoters()))));
        facts.add(new Paragraph(getTranslation("budget.results.total", a.getTotalCost().format(locale),
                a.getEnvelope().format(locale), a.getLeftOver().format(locale))));
        if (a.getPublishedAt() != null) {
            facts.add(new Paragraph(getTranslation("budget.results.published-at",
                    IzmirTime.formatDateTime(a.getPublishedAt().atZone(IzmirTime.ZONE), locale))));
        }
        // Re-runs by the municipality before publication (DD020): when, without what, and why.
        for (var rerun : controls.history(cycle.getId())) {
            var note = new Paragraph(getTranslation(rerun.getExcludedTitles().isEmpty() ? "budget.rerun.note" : "budget.rerun.note-excluding",
                    IzmirTime.formatDateTime(rerun.getActedAt(), locale), String.join(", ", rerun.getExcludedTitles()),
                    rerun.getReason()));
            note.addClassName("control-note");
            facts.add(note);
        }
        add(facts);

        String chartTitle = getTranslation("budget.results.chart.title");
        String chartDesc = getTranslation("budget.results.chart.desc", a.getSelected().size(), a.getLines().size(),
                a.getTotalCost().format(locale), a.getEnvelope().format(locale));
        var chart = new Html("<div class=\"results-chart-box\"><div class=\"wide-only\">"
                + ResultsChart.svg(a, locale, key -> getTranslation(key), chartTitle, chartDesc)
                + "</div><div class=\"narrow-only\">"
                + ResultsChart.narrowSvg(a, locale, key -> getTranslation(key), chartTitle, chartDesc) + "</div></div>");
        chart.setId("budget-results-chart");
        add(new Section(new H2(chartTitle), chart));

        var grid = new Grid<AllocationLine>();
        grid.setId("budget-results-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::projectCell).setHeader(getTranslation("budget.results.column.project")).setFlexGrow(3);
        grid.addColumn(l -> numbers.format(l.getVotes())).setHeader(getTranslation("budget.results.column.votes"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.getCost().format(locale)).setHeader(getTranslation("budget.results.column.cost"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(l -> l.isSelected()
                        ? new Badge(getTranslation("budget.results.funded", l.getSelectionOrder()), Badge.Tone.SUCCESS)
                        : new Badge(getTranslation("budget.results.not-funded"), Badge.Tone.NEUTRAL))
                .setHeader(getTranslation("budget.results.column.selected"));
        grid.addColumn(l -> outcome(l, a.getRule()))
                .setHeader(getTranslation("budget.results.column.why")).setFlexGrow(3);
        grid.setItems(a.getLines());
        grid.setAllRowsVisible(true);
        add(new Section(new H2(getTranslation("budget.results.projects")), PhoneCards.wideOnly(grid),
                projectCards(a, locale, numbers)));
        add(new Paragraph(getTranslation("budget.results.tie-break")));

        if (office && !allocations.exportable(cycle.getId())) {
            var unavailable = new Paragraph(getTranslation("budget.results.export-unavailable"));
            unavailable.setId("budget-results-export-unavailable");
            add(unavailable);
        } else if (office) {
            var resource = new StreamResource("bizizmir-cycle-" + cycle.getId() + ".pb",
                    () -> new ByteArrayInputStream(allocations.exportPb(cycle.getId()).getBytes(StandardCharsets.UTF_8)));
            resource.setContentType("text/plain; charset=UTF-8");
            var download = new Anchor(resource, getTranslation("budget.results.export"));
            download.getElement().setAttribute("download", true);
            download.setId("budget-results-export");
            add(new Paragraph(download));
        }
    }

    /** The same lines as the table, as cards one under another, for phones (a five-column table does not fit). */
    private Div projectCards(CycleAllocationInfo a, Locale locale, NumberFormat numbers) {
        return PhoneCards.of("budget-results-cards", a.getLines(), this::projectCell, line -> {
            List<Component> lines = new ArrayList<>(List.of(line.isSelected()
                            ? new Badge(getTranslation("budget.results.funded", line.getSelectionOrder()), Badge.Tone.SUCCESS)
                            : new Badge(getTranslation("budget.results.not-funded"), Badge.Tone.NEUTRAL),
                    new Paragraph(getTranslation("budget.results.column.votes") + ": " + numbers.format(line.getVotes())
                            + " · " + getTranslation("budget.results.column.cost") + ": " + line.getCost().format(locale))));
            if (!line.isSelected()) {
                // Why not: the badge already says a funded project was funded.
                lines.add(new Paragraph(outcome(line, a.getRule())));
            }
            return lines;
        });
    }

    private com.vaadin.flow.component.Component projectCell(AllocationLine line) {
        if (line.isSelected()) {
            var project = projects.ofProposal(line.getProposalId());
            if (project.isPresent()) {
                return new Anchor("projects/" + project.get().getId(), line.getTitle());
            }
        }
        return new Anchor("proposals/" + line.getProposalId(), line.getTitle());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** Why a project was (not) funded, in the words of the rule that decided: greedy never speaks of equal shares. */
    private String outcome(tr.bel.izmir.bizizmir.budgeting.AllocationLine line, tr.bel.izmir.bizizmir.budgeting.AllocationRule rule) {
        return getTranslation(outcomeKey(line.getOutcome(), rule));
    }

    static String outcomeKey(tr.bel.izmir.bizizmir.budgeting.ProjectOutcome outcome,
                             tr.bel.izmir.bizizmir.budgeting.AllocationRule rule) {
        String key = "budget.outcome." + outcome.name();
        if (outcome == tr.bel.izmir.bizizmir.budgeting.ProjectOutcome.NOT_ENOUGH_SUPPORT
                && rule == tr.bel.izmir.bizizmir.budgeting.AllocationRule.GREEDY) {
            key += ".GREEDY";
        }
        return key;
    }
}
