package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
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
import tr.bel.izmir.bizizmir.budgeting.allocation.PbWarning;
import tr.bel.izmir.bizizmir.shared.DomainException;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The budget office replays a past election from a pabulib {@code .pb} file (or a gzip of
 * one) and sees, side by side, what greedy and Equal Shares would fund, next to the file's
 * own outcome when it has one. Nothing is stored in the database.
 *
 * <p>The replay runs in the background ({@link PbReplay}, DD027): the page shows a progress
 * bar and a button to stop it, polls until it has ended, and keeps the job's id in the address
 * ({@code ?job=…}), so a reloaded page (or the back button) finds the same replay again.
 */
@Route("budget/replay")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN})
@Menu(title = "nav.pb-replay", order = 300, icon = "vaadin:scale")
class PbReplayView extends TranslatedView implements BeforeEnterObserver {

    /** One project with both outcomes and the file's own. */
    record Row(String id, String name, BigDecimal cost, long votes, BigDecimal points, Boolean inFile,
               boolean greedy, boolean equalShares) {
    }

    static final String JOB_PARAMETER = "job";
    private static final int POLL_MILLIS = 300;

    private final PbReplay replay;
    private final Span error = new Span();
    private final Div running = new Div();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressText = new Span();
    private final Button cancel = new Button();
    private final Details warnings = new Details();
    /** The other rows a refused file cannot be read at, besides the first (in {@code error}). */
    private final Details problems = new Details();
    private final Div comparison = new Div();
    private final Div summary = new Div();
    private final Grid<Row> grid = new Grid<>();
    private final Column columns;
    private final FooterRow footer;
    /** The file on show; the cost column formats in its currency. */
    private PbInstance current;
    /** The replay this page follows, if any. */
    private PbReplay.Job job;
    private Registration polling;

    PbReplayView(PbReplay replay) {
        super("pb.replay.title");
        this.replay = replay;
        add(new Paragraph(getTranslation("pb.replay.help")));

        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId("pb-upload");
        // A gzip of a .pb file too (city files are several MB): ".pb.gz" is matched by its last extension.
        upload.setAcceptedFileTypes(".pb", ".gz", "text/plain", "application/octet-stream", "application/gzip", "application/x-gzip");
        upload.setMaxFileSize(PbReplay.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            start(buffer.getInputStream());
            // Lets the next file be chosen without removing this one first.
            upload.clearFileList();
        });

        running.setId("pb-replay-running");
        running.setVisible(false);
        progress.setId("pb-replay-progress");
        progressText.setId("pb-replay-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        cancel.setId("pb-replay-cancel");
        cancel.setText(getTranslation("pb.replay.cancel"));
        cancel.addClickListener(e -> {
            if (job != null) {
                replay.cancel(job.id());
                refresh();
            }
        });
        running.add(progress, progressText, cancel);
        warnings.setId("pb-replay-warnings");
        warnings.setVisible(false);
        comparison.setId("pb-replay-compare");
        comparison.setVisible(false);

        error.setId("pb-replay-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("error-text");
        error.setVisible(false);
        problems.setId("pb-replay-problems");
        problems.setVisible(false);
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
                grid.addColumn(r -> r.points() == null ? "" : numberFormat(getLocale()).format(r.points()))
                        .setHeader(getTranslation("pb.replay.column.points"))
                        .setTextAlign(ColumnTextAlign.END).setFlexGrow(1),
                grid.addComponentColumn(r -> tick(Boolean.TRUE.equals(r.inFile()), "file", r.id()))
                        .setHeader(getTranslation("pb.replay.column.file"))
                        .setTextAlign(ColumnTextAlign.CENTER).setFlexGrow(1),
                grid.addComponentColumn(r -> tick(r.greedy(), "greedy", r.id()))
                        .setHeader(getTranslation("pb.replay.column.greedy"))
                        .setTextAlign(ColumnTextAlign.CENTER).setFlexGrow(1),
                grid.addComponentColumn(r -> tick(r.equalShares(), "equal-shares", r.id()))
                        .setHeader(getTranslation("pb.replay.column.equal-shares"))
                        .setTextAlign(ColumnTextAlign.CENTER).setFlexGrow(1));
        footer = grid.appendFooterRow();
        add(upload, running, error, problems, summary, warnings, comparison, grid);
    }

