package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.budgeting.AllocationControl;
import tr.bel.izmir.bizizmir.budgeting.AllocationControls;
import tr.bel.izmir.bizizmir.budgeting.AllocationLine;
import tr.bel.izmir.bizizmir.budgeting.BudgetAllocations;
import tr.bel.izmir.bizizmir.budgeting.CycleAllocationRuns;
import tr.bel.izmir.bizizmir.budgeting.PbReplay;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.ReasonDialog;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Programme coordinators re-run the allocation of a cycle whose results the budget office is
 * reviewing (DD020): pick the projects to leave out (withdrawn or found infeasible after the vote),
 * write the reason, confirm. The reason and what was left out are shown with the results.
 */
@Route("staff/allocations")
@RolesAllowed({AppRoles.COORDINATOR, AppRoles.ADMIN})
@Menu(title = "nav.allocation-control", order = 104.5, icon = "vaadin:refresh")
class AllocationControlView extends TranslatedView {

    private final AllocationControls controls;
    private final CycleAllocationRuns runs;
    private final BudgetAllocations allocations;
    private final PbReplay replay;
    private final Div computing = new Div();
    private final Div list = new Div();

    AllocationControlView(AllocationControls controls, CycleAllocationRuns runs, BudgetAllocations allocations, PbReplay replay) {
        super("budget.rerun.title");
        this.controls = controls;
        this.runs = runs;
        this.allocations = allocations;
        this.replay = replay;
        computing.setId("allocation-runs");
        add(computing, new Paragraph(getTranslation("budget.rerun.intro")), list);
        list.setId("allocation-list");
        refresh();
    }

    private void refresh() {
        // Allocations computing, queued or stopped (DD033): progress, stop, start again.
        computing.removeAll();
        for (long cycleId : runs.unsettled()) {
            computing.add(new Paragraph(getTranslation("budget.run.cycle", allocations.cycle(cycleId).getTitle())),
                    new AllocationRunPanel(runs, replay, cycleId, this::refresh));
        }
        list.removeAll();
        var cycles = controls.rerunnable();
        if (cycles.isEmpty()) {
            list.add(new Paragraph(getTranslation("budget.rerun.none")));
            return;
        }
        cycles.forEach(r -> list.add(card(r)));
    }

    private Section card(AllocationControls.Rerunnable r) {
        boolean settled = runs.state(r.cycle().getId()).isEmpty();
        var a = r.allocation();
        var section = new Section(new H2(r.cycle().getTitle()));
        section.setId("allocation-" + r.cycle().getId());
        section.addClassName("card");
        section.add(new Paragraph(getTranslation("budget.rerun.computed", IzmirTime.formatDateTime(a.getComputedAt(), getLocale()),
                a.getTotalCost().format(getLocale()), a.getEnvelope().format(getLocale()))));
        var lines = new UnorderedList();
        for (AllocationLine l : a.getLines()) {
            lines.add(new ListItem(getTranslation(l.isSelected() ? "budget.rerun.line-selected" : "budget.rerun.line",
                    l.getTitle(), l.getVotes())));
        }
        section.add(lines);
        for (AllocationControl c : r.history()) {
            section.add(new Paragraph(getTranslation("budget.rerun.by", IzmirTime.formatDateTime(c.getActedAt(), getLocale()),
                    c.getActedBy(), c.getExcludedTitles().isEmpty() ? "—" : String.join(", ", c.getExcludedTitles()), c.getReason())));
        }
        section.add(new Anchor("budget/results/" + r.cycle().getId(), getTranslation("budget.rerun.results")));
        var open = new Button(getTranslation("budget.rerun.button"), e -> dialog(r).open());
        open.setId("rerun-" + r.cycle().getId());
        // While it computes or is stopped, the panel above is where to act; this re-run would be refused.
        open.setEnabled(settled);
        section.add(new Div(open));
        return section;
    }

    private ReasonDialog dialog(AllocationControls.Rerunnable r) {
        // Every project on the ballot: the allocation's lines and those left out before (still ticked).
        Map<Long, String> projects = new LinkedHashMap<>();
        r.allocation().getLines().forEach(l -> projects.put(l.getProposalId(), l.getTitle()));
        var history = r.history();
        if (!history.isEmpty()) {
            var last = history.get(history.size() - 1);
            for (int i = 0; i < last.getExcludedProposals().size(); i++) {
                projects.putIfAbsent(last.getExcludedProposals().get(i),
                        i < last.getExcludedTitles().size() ? last.getExcludedTitles().get(i) : "#" + last.getExcludedProposals().get(i));
            }
        }
        var exclude = new CheckboxGroup<Long>(getTranslation("budget.rerun.exclude"));
        exclude.setId("rerun-exclude");
        exclude.setItems(projects.keySet());
        exclude.setItemLabelGenerator(projects::get);
        exclude.setValue(new HashSet<>(r.excluded()));
        return new ReasonDialog(this, getTranslation("budget.rerun.dialog", r.cycle().getTitle()),
                getTranslation("budget.rerun.dialog-help"), "budget.rerun.reason", "budget.rerun.confirm", "budget.rerun.back",
                why -> controls.rerun(r.cycle().getId(), exclude.getValue(), why), () -> {
                    Notifications.success(getTranslation("budget.rerun.done"));
                    refresh();
                }, exclude);
    }
}
