package tr.bel.izmir.bizizmir.neighbourhood.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.Csv;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.io.IOException;

/**
 * Officers load the census list that residents are verified against. ID numbers are hashed
 * on the way in; the error report names lines, never numbers.
 */
@Route("staff/census")
@RolesAllowed({AppRoles.OFFICER, AppRoles.ADMIN})
@Menu(title = "nav.census", order = 910, icon = "vaadin:records")
class CensusImportView extends TranslatedView {

    static final int MAX_BYTES = 50 * 1024 * 1024;

    CensusImportView(ResidentRegistry residents) {
        super("census.title");
        add(new Paragraph(getTranslation("census.help")));
        var summary = new Span();
        summary.setId("census-summary");
        var errors = new Grid<Csv.RowError>();
        errors.setId("census-errors");
        errors.addColumn(Csv.RowError::line).setHeader(getTranslation("neighbourhoods.import.column.line")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("neighbourhoods.import.column.problem"));
        errors.setAllRowsVisible(true);
        errors.setVisible(false);

        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId("census-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFileSize(MAX_BYTES);
        tr.bel.izmir.bizizmir.shared.ui.Uploads.translate(upload, MAX_BYTES / (1024 * 1024), 1, "upload.kind.csv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            try {
                var result = residents.importCensus(buffer.getInputStream());
                summary.setText(getTranslation("census.summary", result.imported(), result.errors().size()));
                errors.setItems(result.errors());
                errors.setVisible(!result.errors().isEmpty());
                Notifications.success(getTranslation("census.done", result.imported()));
            } catch (IOException ex) {
                Notifications.error(getTranslation("neighbourhoods.import.failed"));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add(upload, summary, errors);
    }
}
