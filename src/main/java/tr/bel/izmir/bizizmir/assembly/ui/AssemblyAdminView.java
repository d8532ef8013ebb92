package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.Clock;
import java.util.Map;

/**
 * Programme administration of the neighbourhood assemblies (issue 13, item 2): establish an
 * assembly for a neighbourhood (whose proposals it then reviews before feasibility), rename it,
 * mark it as a pilot. Cards, so it works on a phone as on a desk. Two people editing one assembly:
 * the second is told to reload, nothing is overwritten.
 */
@Route("staff/assemblies")
@RolesAllowed({AppRoles.ADMIN, AppRoles.COORDINATOR})
@Menu(title = "nav.assembly-admin", order = 105, icon = "vaadin:group")
class AssemblyAdminView extends TranslatedView {

    /** The refusals about the name, shown at the name field. */
    private static final java.util.Set<String> NAME_ERRORS = java.util.Set.of("assembly.error.name-required",
            "assembly.error.name-too-long");
    private final AssemblyDirectory assemblies;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div cards = new Div();

    AssemblyAdminView(AssemblyDirectory assemblies, NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser, Clock clock) {
        super("assemblyadmin.title");
        this.assemblies = assemblies;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        this.clock = clock;
        add(new Paragraph(getTranslation("assemblyadmin.intro")));
        var create = new Button(getTranslation("assemblyadmin.new"), e -> openEditor(null));
        create.setId("assembly-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cards.addClassName("card-grid");
        cards.setId("assembly-cards");
        add(create, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        Map<Long, Long> serving = assemblies.servingMembers();
        for (AssemblyInfo a : assemblies.all()) {
            cards.add(card(a, serving.getOrDefault(a.getId(), 0L)));
        }
    }

    private Component card(AssemblyInfo a, long members) {
        var card = new Div();
        card.addClassName("card");
        card.setId("assembly-card-" + a.getId());
        card.add(new H3(a.getName()), new Paragraph(neighbourhoods.require(a.getNeighbourhoodId()).getDisplayName()));
        if (a.isPilot()) {
            card.add(new Badge(getTranslation("assemblyadmin.pilot"), Badge.Tone.SUCCESS));
        }
        card.add(new Paragraph(getTranslation("assemblyadmin.facts", IzmirTime.formatDate(a.getEstablishedOn(), getLocale()), members)));
        var edit = new Button(getTranslation("assemblyadmin.edit"), e -> openEditor(a));
        edit.setId("assembly-edit-" + a.getId());
        card.add(new Div(edit, new Span(" "), new Anchor("assemblies/" + a.getId(), getTranslation("assemblyadmin.public-page"))));
        return card;
    }

    /** The editor of an assembly, or of a new one when {@code existing} is null. */
    private void openEditor(AssemblyInfo existing) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "assemblyadmin.new" : "assemblyadmin.edit"));
        var district = new ComboBox<DistrictInfo>(getTranslation("assemblyadmin.district"));
        var hood = new ComboBox<NeighbourhoodInfo>(getTranslation("assemblyadmin.neighbourhood"));
        var name = new TextField(getTranslation("assemblyadmin.name"));
        name.setId("assembly-name");
        name.setMaxLength(AssemblyDirectory.MAX_NAME);
        name.setRequired(true);
        var pilot = new Checkbox(getTranslation("assemblyadmin.pilot-field"));
        pilot.setId("assembly-pilot");
        var pilotHelp = new Paragraph(getTranslation("assemblyadmin.pilot-help"));
        pilotHelp.addClassName("help");
        var established = new DatePicker(getTranslation("assemblyadmin.established"));
        established.setId("assembly-established");
        established.setLocale(getLocale());
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        if (existing == null) {
            district.setId("assembly-district");
            district.setItems(neighbourhoods.districts());
            district.setItemLabelGenerator(DistrictInfo::getName);
            hood.setId("assembly-neighbourhood");
            hood.setItemLabelGenerator(NeighbourhoodInfo::getName);
            hood.setRequired(true);
            district.addValueChangeListener(e -> {
                hood.clear();
                hood.setItems(e.getValue() == null ? java.util.List.of() : neighbourhoods.neighbourhoodsOf(e.getValue().getId()).stream()
                        .filter(n -> assemblies.ofNeighbourhood(n.getId()).isEmpty()).toList());
            });
            established.setValue(IzmirTime.now(clock).toLocalDate());
            form.add(district, hood);
            form.add(name, established);
        } else {
            name.setValue(existing.getName());
            pilot.setValue(existing.isPilot());
            form.add(name);
        }
        form.add(pilot, pilotHelp);
        var save = new Button(getTranslation("assemblyadmin.save"), e -> {
            name.setInvalid(false);
            hood.setInvalid(false);
            try {
                // Every missing field is marked at once; the server checks the same again.
                boolean missing = false;
                if (name.getValue().isBlank()) {
                    name.setErrorMessage(getTranslation("assembly.error.name-required"));
                    name.setInvalid(true);
                    missing = true;
                }
                if (existing == null && hood.getValue() == null) {
                    hood.setErrorMessage(getTranslation("assemblyadmin.error.neighbourhood-required"));
                    hood.setInvalid(true);
                    missing = true;
                }
                if (missing) {
                    return;
                }
                if (existing == null) {
                    assemblies.establish(hood.getValue().getId(), name.getValue(), pilot.getValue(), established.getValue());
                } else {
                    assemblies.update(existing.getId(), existing.getVersion(), name.getValue(), pilot.getValue(),
                            currentUser.require().username());
                }
                Notifications.success(getTranslation("assemblyadmin.saved"));
                dialog.close();
                refresh();
            } catch (DomainException.Conflict changed) {
                Notifications.error(getTranslation(changed.messageKey(), changed.args()));
            } catch (DomainException bad) {
                // Shown at the field it is about; what was typed stays in the form.
                var field = NAME_ERRORS.contains(bad.messageKey()) ? name : null;
                if (field != null) {
                    field.setErrorMessage(getTranslation(bad.messageKey(), bad.args()));
                    field.setInvalid(true);
                } else {
                    Notifications.error(getTranslation(bad.messageKey(), bad.args()));
                }
            }
        });
        save.setId("assembly-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("assemblyadmin.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
