package tr.bel.izmir.bizizmir.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.ui.CaseContent;
import tr.bel.izmir.bizizmir.shared.process.ModelNames;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.tasks.forms.FormDefinitionParser;
import tr.bel.izmir.bizizmir.tasks.forms.FormRenderer;
import tr.bel.izmir.bizizmir.tasks.forms.RenderedForm;

import java.util.Map;
import java.util.Optional;

/**
 * One task: the case it belongs to (its content, beside the form on a wide screen and above it
 * on a phone, with a link to the case page), its Camunda Form rendered from {@code forms/}, and
 * claim, release, hand over and complete. Claiming and releasing keep the dialog and what was typed;
 * a form that fails validation keeps what was typed; a task someone else completed meanwhile
 * closes with a clear message and the list refreshes.
 */
class TaskDialog extends Dialog {

    private final TaskInbox inbox;
    private final TaskInbox.TaskForm task;
    private final Runnable onChange;
    private RenderedForm form;
    private Button claim;
    /** Whether someone holds the task (the button offers to release it then). */
    private boolean claimed;

    TaskDialog(TaskInbox inbox, Messages messages, TaskInbox.TaskForm task, Optional<CaseContent> caseContent, Runnable onChange) {
        this.inbox = inbox;
        this.task = task;
        this.onChange = onChange;
        setId("task-dialog");
        addClassName("task-dialog");
        setHeaderTitle(new ModelNames(messages).element(task.task().taskKey(), task.task().name(), getLocale()));
        setMaxHeight("100vh");
        this.claimed = task.task().assignee() != null;
        String businessKey = task.task().businessKey();
        Optional<Div> caseColumn = caseContent.filter(c -> businessKey != null)
                .flatMap(c -> c.summary(businessKey).map(summary -> {
                    var open = new Anchor(c.pagePath(businessKey), getTranslation("case.open-page"));
                    open.setId("open-case-page");
                    open.getElement().addEventListener("click", e -> close());
                    var column = new Div(summary, open);
                    column.addClassName("task-case");
                    column.setId("task-case");
                    return column;
                }));
        setWidth(caseColumn.isPresent() ? "min(100vw, 1280px)" : "min(100vw, 760px)");
        var formColumn = new Div();
        formColumn.addClassName("task-form");
        if (caseColumn.isEmpty() && task.task().caseTitle() != null) {
            formColumn.add(new Paragraph(task.task().caseTitle()));
        }
        if (task.formJson().isPresent()) {
            var definition = new FormDefinitionParser().parse(task.formJson().get());
            form = FormRenderer.of(messages, getLocale()).render(definition, task.variables());
            formColumn.add(form.root());
        } else {
            formColumn.add(new Paragraph(getTranslation("inbox.no-form")));
        }
        var body = new Div();
        body.addClassName("task-dialog-body");
        caseColumn.ifPresent(body::add);
        body.add(formColumn);
        add(body);

        var complete = new Button(getTranslation("inbox.complete"), e -> complete());
        complete.setId("complete-task");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim = new Button(getTranslation(claimed ? "inbox.unclaim" : "inbox.claim"), e -> claimOrRelease());
        claim.setId("claim-task");
        var colleague = new TextField();
        colleague.setPlaceholder(getTranslation("inbox.delegate-to"));
        colleague.setAriaLabel(getTranslation("inbox.delegate-to"));
        var delegate = new Button(getTranslation("inbox.delegate"), e -> act(() -> inbox.delegate(task.task().id(), colleague.getValue()), "inbox.delegated"));
        delegate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var close = new Button(getTranslation("inbox.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var footer = new HorizontalLayout(colleague, delegate, claim, complete);
        footer.setWrap(true);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getFooter().add(close, footer);
    }

    /** Claiming or releasing keeps the dialog open: the person usually goes on to fill in the form. */
    private void claimOrRelease() {
        try {
            if (!claimed) {
                inbox.claim(task.task().id());
                claimed = true;
                Notifications.success(getTranslation("inbox.claimed-one"));
            } else {
                inbox.unclaim(task.task().id());
                claimed = false;
                Notifications.success(getTranslation("inbox.released"));
            }
            claim.setText(getTranslation(claimed ? "inbox.unclaim" : "inbox.claim"));
            onChange.run();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
            if ("task.error.gone".equals(e.messageKey())) {
                close();
                onChange.run();
            }
        }
    }

    private void complete() {
        if (form != null && !form.validate().isEmpty()) {
            Notifications.error(getTranslation("inbox.fix-form"));
            return;
        }
        Map<String, Object> values = form == null ? Map.of() : form.values();
        act(() -> inbox.complete(task.task().id(), values), "inbox.completed");
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
            close();
            onChange.run();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
            if ("task.error.gone".equals(e.messageKey())) {
                close();
                onChange.run();
            }
        }
    }
}
