package tr.bel.izmir.bizizmir.tasks.ui;

import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.util.Optional;

/** Opens a task's dialog from outside the inbox (a case page, where the case is already on screen). */
public final class TaskDialogs {

    private TaskDialogs() {
    }

    /** @return false (and a translated notice) when the task is gone or not the person's to work on */
    public static boolean open(TaskInbox inbox, Messages messages, String taskId, Runnable onChange) {
        var task = inbox.open(taskId);
        if (task.isEmpty()) {
            Notifications.error(messages.get("task.error.gone", com.vaadin.flow.component.UI.getCurrent().getLocale()));
            return false;
        }
        // The hand-over service is a Spring bean like the inbox; Vaadin's instantiator returns it, so
        // pages that open tasks need not know about it.
        var assignments = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getOrCreate(tr.bel.izmir.bizizmir.tasks.TaskAssignments.class);
        new TaskDialog(inbox, assignments, messages, task.get(), Optional.empty(), onChange).open();
        return true;
    }
}
