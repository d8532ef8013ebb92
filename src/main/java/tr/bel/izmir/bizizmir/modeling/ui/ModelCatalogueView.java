package tr.bel.izmir.bizizmir.modeling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.modeling.ModelAuditEntry;
import tr.bel.izmir.bizizmir.modeling.ModelResource;
import tr.bel.izmir.bizizmir.modeling.ProcessModels;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.Definition;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.Kind;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.SearchText;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The process owners' catalogue: every deployed version of every process, decision and form with
 * who deployed it, when and why, and how many instances run on it; from here a version is shown
 * as a diagram with its waiting instances, edited, exported, compared or rolled back to, and a
 * Camunda Modeler file is imported. Below, the deployment log.
 */
@Route("modeling/processes")
@RolesAllowed({AppRoles.PROCESS_OWNER, AppRoles.ADMIN})
@Menu(title = "nav.modeling", order = 400, icon = "vaadin:sitemap")
class ModelCatalogueView extends TranslatedView {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ProcessModels models;
    private final Grid<Definition> grid = new Grid<>();
    private final Grid<ModelAuditEntry> auditGrid = new Grid<>();
    private final Select<Kind> kind = new Select<>();
    private final TextField text = new TextField();
    private List<Definition> all = List.of();

    ModelCatalogueView(ProcessModels models) {
        super("modeling.title");
        this.models = models;
        addClassName("modeling-catalogue");

        kind.setLabel(getTranslation("modeling.filter.kind"));
        kind.setItems(Kind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("modeling.kind." + k));
        kind.addValueChangeListener(e -> filter());
        text.setLabel(getTranslation("modeling.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("modeling-search");
        text.addValueChangeListener(e -> filter());
        var newProcess = new Button(getTranslation("modeling.action.new-bpmn"),
                e -> getUI().ifPresent(ui -> ui.navigate("modeling/edit/new")));
        var toolbar = new HorizontalLayout(kind, text, newProcess, importUpload());
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("model-catalogue");
        grid.addColumn(d -> getTranslation("modeling.kind." + d.kind())).setHeader(getTranslation("modeling.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(Definition::key).setHeader(getTranslation("modeling.column.key")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Definition::version).setHeader(getTranslation("modeling.column.version")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setWidth("22rem").setFlexGrow(0);
        grid.addColumn(Definition::name).setHeader(getTranslation("modeling.column.name")).setAutoWidth(true);
        grid.addColumn(d -> time(d.deployedAt())).setHeader(getTranslation("modeling.column.deployed-at")).setAutoWidth(true);
        grid.addColumn(d -> "classpath".equals(d.deployedBy()) ? getTranslation("modeling.classpath") : d.deployedBy())
                .setHeader(getTranslation("modeling.column.deployed-by")).setAutoWidth(true);
        grid.addColumn(Definition::changeNote).setHeader(getTranslation("modeling.column.note")).setFlexGrow(1);
        grid.addColumn(d -> d.kind() == Kind.PROCESS ? String.valueOf(d.runningInstances()) : "")
                .setHeader(getTranslation("modeling.column.running")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        auditGrid.setId("model-audit");
        auditGrid.addColumn(a -> time(a.getAt())).setHeader(getTranslation("modeling.audit.at")).setAutoWidth(true);
        auditGrid.addColumn(a -> getTranslation("modeling.audit.action." + a.getAction()))
                .setHeader(getTranslation("modeling.audit.action")).setAutoWidth(true);
        auditGrid.addColumn(ModelAuditEntry::getUsername).setHeader(getTranslation("modeling.audit.user")).setAutoWidth(true);
        auditGrid.addColumn(ModelAuditEntry::getChangeNote).setHeader(getTranslation("modeling.audit.note")).setFlexGrow(1);
        auditGrid.addColumn(a -> String.join(", ", a.getResources())).setHeader(getTranslation("modeling.audit.resources"));
        auditGrid.addColumn(a -> String.join(", ", a.getDefinitionIds())).setHeader(getTranslation("modeling.audit.definitions"));
        auditGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        auditGrid.setAllRowsVisible(true);

        add(toolbar, grid, new H2(getTranslation("modeling.audit.title")), auditGrid);
        refresh();
    }

    private void refresh() {
        all = models.catalogue();
        filter();
        auditGrid.setItems(models.auditTrail());
    }

    private void filter() {
        String q = text.getValue();
        grid.setItems(all.stream()
                .filter(d -> kind.getValue() == null || d.kind() == kind.getValue())
                .filter(d -> SearchText.matches(d.key() + " " + d.name(), q))
                .toList());
    }

    private String time(Instant instant) {
        return instant == null ? "" : IzmirTime.formatDateTime(instant, getLocale());
    }

    private HorizontalLayout actions(Definition d) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        row.setWrap(true);
        if (d.kind() == Kind.PROCESS) {
            row.add(small("modeling.action.diagram", "diagram", () -> new DiagramDialog(models, d).open()));
        }
        row.add(small("modeling.action.edit", "edit",
                () -> getUI().ifPresent(ui -> ui.navigate("modeling/edit/" + d.id()))));
        var export = new Anchor(new StreamResource(fileName(d.resourceName()),
                () -> new ByteArrayInputStream(models.export(d).bytes())), getTranslation("modeling.action.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("model-export");
        row.add(export);
        Optional<Definition> previous = all.stream()
                .filter(o -> o.kind() == d.kind() && o.key().equals(d.key()) && o.version() == d.version() - 1).findFirst();
        if (d.kind() != Kind.FORM && previous.isPresent()) {
            row.add(small("modeling.action.diff", "diff", () -> new DiffDialog(models, previous.get(), d).open()));
        }
        boolean latest = all.stream().noneMatch(o -> o.kind() == d.kind() && o.key().equals(d.key()) && o.version() > d.version());
        if (!latest) {
            row.add(small("modeling.action.rollback", "rollback", () -> new DeployDialog(models, "modeling.rollback.title",
                    getTranslation("modeling.rollback.help"), note -> models.rollback(d.id(), note), this::refresh).open()));
        }
        return row;
    }

    private Button small(String key, String cls, Runnable action) {
        var b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.addClassName("model-" + cls);
        return b;
    }

    private static String fileName(String resourceName) {
        int slash = resourceName.lastIndexOf('/');
        return slash < 0 ? resourceName : resourceName.substring(slash + 1);
    }

    private Upload importUpload() {
        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId("model-import");
        upload.setAcceptedFileTypes(".bpmn", ".dmn", ".form");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new Paragraph(getTranslation("modeling.import.help")));
        tr.bel.izmir.bizizmir.shared.ui.Uploads.translate(upload, MAX_BYTES / (1024 * 1024), 1, "modeling.action.import");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            try {
                String file = e.getFileName();
                String folder = ModelResource.kindOf(file) == ModelResource.Kind.FORM ? "forms/" : "processes/";
                var resource = new ModelResource(folder + file, buffer.getInputStream().readAllBytes());
                DeployDialog.forResources(models, List.of(resource), this::refresh).open();
            } catch (IOException ex) {
                Notifications.error(getTranslation("upload.server-error"));
            }
            upload.clearFileList();
        });
        return upload;
    }
}
