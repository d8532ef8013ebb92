package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjectInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.List;

/** Public list of funded projects and how far their implementation has got. */
@Route("projects")
@AnonymousAllowed
@Menu(title = "nav.projects", order = 22, icon = "vaadin:tools")
class ImplementationProjectsView extends TranslatedView {

    ImplementationProjectsView(ImplementationProjects projects, NeighbourhoodCatalog neighbourhoods) {
        super("impl.list.title");
        add(new Paragraph(getTranslation("impl.list.intro")));
        var map = new Anchor("projects/map", getTranslation("map.show"));
        map.setId("projects-map-link");
        add(map);
        var all = projects.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("impl.list.none")));
            return;
        }
        var grid = new Grid<ImplementationProjectInfo>();
        grid.setId("impl-projects-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new Anchor("projects/" + p.getId(), p.getTitle()))
                .setHeader(getTranslation("impl.column.title")).setFlexGrow(3);
        grid.addColumn(p -> neighbourhoods.require(p.getNeighbourhoodId()).getDisplayName())
                .setHeader(getTranslation("impl.column.neighbourhood")).setFlexGrow(2);
        grid.addComponentColumn(p -> ImplementationProjectPage.statusBadge(this, p.getStatus()))
                .setHeader(getTranslation("impl.column.status"));
        grid.addComponentColumn(this::progressBar).setHeader(getTranslation("impl.column.progress"));
        grid.addColumn(p -> getTranslation("impl.progress", p.getProgress())).setHeader("%");
        grid.addColumn(p -> IzmirTime.formatDate(p.getUpdatedAt().atZone(IzmirTime.ZONE), getLocale()))
                .setHeader(getTranslation("impl.column.updated"));
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        add(PhoneCards.wideOnly(grid), PhoneCards.of("impl-projects-cards", all,
                p -> new Anchor("projects/" + p.getId(), p.getTitle()),
                p -> List.of(new Paragraph(neighbourhoods.require(p.getNeighbourhoodId()).getDisplayName()),
                            ImplementationProjectPage.statusBadge(this, p.getStatus()), progressBar(p),
                            new Paragraph(getTranslation("impl.progress", p.getProgress()) + " · "
                                    + getTranslation("impl.column.updated") + ": "
                                    + IzmirTime.formatDate(p.getUpdatedAt().atZone(IzmirTime.ZONE), getLocale())))));
    }

    private ProgressBar progressBar(ImplementationProjectInfo p) {
        var bar = new ProgressBar(0, 100, p.getProgress());
        bar.getElement().setAttribute("aria-label", getTranslation("impl.progress", p.getProgress()));
        return bar;
    }
}
