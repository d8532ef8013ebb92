package tr.bel.izmir.bizizmir.parkevent;

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
import tr.bel.izmir.bizizmir.proposal.PhotoUpload;

/** A photo a civic group attached to its after-event report. Its bytes load only when someone looks at it. */
@Entity
@Table(name = "park_event_photo")
public class EventPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
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

    protected EventPhoto() {
    }

    /** The upload has been validated (type from its first bytes, size). */
    EventPhoto(Long applicationId, PhotoUpload upload) {
        this.applicationId = applicationId;
        this.fileName = upload.safeFileName();
        this.contentType = upload.detectedType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content().clone();
    }

    StoredPhoto stored() {
        return new StoredPhoto(id, fileName, contentType, content.clone());
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
}