    /** The grid's columns, kept for the footer that shows the totals. */
    private record Column(Grid.Column<Row> project, Grid.Column<Row> cost, Grid.Column<Row> votes,
                          Grid.Column<Row> points, Grid.Column<Row> file,
                          Grid.Column<Row> greedy, Grid.Column<Row> equalShares) {
    }

    /** {@code ?job=<id>}: the replay this user started before a reload, if it is still kept. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getLocation().getQueryParameters().getSingleParameter(JOB_PARAMETER);
        if (id.isEmpty()) {
            return;
        }
        Optional<PbReplay.Job> found;
        try {
            found = replay.job(UUID.fromString(id.get()));
        } catch (IllegalArgumentException notAnId) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            showError(getTranslation("pb.replay.error.not-found"));
            return;
        }
        follow(found.get());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(e -> refresh());
        if (job != null && !job.finished()) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    private void start(InputStream content) {
        PbReplay.Job started;
        try (content) {
            started = replay.start(content.readAllBytes(), List.of(AllocationRule.GREEDY, AllocationRule.EQUAL_SHARES));
        } catch (PbReplay.Refused e) {
            showError(getTranslation(e.messageKey(), PbReplay.messageArgs(e)));
            return;
        } catch (IOException e) {
            showError(getTranslation("pb.replay.read-failed"));
            return;
        }
        // The address names the job, so a reload finds it again; no new history entry.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "budget/replay?"
                + QueryParameters.simple(Map.of(JOB_PARAMETER, started.id().toString())).getQueryString()));
        follow(started);
    }

    private void follow(PbReplay.Job followed) {
        job = followed;
        error.setVisible(false);
        problems.setVisible(false);
        summary.setVisible(false);
        warnings.setVisible(false);
        comparison.setVisible(false);
        grid.setVisible(false);
        refresh();
    }

    /** Shows where the followed job is; polls while it runs. */
    private void refresh() {
        if (job == null) {
            return;
        }
        Optional<UI> ui = getUI();
        if (!job.finished()) {
            running.setVisible(true);
            progress.setValue(job.percent());
            progressText.setText(switch (job.step()) {
                case READING -> getTranslation("pb.replay.progress.reading", Integer.toString(job.percent()));
                case GREEDY -> getTranslation("pb.replay.progress.greedy");
                case EQUAL_SHARES, FUNDED -> getTranslation("pb.replay.progress.equal-shares", Long.toString(job.coreRuns() + 1));
            });
            ui.ifPresent(u -> u.setPollInterval(POLL_MILLIS));
            return;
        }
        ui.ifPresent(u -> u.setPollInterval(-1));
        running.setVisible(false);
        if (job.status() == PbReplay.Status.DONE) {
            show(job.result().orElseThrow());
        } else {
            DomainException why = job.failure().orElseThrow();
            showError(getTranslation(why.messageKey(), PbReplay.messageArgs(why)));
            if (why instanceof PabulibFormatException format) {
                showFurther(format);
            }
        }
    }

    private void show(PbReplay.Replayed replayed) {
        PbInstance instance = replayed.instance();
        Allocation greedy = replayed.outcome(AllocationRule.GREEDY);
        Allocation equalShares = replayed.outcome(AllocationRule.EQUAL_SHARES);
        error.setVisible(false);
        problems.setVisible(false);
        current = instance;
        showSummary(replayed);
        showWarnings(replayed.warnings());
        showComparison(replayed);
        showTable(replayed, greedy, equalShares);
    }

    private void showWarnings(List<PbWarning> found) {
        warnings.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        warnings.setSummaryText(getTranslation("pb.replay.warnings", number(found.size())));
        var list = new UnorderedList();
        found.forEach(w -> list.add(lineItem(w.line(), getTranslation(w.messageKey(), w.args()), "pb-warning")));
        warnings.setContent(list);
        warnings.setOpened(found.size() <= 5);
    }

    /** One message about a line of the file, with the line for tests and styles. */
    private static ListItem lineItem(int line, String text, String className) {
        var item = new ListItem(text);
        item.getElement().setAttribute("data-line", Integer.toString(line));
        item.addClassName(className);
        return item;
    }

