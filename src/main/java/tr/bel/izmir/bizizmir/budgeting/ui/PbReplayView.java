package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.PbReplay;
import tr.bel.izmir.bizizmir.budgeting.allocation.Allocation;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibFormatException;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbProject;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The budget office replays a past election from a pabulib {@code .pb} file and sees,
 * side by side, what greedy and Equal Shares would fund. Nothing is stored: the file
 * lives in memory for the length of the request.
 */
@Route("budget/replay")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN})
@Menu(title = "nav.pb-replay", order = 300, icon = "vaadin:scale")
class PbReplayView extends TranslatedView {

    /** One project with both outcomes. */
    record Row(String id, String name, BigDecimal cost, long votes, boolean greedy, boolean equalShares) {
    }

    private final PbReplay replay;
    private final Span error = new Span();
    private final Div summary = new Div();
    private final Grid<Row> grid = new Grid<>();
    private final Column columns;
    private final FooterRow footer;
    /** The file on show; the cost column formats in its currency. */
    private PbInstance current;

    PbReplayView(PbReplay replay) {
        super("pb.replay.title");
        this.replay = replay;
        add(new Paragraph(getTranslation("pb.replay.help")));

        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId("pb-upload");
        upload.setAcceptedFileTypes(".pb", "text/plain", "application/octet-stream");
        upload.setMaxFileSize(PbReplay.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            show(buffer.getInputStream());
            // Lets the next file be chosen without removing this one first.
            upload.clearFileList();
        });

        error.setId("pb-replay-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("error-text");
        error.setVisible(false);
        summary.setId("pb-replay-summary");
        summary.setVisible(false);

        grid.setId("pb-replay-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        columns = new Column(
                grid.addColumn(r -> r.name() == null ? r.id() : r.id() + " · " + r.name())
                        .setHeader(getTranslation("pb.replay.column.project")).setFlexGrow(3),
                grid.addColumn(r -> money(current, r.cost())).setHeader(getTranslation("pb.replay.column.cost"))
                        .setTextAlign(ColumnTextAlign.END).setFlexGrow(1),
                grid.addColumn(r -> number(r.votes())).setHeader(getTranslation("pb.replay.column.votes"))
                        .setTextAlign(ColumnTextAlign.END).setFlexGrow(1),
                grid.addComponentColumn(r -> tick(r.greedy(), "greedy", r.id()))
                        .setHeader(getTranslation("pb.replay.column.greedy"))
                        .setTextAlign(ColumnTextAlign.CENTER).setFlexGrow(1),
                grid.addComponentColumn(r -> tick(r.equalShares(), "equal-shares", r.id()))
                        .setHeader(getTranslation("pb.replay.column.equal-shares"))
                        .setTextAlign(ColumnTextAlign.CENTER).setFlexGrow(1));
        footer = grid.appendFooterRow();
        add(upload, error, summary, grid);
    }

    /** The grid's columns, kept for the footer that shows the totals. */
    private record Column(Grid.Column<Row> project, Grid.Column<Row> cost, Grid.Column<Row> votes,
                          Grid.Column<Row> greedy, Grid.Column<Row> equalShares) {
    }

    private void show(InputStream content) {
        PbReplay.Replayed replayed;
        try (content) {
            replayed = replay.replay(content.readAllBytes(), List.of(AllocationRule.GREEDY, AllocationRule.EQUAL_SHARES));
        } catch (PabulibFormatException e) {
            showError(getTranslation(e.messageKey(), PbReplay.messageArgs(e)));
            return;
        } catch (PbReplay.Refused e) {
            showError(getTranslation(e.messageKey(), e.args()));
            return;
        } catch (IOException e) {
            showError(getTranslation("pb.replay.read-failed"));
            return;
        }
        PbInstance instance = replayed.instance();
        Allocation greedy = replayed.outcome(AllocationRule.GREEDY);
        Allocation equalShares = replayed.outcome(AllocationRule.EQUAL_SHARES);
        error.setVisible(false);
        current = instance;
        showSummary(instance);
        showTable(instance, greedy, equalShares);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        summary.setVisible(false);
        grid.setVisible(false);
        Notifications.error(message);
    }

