package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;

import java.util.List;

/** The audit trail: every step of the case's processes, and for each task who completed it, when, and what they decided. */
class CaseHistorySection extends Section {

    private final tr.bel.izmir.bizizmir.shared.process.ModelNames models;

    /** {@code names}: a person's name by user name; {@code models}: step names in the reader's language (issue 14). */
    CaseHistorySection(List<CaseActivity.Entry> history, java.util.function.UnaryOperator<String> names,
                       tr.bel.izmir.bizizmir.shared.process.ModelNames models) {
        this.models = models;
        var list = new UnorderedList();
        list.addClassNames("timeline", "case-history");
        list.setId("case-history");
        for (CaseActivity.Entry step : history) {
            var item = new ListItem(new Span(label(step)));
            var when = new Span(IzmirTime.formatDateTime(step.started(), getLocale()));
            when.addClassName("time");
            item.add(when);
            if (step.isTask()) {
                String who;
                if (step.ended() == null) {
                    who = step.actor() == null ? getTranslation("case.history.waiting") : getTranslation("case.history.held-by", names.apply(step.actor()));
                } else if (step.cancelled()) {
                    who = getTranslation("case.history.cancelled", IzmirTime.formatDateTime(step.ended(), getLocale()));
                } else {
                    who = getTranslation("case.history.done-by", step.actor() == null ? "?" : names.apply(step.actor()),
                            IzmirTime.formatDateTime(step.ended(), getLocale()));
                }
                var actor = new Span(who);
                actor.addClassName("case-actor");
                item.add(actor);
                for (CaseActivity.Decision d : step.decisions()) {
                    var decision = new Span(d.label() + ": " + d.value());
                    decision.addClassName("case-decision");
                    item.add(decision);
                }
            }
            if (step.ended() == null) {
                item.addClassName("in-progress");
            }
            list.add(item);
        }
        add(new H2(getTranslation("case.history.title")), list);
        if (history.isEmpty()) {
            // e.g. a PB cycle before its allocation starts: its process has not run yet.
            add(new com.vaadin.flow.component.html.Paragraph(getTranslation("case.history.none")));
        }
    }

    /** The citizens' words for a step where the timeline has them, else the model's name. */
    private String label(CaseActivity.Entry step) {
        String label = getTranslation("timeline." + step.processKey() + "." + step.activityId());
        if (label.startsWith("!")) {
            label = getTranslation("timeline." + step.activityId());
        }
        return label.startsWith("!") ? models.step(step.processKey(), step.activityId(), step.name(), getLocale()) : label;
    }
}
