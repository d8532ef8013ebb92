package tr.bel.izmir.bizizmir.budgeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A dated, public note by an officer on a project's implementation, with the status it set. */
@Entity
@Table(name = "impl_update")
public class ImplementationUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false, length = 2000)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImplementationStatus status;
    @Column(nullable = false)
    private int progress;
    @Column(name = "written_by", nullable = false, length = 120)
    private String writtenBy;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ImplementationUpdate() {
    }

    ImplementationUpdate(long projectId, String body, ImplementationStatus status, int progress, String writtenBy,
                         Instant writtenAt) {
        this.projectId = projectId;
        this.body = body;
        this.status = status;
        this.progress = progress;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public String getBody() { return body; }
    public ImplementationStatus getStatus() { return status; }
    public int getProgress() { return progress; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
}
