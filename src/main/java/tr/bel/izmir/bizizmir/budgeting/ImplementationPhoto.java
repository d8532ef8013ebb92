package tr.bel.izmir.bizizmir.budgeting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A photo of a project's implementation, added with an update; bytes loaded on demand. */
@Entity
@Table(name = "impl_photo")
public class ImplementationPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "update_id")
    private Long updateId;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] content;

    protected ImplementationPhoto() {
    }

    ImplementationPhoto(long projectId, long updateId, ProjectPhotoUpload upload) {
        this.projectId = projectId;
        this.updateId = updateId;
        this.fileName = upload.safeFileName();
        this.contentType = upload.detectedType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content().clone();
    }

    public Long getId() { return id; }
    public Long getProjectId() { return projectId; }
    public Long getUpdateId() { return updateId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
}