    /** The file's own outcome (selected column) against each rule: the same, or which differ. */
    private void showComparison(PbReplay.Replayed replayed) {
        comparison.removeAll();
        comparison.setVisible(replayed.hasSelectedColumn());
        if (!replayed.hasSelectedColumn()) {
            return;
        }
        for (AllocationRule rule : List.of(AllocationRule.GREEDY, AllocationRule.EQUAL_SHARES)) {
            String name = getTranslation("pb.replay.column." + PbReplay.apiName(rule));
            List<String> onlyByRule = replayed.onlyByRule(rule);
            List<String> onlyInFile = replayed.onlyInFile(rule);
            var line = new Paragraph(onlyByRule.isEmpty() && onlyInFile.isEmpty()
                    ? getTranslation("pb.replay.compare.same", name)
                    : getTranslation("pb.replay.compare.differ", name, ids(onlyByRule), ids(onlyInFile)));
            line.getElement().setAttribute("data-rule", PbReplay.apiName(rule));
            line.getElement().setAttribute("data-same", Boolean.toString(onlyByRule.isEmpty() && onlyInFile.isEmpty()));
            comparison.add(line);
        }
    }

    private String ids(List<String> ids) {
        return ids.isEmpty() ? getTranslation("pb.replay.compare.none") : String.join(", ", ids);
    }

    /** The rows past the first that cannot be read either, so all can be fixed in one go. */
    private void showFurther(PabulibFormatException format) {
        if (format.further().isEmpty()) {
            return;
        }
        int count = format.further().size() + format.notListed();
        problems.setSummaryText(getTranslation("pb.replay.problems", number(count)));
        var list = new UnorderedList();
        format.further().forEach(f -> list.add(lineItem(f.line(),
                getTranslation(f.messageKey(), PbReplay.messageArgs(f)), "pb-problem")));
        if (format.notListed() > 0) {
            list.add(new ListItem(getTranslation("pb.replay.problems.more", number(format.notListed()))));
        }
        problems.setContent(list);
        problems.setOpened(true);
        problems.setVisible(true);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        problems.setVisible(false);
        running.setVisible(false);
        summary.setVisible(false);
        warnings.setVisible(false);
        comparison.setVisible(false);
        grid.setVisible(false);
        Notifications.error(message);
    }

    private void showSummary(PbReplay.Replayed replayed) {
        PbInstance instance = replayed.instance();
        summary.removeAll();
        summary.add(new H2(instance.meta("description").orElse(getTranslation("pb.replay.no-description"))));
        var facts = new Div();
        facts.addClassName("pb-replay-facts");
        instance.meta("unit").ifPresent(unit -> facts.add(fact("pb.replay.unit",
                instance.meta("subunit").map(s -> unit + " / " + s).orElse(unit))));
        facts.add(fact("pb.replay.budget", money(instance, instance.budget())));
        facts.add(fact("pb.replay.vote-type", getTranslation("pb.replay.vote-type." + instance.voteType().pabulibName())));
        facts.add(fact("pb.replay.projects", number(instance.projects().size())));
        facts.add(fact("pb.replay.voters", number(replayed.voters())));
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

    private void showTable(PbReplay.Replayed replayed, Allocation greedy, Allocation equalShares) {
        PbInstance instance = replayed.instance();
        List<Row> rows = instance.projects().stream().map((PbProject p) -> new Row(p.id(), p.name(), p.cost(),
                greedy.voteCounts().getOrDefault(p.id(), 0L), replayed.points().get(p.id()), p.selected(),
                greedy.isSelected(p.id()), equalShares.isSelected(p.id()))).toList();
        grid.setItems(rows);
        columns.points().setVisible(!replayed.points().isEmpty());
        columns.file().setVisible(replayed.hasSelectedColumn());
        if (replayed.hasSelectedColumn()) {
            footer.getCell(columns.file()).setText(getTranslation("pb.replay.total-selected",
                    number(replayed.fileSelected().size()), money(instance, instance.projects().stream()
                            .filter(p -> Boolean.TRUE.equals(p.selected())).map(PbProject::cost)
                            .reduce(BigDecimal.ZERO, BigDecimal::add))));
        }
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
