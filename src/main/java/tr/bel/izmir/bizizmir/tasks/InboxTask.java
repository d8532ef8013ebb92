package tr.bel.izmir.bizizmir.tasks;

import java.time.Instant;

/** One row of the inbox: the task and the case it belongs to. */
public record InboxTask(String id, String name, String taskKey, String processKey, String processInstanceId,
                        String businessKey, String caseTitle, Long neighbourhoodId, Instant created, Instant due,
                        Instant followUp, String assignee) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