    private void showSummary(PbInstance instance) {
        summary.removeAll();
        summary.add(new H2(instance.meta("description").orElse(getTranslation("pb.replay.no-description"))));
        var facts = new Div();
        facts.addClassName("pb-replay-facts");
        instance.meta("unit").ifPresent(unit -> facts.add(fact("pb.replay.unit",
                instance.meta("subunit").map(s -> unit + " / " + s).orElse(unit))));
        facts.add(fact("pb.replay.budget", money(instance, instance.budget())));
        facts.add(fact("pb.replay.vote-type", getTranslation("pb.replay.vote-type." + instance.voteType().pabulibName())));
        facts.add(fact("pb.replay.projects", number(instance.projects().size())));
        facts.add(fact("pb.replay.voters", number(instance.ballots().size())));
        instance.rule().ifPresent(rule -> facts.add(fact("pb.replay.file-rule", rule)));
        summary.add(facts);
        summary.setVisible(true);
    }

    private Component fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        return new Paragraph(label, text);
    }

    private void showTable(PbInstance instance, Allocation greedy, Allocation equalShares) {
        List<Row> rows = instance.projects().stream().map((PbProject p) -> new Row(p.id(), p.name(), p.cost(),
                greedy.voteCounts().getOrDefault(p.id(), 0L), greedy.isSelected(p.id()),
                equalShares.isSelected(p.id()))).toList();
        grid.setItems(rows);
        footer.getCell(columns.project()).setText(getTranslation("pb.replay.total"));
        footer.getCell(columns.greedy()).setText(getTranslation("pb.replay.total-selected",
                number(greedy.selected().size()), money(instance, greedy.totalCost())));
        footer.getCell(columns.equalShares()).setText(getTranslation("pb.replay.total-selected",
                number(equalShares.selected().size()), money(instance, equalShares.totalCost())));
        grid.setVisible(true);
    }

    /** A tick that tests and screen readers can tell apart: which rule, which project. */
    private Component tick(boolean selected, String rule, String projectId) {
        var span = new Span(selected ? "✓" : "");
        if (selected) {
            span.addClassName("pb-funded");
            span.getElement().setAttribute("data-rule", rule);
            span.getElement().setAttribute("data-project", projectId);
            span.getElement().setAttribute("aria-label", getTranslation("pb.replay.funded"));
        }
        return span;
    }

    /**
     * In the file's own currency when META names one (pabulib files are mostly PLN);
     * plain numbers otherwise, since the amounts are not necessarily liras.
     */
    private String money(PbInstance instance, BigDecimal amount) {
        Locale locale = getLocale();
        String code = instance.meta("currency").map(String::trim).orElse("");
        if (code.isEmpty()) {
            return numberFormat(locale).format(amount);
        }
        try {
            var format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(code.toUpperCase(Locale.ROOT)));
            format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        } catch (IllegalArgumentException unknownCode) {
            return numberFormat(locale).format(amount) + " " + code;
        }
    }

    private String number(long value) {
        return numberFormat(getLocale()).format(value);
    }

    private static NumberFormat numberFormat(Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format;
    }

    private UploadI18N uploadI18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("pb.replay.upload.choose")).setMany(getTranslation("pb.replay.upload.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("pb.replay.upload.drop")).setMany(getTranslation("pb.replay.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("pb.replay.upload.too-big", PbReplay.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("pb.replay.upload.wrong-type"))
                .setTooManyFiles(getTranslation("pb.replay.upload.one-file")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting("…").setStalled("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("error.unexpected", "-"))
                        .setUnexpectedServerError(getTranslation("error.unexpected", "-"))
                        .setForbidden(getTranslation("error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
