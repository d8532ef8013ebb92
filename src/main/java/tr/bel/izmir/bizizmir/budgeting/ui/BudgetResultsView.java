package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.List;

/** Public list of published PB results, the latest first. */
@Route("budget/results")
@AnonymousAllowed
@Menu(title = "nav.budget-results", order = 21, icon = "vaadin:chart-3d")
class BudgetResultsView extends TranslatedView {

    BudgetResultsView(BudgetAllocations allocations, NeighbourhoodCatalog neighbourhoods) {
        super("budget.results.list.title");
        add(new Paragraph(getTranslation("budget.results.list.intro")));
        var results = allocations.publishedResults();
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("budget.results.list.none")));
            return;
        }
        var grid = new Grid<CycleAllocationInfo>();
        grid.setId("budget-results-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> new Anchor("budget/results/" + a.getCycleId(),
                        allocations.cycle(a.getCycleId()).getTitle()))
                .setHeader(getTranslation("budget.results.column.cycle")).setFlexGrow(3);
        grid.addColumn(a -> neighbourhoods.require(allocations.cycle(a.getCycleId()).getNeighbourhoodId()).getDisplayName())
                .setHeader(getTranslation("budget.results.column.neighbourhood")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("budget.results.selected-of", a.getSelected().size(), a.getLines().size()))
                .setHeader(getTranslation("budget.results.column.selected"));
        grid.addColumn(a -> IzmirTime.formatDate(a.getPublishedAt().atZone(IzmirTime.ZONE), getLocale()))
                .setHeader(getTranslation("budget.results.column.published"));
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        add(PhoneCards.wideOnly(grid), PhoneCards.of("budget-results-list-cards", results,
                a -> new Anchor("budget/results/" + a.getCycleId(), allocations.cycle(a.getCycleId()).getTitle()),
                a -> List.of(new Paragraph(neighbourhoods.require(allocations.cycle(a.getCycleId()).getNeighbourhoodId())
                                .getDisplayName()),
                        new Paragraph(getTranslation("budget.results.selected-of", a.getSelected().size(), a.getLines().size())
                                + " · " + IzmirTime.formatDate(a.getPublishedAt().atZone(IzmirTime.ZONE), getLocale())))));
    }
}
