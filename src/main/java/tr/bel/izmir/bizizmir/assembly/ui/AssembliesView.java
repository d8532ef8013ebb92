package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.assembly.Assembly;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/** Public list of neighbourhood assemblies, pilots first. */
@Route("assemblies")
@AnonymousAllowed
@Menu(title = "nav.assemblies", order = 10, icon = "vaadin:group")
class AssembliesView extends TranslatedView {

    AssembliesView(AssemblyDirectory assemblies, NeighbourhoodCatalog neighbourhoods) {
        super("assemblies.title");
        add(new Paragraph(getTranslation("assemblies.intro")));
        var grid = new Grid<Assembly>();
        grid.setId("assemblies-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Assembly::getName).setHeader(getTranslation("assemblies.column.name")).setFlexGrow(3);
        grid.addColumn(a -> neighbourhoods.require(a.getNeighbourhoodId()).getDisplayName())
                .setHeader(getTranslation("assemblies.column.neighbourhood")).setFlexGrow(2);
        grid.addColumn(a -> a.isPilot() ? getTranslation("assemblies.pilot") : "")
                .setHeader(getTranslation("assemblies.column.pilot"));
        grid.addColumn(a -> IzmirTime.formatDate(a.getEstablishedOn(), getLocale()))
                .setHeader(getTranslation("assemblies.column.established"));
        grid.setItems(assemblies.all());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
