package tr.bel.izmir.bizizmir.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;
import tr.bel.izmir.bizizmir.neighbourhood.TurkishText;
import tr.bel.izmir.bizizmir.tasks.TaskAssignments;
import tr.bel.izmir.bizizmir.tasks.TaskHandover;
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
 * claim, release, hand over (to someone who may do it, picked from a list), escalate to a supervisor,
 * take back (supervisors) and complete, with the task's earlier hand-overs. Claiming and releasing keep the dialog and what was typed;
 * a form that fails validation keeps what was typed; a task someone else completed meanwhile
 * closes with a clear message and the list refreshes.
 */
class TaskDialog extends Dialog {

    private final TaskInbox inbox;
    private final TaskAssignments assignments;
    private final TaskInbox.TaskForm task;
    private final Runnable onChange;
    private RenderedForm form;
    private Button claim;
    /** Whether someone holds the task (the button offers to release it then). */
    private boolean claimed;

    TaskDialog(TaskInbox inbox, TaskAssignments assignments, Messages messages, TaskInbox.TaskForm task,
               Optional<CaseContent> caseContent, Runnable onChange) {
        this.inbox = inbox;
        this.assignments = assignments;
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
        var handOver = new Button(getTranslation("inbox.delegate"), e -> handOverDialog(TaskHandover.Action.HAND_OVER).open());
        handOver.setId("hand-over-task");
        handOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var escalate = new Button(getTranslation("task.handover.escalate"), e -> handOverDialog(TaskHandover.Action.ESCALATE).open());
        escalate.setId("escalate-task");
        escalate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var close = new Button(getTranslation("inbox.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var footer = new HorizontalLayout(handOver, escalate);
        if (assignments.mayTakeBack(task.task().id())) {
            // A colleague holds it: the supervisor takes it back instead of claiming.
            var takeBack = new Button(getTranslation("task.handover.take-back"), e -> handOverDialog(TaskHandover.Action.TAKE_BACK).open());
            takeBack.setId("take-back-task");
            footer.add(takeBack);
            claim.setVisible(false);
            complete.setEnabled(false);
        }
        footer.add(claim, complete);
        footer.setWrap(true);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getFooter().add(close, footer);
        var earlier = assignments.history(task.task().id());
        if (!earlier.isEmpty()) {
            formColumn.add(handoverList(earlier));
        }
    }

    /** Who handed this task to whom, when and why. */
    private Div handoverList(java.util.List<TaskHandover> handovers) {
        var list = new UnorderedList();
        list.setId("task-handovers");
        for (var h : handovers) {
            list.add(new ListItem(getTranslation("task.handover.entry", getTranslation("task.handover.action." + h.getAction().name()),
                    h.getFromUser() == null ? getTranslation("inbox.unassigned") : h.getFromUser(), h.getToUser(), h.getActedBy(),
                    IzmirTime.formatDateTime(h.getActedAt(), getLocale()), h.getReason())));
        }
        var box = new Div(new Paragraph(getTranslation("task.handover.history")), list);
        box.addClassName("task-handovers");
        return box;
    }

    /**
     * Hand over (anyone who may do the task), escalate (a supervisor of its groups) or take back:
     * a searchable list of people — Turkish case and diacritics folded — and a required reason.
     * The server checks everything again; a refusal keeps what was typed.
     */
    private Dialog handOverDialog(TaskHandover.Action action) {
        var dialog = new Dialog();
        dialog.setId("hand-over-dialog");
        dialog.setHeaderTitle(getTranslation("task.handover.title." + action.name(), task.task().name()));
        dialog.setWidth("min(34rem, 95vw)");
        ComboBox<TaskAssignments.Candidate> person = null;
        if (action != TaskHandover.Action.TAKE_BACK) {
            var people = action == TaskHandover.Action.ESCALATE ? assignments.supervisors(task.task().id())
                    : assignments.candidates(task.task().id());
            person = new ComboBox<>(getTranslation(action == TaskHandover.Action.ESCALATE ? "task.handover.supervisor" : "task.handover.person"));
            person.setId("hand-over-person");
            person.setItems((candidate, filter) -> TurkishText.key(candidate.label()).contains(TurkishText.key(filter)), people);
            person.setItemLabelGenerator(c -> c.supervisor() ? getTranslation("task.handover.supervisor-label", c.label()) : c.label());
            person.setRequiredIndicatorVisible(true);
            person.setWidthFull();
            if (people.isEmpty()) {
                person.setHelperText(getTranslation(action == TaskHandover.Action.ESCALATE ? "task.handover.no-supervisor" : "task.handover.nobody"));
                person.setEnabled(false);
            }
            dialog.add(person);
        } else {
            dialog.add(new Paragraph(getTranslation("task.handover.take-back-help", task.task().assignee())));
        }
        var reason = new TextArea(getTranslation("task.handover.reason"));
        reason.setId("hand-over-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(ProcessControlRecord.MAX_REASON);
        reason.setWidthFull();
        dialog.add(reason);
        final ComboBox<TaskAssignments.Candidate> picked = person;
        var confirm = new Button(getTranslation("task.handover.confirm." + action.name()), e -> {
            String to = picked == null || picked.getValue() == null ? null : picked.getValue().username();
            try {
                switch (action) {
                    case HAND_OVER -> assignments.handOver(task.task().id(), to, reason.getValue());
                    case ESCALATE -> assignments.escalate(task.task().id(), to, reason.getValue());
                    case TAKE_BACK -> assignments.takeBack(task.task().id(), reason.getValue());
                }
                dialog.close();
                Notifications.success(getTranslation("task.handover.done." + action.name(),
                        picked == null || picked.getValue() == null ? "" : picked.getValue().label()));
                close();
                onChange.run();
            } catch (DomainException ex) {
                String message = getTranslation(ex.messageKey(), ex.args());
                if (ex.messageKey().contains("reason")) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                } else if (picked != null && !"task.error.gone".equals(ex.messageKey())) {
                    picked.setErrorMessage(message);
                    picked.setInvalid(true);
                }
                Notifications.error(message);
                if ("task.error.gone".equals(ex.messageKey())) {
                    dialog.close();
                    close();
                    onChange.run();
                }
            }
        });
        confirm.setId("hand-over-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("task.handover.back"), e -> dialog.close()), confirm);
        return dialog;
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
