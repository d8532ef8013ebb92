package tr.bel.izmir.bizizmir.budgeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.StoredImage;

/** A photo of a project's implementation, added with an update; bytes loaded on demand. */
@Entity
@Table(name = "impl_photo")
public class ImplementationPhoto extends StoredImage {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "update_id")
    private Long updateId;

    protected ImplementationPhoto() {
    }

    ImplementationPhoto(long projectId, long updateId, PhotoUpload upload) {
        super(upload);
        this.projectId = projectId;
        this.updateId = updateId;
    }

    public Long getProjectId() { return projectId; }
    public Long getUpdateId() { return updateId; }
}
