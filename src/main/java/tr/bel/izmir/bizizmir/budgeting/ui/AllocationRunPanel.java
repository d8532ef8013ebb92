package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationRuns;
import tr.bel.izmir.bizizmir.budgeting.PbReplay;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;

import java.util.Optional;

/**
 * Where a cycle's allocation computation is (DD033), for the budget office and coordinators:
 * queued, waiting for a computing slot, or "allocation running… N %" with a progress bar and a
 * button that stops it; stopped, with why and a button that computes it again. Everything it
 * shows is read from {@link CycleAllocationRuns} at each poll, so a reloaded page, or another
 * person's, shows the same. Hidden when nothing is computing or stopped; when a run it showed
 * ends, {@code onEnded} lets the page show the outcome.
 */
public class AllocationRunPanel extends Div {

    private static final int POLL_MILLIS = 1000;
    /** Panels on one page that want polling; the page polls while any does. */
    private static final String POLLERS = AllocationRunPanel.class.getName() + ".pollers";

    private final CycleAllocationRuns runs;
    private final long cycleId;
    private final Runnable onEnded;
    private final int maxConcurrent;
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span text = new Span();
    private final Paragraph help = new Paragraph();
    private final Button cancel = new Button();
    private final Button rerun = new Button();
    private Registration pollListener;
    private boolean polling;
    private boolean shown;

    public AllocationRunPanel(CycleAllocationRuns runs, PbReplay replay, long cycleId, Runnable onEnded) {
        this.runs = runs;
        this.cycleId = cycleId;
        this.onEnded = onEnded;
        this.maxConcurrent = replay.maxConcurrent();
        setId("allocation-run-" + cycleId);
        addClassName("card");
        bar.setId("allocation-run-progress-" + cycleId);
        text.setId("allocation-run-text-" + cycleId);
        text.getElement().setAttribute("aria-live", "polite");
        help.setText(getTranslation("budget.run.running-help"));
        cancel.setId("allocation-run-cancel-" + cycleId);
        cancel.setText(getTranslation("budget.run.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            Notifications.success(getTranslation(runs.cancel(cycleId) ? "budget.run.cancelled" : "budget.run.cancel-too-late"));
            refresh();
        });
        rerun.setId("allocation-run-rerun-" + cycleId);
        rerun.setText(getTranslation("budget.run.rerun"));
        rerun.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rerun.addClickListener(e -> {
            try {
                runs.rerun(cycleId);
                Notifications.success(getTranslation("budget.run.rerun-done"));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
            refresh();
        });
        add(new H3(getTranslation("budget.run.title")), bar, text, help, new Div(cancel, rerun));
        refresh();
    }

    /** Reads the state again and shows it. */
    public final void refresh() {
        Optional<CycleAllocationRuns.State> found = runs.state(cycleId);
        if (found.isEmpty()) {
            setVisible(false);
            wantPolling(false);
            if (shown) {
                shown = false;
                onEnded.run();
            }
            return;
        }
        shown = true;
        setVisible(true);
        var state = found.get();
        bar.setVisible(state.running());
        help.setVisible(state.status() == CycleAllocationRuns.Status.RUNNING);
        cancel.setVisible(state.status() == CycleAllocationRuns.Status.RUNNING
                || state.status() == CycleAllocationRuns.Status.WAITING);
        rerun.setVisible(state.status() == CycleAllocationRuns.Status.STOPPED);
        switch (state.status()) {
            case QUEUED -> {
                bar.setIndeterminate(true);
                text.setText(getTranslation("budget.run.queued"));
            }
            case WAITING -> {
                bar.setIndeterminate(true);
                text.setText(getTranslation("budget.run.waiting", maxConcurrent));
            }
            case RUNNING -> {
                bar.setIndeterminate(false);
                bar.setValue(state.percent());
                text.setText(getTranslation("budget.run.running", Integer.toString(state.percent())));
            }
            case STOPPED -> text.setText(getTranslation("budget.run.stopped." + state.reason().orElseThrow().name(),
                    state.by().orElse("—")) + " " + state.at().map(at -> getTranslation("budget.run.stopped-at",
                    IzmirTime.formatDateTime(at, getLocale()))).orElse(""));
        }
        bar.getElement().setAttribute("aria-label", text.getText());
        wantPolling(state.running());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        pollListener = attachEvent.getUI().addPollListener(e -> refresh());
        boolean want = polling;
        polling = false;
        wantPolling(want);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        setPolling(detachEvent.getUI(), false);
        polling = false;
        super.onDetach(detachEvent);
    }

    private void wantPolling(boolean want) {
        Optional<UI> ui = getUI();
        if (ui.isEmpty()) {
            polling = want; // applied on attach
            return;
        }
        setPolling(ui.get(), want);
    }

    private void setPolling(UI ui, boolean want) {
        if (want == polling) {
            return;
        }
        polling = want;
        Integer count = (Integer) ComponentUtil.getData(ui, POLLERS);
        int n = Math.max(0, (count == null ? 0 : count) + (want ? 1 : -1));
        ComponentUtil.setData(ui, POLLERS, n);
        ui.setPollInterval(n > 0 ? POLL_MILLIS : -1);
    }
}
