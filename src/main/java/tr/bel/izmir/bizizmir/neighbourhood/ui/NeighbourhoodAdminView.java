package tr.bel.izmir.bizizmir.neighbourhood.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodImport;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * Admins keep the neighbourhood list: browse by district (lazy, paged), and import the
 * full list from CSV with a progress bar and a row-by-row error report.
 */
@Route("admin/neighbourhoods")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.admin-neighbourhoods", order = 900, icon = "vaadin:map-marker")
class NeighbourhoodAdminView extends TranslatedView {

    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    private final NeighbourhoodCatalog catalog;
    private final NeighbourhoodImport importer;
    private final Grid<NeighbourhoodInfo> grid = new Grid<>();
    private final ComboBox<DistrictInfo> district = new ComboBox<>();
    private final TextField name = new TextField();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressText = new Span();
    private final Grid<tr.bel.izmir.bizizmir.shared.Csv.RowError> errors = new Grid<>();
    private final Span summary = new Span();

    NeighbourhoodAdminView(NeighbourhoodCatalog catalog, NeighbourhoodImport importer) {
        super("neighbourhoods.title");
        this.catalog = catalog;
        this.importer = importer;

        district.setLabel(getTranslation("neighbourhoods.filter.district"));
        district.setItems(FoldedFilter.of(district), catalog.districts());
        district.setItemLabelGenerator(DistrictInfo::getName);
        district.setClearButtonVisible(true);
        district.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        name.setLabel(getTranslation("neighbourhoods.filter.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(district, name);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("neighbourhood-grid");
        grid.addColumn(n -> n.getDistrict().getName()).setHeader(getTranslation("neighbourhoods.column.district"));
        grid.addColumn(NeighbourhoodInfo::getName).setHeader(getTranslation("neighbourhoods.column.name"));
        grid.addColumn(NeighbourhoodInfo::getCode).setHeader(getTranslation("neighbourhoods.column.code"));
        grid.addColumn(n -> n.getPopulation() == null ? "" : String.format(getLocale(), "%,d", n.getPopulation()))
                .setHeader(getTranslation("neighbourhoods.column.population"));
        grid.setItems(q -> catalog.search(districtId(), name.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) catalog.count(districtId(), name.getValue()));
        grid.setHeight("420px");

        add(filters, grid, importSection());
    }

    private Long districtId() {
        return district.getValue() == null ? null : district.getValue().getId();
    }

    private com.vaadin.flow.component.Component importSection() {
        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId("csv-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setDropAllowed(true);
        tr.bel.izmir.bizizmir.shared.ui.Uploads.translate(upload, MAX_CSV_BYTES / (1024 * 1024), 1, "upload.kind.csv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> runImport(buffer.getInputStream()));

        progress.setVisible(false);
        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        summary.setId("import-summary");
        errors.setId("import-errors");
        errors.addColumn(tr.bel.izmir.bizizmir.shared.Csv.RowError::line).setHeader(getTranslation("neighbourhoods.import.column.line")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("neighbourhoods.import.column.problem")).setFlexGrow(2);
        errors.addColumn(tr.bel.izmir.bizizmir.shared.Csv.RowError::content).setHeader(getTranslation("neighbourhoods.import.column.content")).setFlexGrow(2);
        errors.setVisible(false);
        errors.setAllRowsVisible(true);

        var section = new com.vaadin.flow.component.html.Section(new H2(getTranslation("neighbourhoods.import.title")),
                new Paragraph(getTranslation("neighbourhoods.import.help")), upload, progress, progressText, summary, errors);
        section.addClassName("import-section");
        return section;
    }

    private void runImport(InputStream csv) {
        UI ui = UI.getCurrent();
        progress.setValue(0);
        progress.setVisible(true);
        errors.setVisible(false);
        summary.setText("");
        ui.setPollInterval(250);
        // The import runs off the request thread so the progress bar can move; it keeps
        // the admin's security context, because the service checks the role again.
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                var result = importer.importCsv(csv, percent -> ui.access(() -> {
                    progress.setValue(percent);
                    progressText.setText(getTranslation("neighbourhoods.import.progress", percent));
                }));
                ui.access(() -> showResult(result));
            } catch (Exception ex) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    Notifications.error(getTranslation("neighbourhoods.import.failed"));
                });
            }
        }));
    }

    private void showResult(NeighbourhoodImport.Result result) {
        UI.getCurrent().setPollInterval(-1);
        progress.setValue(100);
        summary.setText(getTranslation("neighbourhoods.import.summary", result.created(), result.updated(),
                result.unchanged(), result.errors().size()));
        errors.setItems(result.errors());
        errors.setVisible(!result.errors().isEmpty());
        grid.getDataProvider().refreshAll();
        if (result.errors().isEmpty()) {
            Notifications.success(getTranslation("neighbourhoods.import.done"));
        } else {
            Notifications.error(getTranslation("neighbourhoods.import.done-with-errors", result.errors().size()));
        }
    }
}
