package tr.bel.izmir.bizizmir.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A task whose people were told that it is overdue: told once per task. */
@Entity
@Table(name = "notification_overdue_task")
public class OverdueTaskReport {

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;
    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    protected OverdueTaskReport() {
    }

    public OverdueTaskReport(String taskId, Instant notifiedAt) {
        this.taskId = taskId;
        this.notifiedAt = notifiedAt;
    }

    public String getTaskId() { return taskId; }
}
