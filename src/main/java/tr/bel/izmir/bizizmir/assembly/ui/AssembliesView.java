package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.ArrayList;
import java.util.List;

/** Public list of neighbourhood assemblies, pilots first. */
@Route("assemblies")
@AnonymousAllowed
@Menu(title = "nav.assemblies", order = 10, icon = "vaadin:group")
class AssembliesView extends TranslatedView {

    private final NeighbourhoodCatalog neighbourhoods;
    /** The same assemblies as cards for phones, rebuilt with the grid when an admin adds one. */
    private Div cards = new Div();

    AssembliesView(AssemblyDirectory assemblies, NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser) {
        super("assemblies.title");
        this.neighbourhoods = neighbourhoods;
        add(new Paragraph(getTranslation("assemblies.intro")));
        var grid = new Grid<AssemblyInfo>();
        if (currentUser.get().map(u -> u.hasRole(AppRoles.ADMIN)).orElse(false)) {
            add(establishForm(assemblies, neighbourhoods, grid));
        }
        grid.setId("assemblies-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::link)
                .setHeader(getTranslation("assemblies.column.name")).setFlexGrow(3);
        grid.addColumn(this::neighbourhood)
                .setHeader(getTranslation("assemblies.column.neighbourhood")).setFlexGrow(2);
        grid.addColumn(a -> a.isPilot() ? getTranslation("assemblies.pilot") : "")
                .setHeader(getTranslation("assemblies.column.pilot"));
        grid.addColumn(this::established)
                .setHeader(getTranslation("assemblies.column.established"));
        grid.setAllRowsVisible(true);
        add(PhoneCards.wideOnly(grid), cards);
        show(grid, assemblies.all());
    }

    private void show(Grid<AssemblyInfo> grid, List<AssemblyInfo> all) {
        grid.setItems(all);
        var fresh = PhoneCards.of("assemblies-cards", all, this::link, a -> {
            List<Component> lines = new ArrayList<>();
            lines.add(new Paragraph(neighbourhood(a)));
            if (a.isPilot()) {
                lines.add(new Paragraph(getTranslation("assemblies.pilot")));
            }
            lines.add(new Paragraph(getTranslation("assemblies.column.established") + ": " + established(a)));
            return lines;
        });
        replace(cards, fresh);
        cards = fresh;
    }

    private Anchor link(AssemblyInfo a) {
        return new Anchor("assemblies/" + a.getId(), a.getName());
    }

    private String neighbourhood(AssemblyInfo a) {
        return neighbourhoods.require(a.getNeighbourhoodId()).getDisplayName();
    }

    private String established(AssemblyInfo a) {
        return IzmirTime.formatDate(a.getEstablishedOn(), getLocale());
    }

    /** Admins add the assembly of any neighbourhood (the programme's roll-out beyond the pilots). */
    private Details establishForm(AssemblyDirectory assemblies, NeighbourhoodCatalog neighbourhoods, Grid<AssemblyInfo> grid) {
        var neighbourhood = new ComboBox<NeighbourhoodInfo>(getTranslation("assemblies.form.neighbourhood"));
        neighbourhood.setItems(query -> neighbourhoods.search(null, query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        neighbourhood.setItemLabelGenerator(NeighbourhoodInfo::getDisplayName);
        neighbourhood.setId("establish-neighbourhood");
        var name = new TextField(getTranslation("assemblies.column.name"));
        name.setMaxLength(AssemblyDirectory.MAX_NAME);
        name.setId("establish-name");
        var save = new Button(getTranslation("assemblies.form.establish"), e -> {
            if (neighbourhood.getValue() == null) {
                neighbourhood.setInvalid(true);
                neighbourhood.setErrorMessage(getTranslation("assemblies.form.neighbourhood-required"));
                return;
            }
            try {
                var assembly = assemblies.establish(neighbourhood.getValue().getId(), name.getValue(), false, java.time.LocalDate.now(IzmirTime.ZONE));
                Notifications.success(getTranslation("assemblies.form.done", assembly.getName()));
                show(grid, assemblies.all());
                name.clear();
                neighbourhood.clear();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("establish-save");
        var form = new FormLayout(neighbourhood, name, save);
        var details = new Details(getTranslation("assemblies.form.heading"), form);
        details.setId("establish-form");
        return details;
    }
}
