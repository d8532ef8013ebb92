package tr.bel.izmir.bizizmir.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemInfo;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItems;
import tr.bel.izmir.bizizmir.assembly.AssemblyInfo;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public list of advisory items; officers table a new municipal project for an assembly's advice here. */
@Route("assembly/advisory")
@AnonymousAllowed
@Menu(title = "nav.advisory", order = 11, icon = "vaadin:comments-o")
class AdvisoryItemsView extends TranslatedView {

    private final AdvisoryItems advisory;
    private final Grid<AdvisoryItemInfo> grid = new Grid<>();
    private final Map<Long, AssemblyInfo> assemblies;
    /** The same items as cards for phones, rebuilt with the grid when an officer tables one. */
    private Div cards = new Div();

    AdvisoryItemsView(AdvisoryItems advisory, AssemblyDirectory directory, CurrentUser currentUser) {
        super("advisory.list.title");
        this.advisory = advisory;
        this.assemblies = directory.all().stream().collect(Collectors.toMap(AssemblyInfo::getId, Function.identity()));
        add(new Paragraph(getTranslation("advisory.list.intro")));
        boolean officer = currentUser.get().map(u -> u.hasRole(AppRoles.OFFICER) || u.hasRole(AppRoles.ADMIN)).orElse(false);
        if (officer) {
            add(tableForm(directory));
        }
        grid.setId("advisory-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::link)
                .setHeader(getTranslation("advisory.list.column.title")).setFlexGrow(3);
        grid.addColumn(this::assemblyName)
                .setHeader(getTranslation("advisory.list.column.assembly")).setFlexGrow(2);
        grid.addColumn(this::stage)
                .setHeader(getTranslation("advisory.list.column.stage"));
        grid.addColumn(this::tabled)
                .setHeader(getTranslation("advisory.list.column.tabled"));
        grid.setAllRowsVisible(true);
        add(PhoneCards.wideOnly(grid), cards);
        refresh();
    }

    private void refresh() {
        List<AdvisoryItemInfo> all = advisory.all();
        grid.setItems(all);
        var fresh = PhoneCards.of("advisory-cards", all, this::link, i -> List.of(
                new Paragraph(getTranslation("advisory.list.column.assembly") + ": " + assemblyName(i)),
                new Paragraph(getTranslation("advisory.list.column.stage") + ": " + stage(i)),
                new Paragraph(getTranslation("advisory.list.column.tabled") + ": " + tabled(i))));
        replace(cards, fresh);
        cards = fresh;
    }

    private Anchor link(AdvisoryItemInfo i) {
        return new Anchor("assembly/advisory/" + i.getId(), i.getTitle());
    }

    private String assemblyName(AdvisoryItemInfo i) {
        return assemblies.containsKey(i.getAssemblyId()) ? assemblies.get(i.getAssemblyId()).getName() : "";
    }

    private String stage(AdvisoryItemInfo i) {
        return getTranslation("advisory.stage." + i.getStage().name());
    }

    private String tabled(AdvisoryItemInfo i) {
        return IzmirTime.formatDate(i.getTabledAt(), getLocale());
    }

    private Details tableForm(AssemblyDirectory directory) {
        var assembly = new ComboBox<AssemblyInfo>(getTranslation("advisory.form.assembly"));
        assembly.setItems(FoldedFilter.of(assembly), directory.all());
        assembly.setItemLabelGenerator(AssemblyInfo::getName);
        assembly.setId("advisory-form-assembly");
        var title = new TextField(getTranslation("advisory.form.title"));
        title.setMaxLength(AdvisoryItems.MAX_TITLE);
        title.setId("advisory-form-title");
        var description = new TextArea(getTranslation("advisory.form.description"));
        description.setMaxLength(AdvisoryItems.MAX_DESCRIPTION);
        description.setId("advisory-form-description");
        var department = new ComboBox<String>(getTranslation("advisory.form.department"));
        department.setItems(AppRoles.DEPARTMENTS);
        department.setItemLabelGenerator(d -> getTranslation("department." + d));
        department.setId("advisory-form-department");
        var days = new IntegerField(getTranslation("advisory.form.days"));
        days.setMin(AdvisoryItems.MIN_VOTING_DAYS);
        days.setMax(AdvisoryItems.MAX_VOTING_DAYS);
        days.setValue(14);
        days.setStepButtonsVisible(true);
        days.setId("advisory-form-days");
        var submit = new Button(getTranslation("advisory.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("advisory-form-submit");
        submit.addClickListener(e -> {
            if (assembly.getValue() == null) {
                assembly.setInvalid(true);
                assembly.setErrorMessage(getTranslation("advisory.form.assembly-required"));
                return;
            }
            try {
                var item = advisory.table(assembly.getValue().getId(), title.getValue(), description.getValue(),
                        department.getValue(), days.getValue() == null ? 0 : days.getValue());
                Notifications.success(getTranslation("advisory.form.done", item.getTitle()));
                title.clear();
                description.clear();
                refresh();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        var form = new FormLayout(assembly, department, title, days, description, submit);
        form.setColspan(description, 2);
        var details = new Details(getTranslation("advisory.form.heading"), form);
        details.setId("advisory-form");
        return details;
    }
}
