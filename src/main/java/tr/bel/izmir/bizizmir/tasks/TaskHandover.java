package tr.bel.izmir.bizizmir.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One hand-over of a task (DD020): who held it, who got it, why, who did it and when. Shown in
 * the task's dialog and in its case's history (staff only). Rows are only ever inserted.
 */
@Entity
@Table(name = "task_handover")
public class TaskHandover {

    /** {@code task.handover.action.<NAME>} names it for people. */
    public enum Action { HAND_OVER, ESCALATE, TAKE_BACK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;
    @Column(name = "business_key", length = 255)
    private String businessKey;
    @Column(name = "task_name", length = 255)
    private String taskName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;
    @Column(name = "from_user", length = 120)
    private String fromUser;
    @Column(name = "to_user", nullable = false, length = 120)
    private String toUser;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(name = "acted_by", nullable = false, length = 120)
    private String actedBy;
    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected TaskHandover() {
    }

    TaskHandover(String taskId, String processInstanceId, String businessKey, String taskName, Action action,
                 String fromUser, String toUser, String reason, String actedBy, Instant actedAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.businessKey = businessKey;
        this.taskName = taskName == null || taskName.length() <= 255 ? taskName : taskName.substring(0, 255);
        this.action = action;
        this.fromUser = fromUser;
        this.toUser = toUser;
        this.reason = reason;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public Long getId() { return id; }
    public String getTaskId() { return taskId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getBusinessKey() { return businessKey; }
    public String getTaskName() { return taskName; }
    public Action getAction() { return action; }
    public String getFromUser() { return fromUser; }
    public String getToUser() { return toUser; }
    public String getReason() { return reason; }
    public String getActedBy() { return actedBy; }
    public Instant getActedAt() { return actedAt; }
}
