package tr.bel.izmir.bizizmir.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;
import tr.bel.izmir.bizizmir.tasks.forms.FormDefinitionParser;
import tr.bel.izmir.bizizmir.tasks.forms.FormRenderer;
import tr.bel.izmir.bizizmir.tasks.forms.RenderedForm;

import java.util.Map;

/**
 * One task: its Camunda Form rendered from {@code forms/}, and claim, release, hand over and
 * complete. A form that fails validation keeps what was typed; a task someone else completed
 * meanwhile closes with a clear message and the list refreshes.
 */
class TaskDialog extends Dialog {

    private final TaskInbox inbox;
    private final TaskInbox.TaskForm task;
    private final Runnable onChange;
    private RenderedForm form;

    TaskDialog(TaskInbox inbox, Messages messages, TaskInbox.TaskForm task, Runnable onChange) {
        this.inbox = inbox;
        this.task = task;
        this.onChange = onChange;
        setId("task-dialog");
        addClassName("task-dialog");
        setHeaderTitle(task.task().name());
        setWidth("min(100vw, 760px)");
        setMaxHeight("100vh");
        if (task.task().caseTitle() != null) {
            add(new Paragraph(task.task().caseTitle()));
        }
        if (task.formJson().isPresent()) {
            var definition = new FormDefinitionParser().parse(task.formJson().get());
            form = FormRenderer.of(messages, getLocale()).render(definition, task.variables());
            add(form.root());
        } else {
            add(new Paragraph(getTranslation("inbox.no-form")));
        }

        var complete = new Button(getTranslation("inbox.complete"), e -> complete());
        complete.setId("complete-task");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var claim = new Button(getTranslation(task.task().assignee() == null ? "inbox.claim" : "inbox.unclaim"), e -> claimOrRelease());
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

    private void claimOrRelease() {
        if (task.task().assignee() == null) {
            act(() -> inbox.claim(task.task().id()), "inbox.claimed-one");
        } else {
            act(() -> inbox.unclaim(task.task().id()), "inbox.released");
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
