package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.List;

/** Public list of open participatory-budgeting cycles with their envelopes and dates. */
@Route("budgeting")
@AnonymousAllowed
@Menu(title = "nav.budgeting", order = 20, icon = "vaadin:money")
class CyclesView extends TranslatedView {

    CyclesView(PbCycles cycles, NeighbourhoodCatalog neighbourhoods) {
        super("cycles.title");
        add(new Paragraph(getTranslation("cycles.intro")));
        var grid = new Grid<PbCycleInfo>();
        grid.setId("cycles-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PbCycleInfo::getTitle).setHeader(getTranslation("cycles.column.title")).setFlexGrow(3);
        grid.addColumn(c -> neighbourhoods.require(c.getNeighbourhoodId()).getDisplayName())
                .setHeader(getTranslation("cycles.column.neighbourhood")).setFlexGrow(2);
        grid.addColumn(c -> c.getEnvelope().format(getLocale()))
                .setHeader(getTranslation("cycles.column.envelope")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(c -> getTranslation("cycle.phase." + c.getPhase().name()))
                .setHeader(getTranslation("cycles.column.phase"));
        grid.addColumn(this::votingDays).setHeader(getTranslation("cycles.column.voting"));
        var open = cycles.openCycles();
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        add(PhoneCards.wideOnly(grid), PhoneCards.of("cycles-cards", open, c -> new Span(c.getTitle()),
                c -> List.of(new Paragraph(neighbourhoods.require(c.getNeighbourhoodId()).getDisplayName()),
                        new Badge(getTranslation("cycle.phase." + c.getPhase().name()), Badge.Tone.INFO),
                        new Paragraph(getTranslation("cycles.column.envelope") + ": " + c.getEnvelope().format(getLocale())),
                        new Paragraph(getTranslation("cycles.column.voting") + ": " + votingDays(c)))));
    }

    private String votingDays(PbCycleInfo cycle) {
        return IzmirTime.formatDate(cycle.getVotingOpens(), getLocale()) + " – "
                + IzmirTime.formatDate(cycle.getVotingCloses(), getLocale());
    }
}
