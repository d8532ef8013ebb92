package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.tasks.CaseActivity;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The open tasks of a case with who holds them (or which groups may claim them), due dates, and the form one click away for those who may work on it. */
class CaseTasksSection extends Section {

    /** {@code names}: a person's name by user name; {@code models}: task names in the reader's language (issue 14). */
    CaseTasksSection(List<CaseActivity.OpenTask> tasks, Instant now, Consumer<String> openTask,
                     java.util.function.UnaryOperator<String> names, tr.bel.izmir.bizizmir.shared.process.ModelNames models) {
        setId("case-tasks");
        add(new H2(getTranslation("case.tasks.title")));
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("case.tasks.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("case-task-list");
        for (CaseActivity.OpenTask t : tasks) {
            var item = new ListItem();
            item.addClassName("case-task");
            var name = new Span(models.element(t.taskKey(), t.name(), getLocale()));
            name.addClassName("task-name");
            item.add(name);
            String holder = t.assignee() != null ? getTranslation("case.tasks.held-by", names.apply(t.assignee()))
                    : getTranslation("case.tasks.unclaimed", String.join(", ", t.candidateGroups().stream().map(this::groupName).toList()));
            var holderText = new Span(holder);
            holderText.addClassName("task-holder");
            item.add(holderText);
            item.add(new Span(getTranslation("case.tasks.created", IzmirTime.formatDateTime(t.created(), getLocale()))));
            if (t.due() != null) {
                item.add(new Span(getTranslation("case.tasks.due", IzmirTime.formatDateTime(t.due(), getLocale()))));
                if (t.due().isBefore(now)) {
                    item.add(new Badge(getTranslation("inbox.badge.overdue"), Badge.Tone.ERROR));
                }
            }
            if (t.workable()) {
                var work = new Button(getTranslation("case.tasks.work"), e -> openTask.accept(t.id()));
                work.addClassName("case-task-open");
                work.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                item.add(work);
            }
            list.add(item);
        }
        add(list);
    }

    private String groupName(String group) {
        return tr.bel.izmir.bizizmir.shared.ui.GroupNames.of(this, group);
    }
}
