package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tr.bel.izmir.bizizmir.proposal.PhotoUpload;

/** The columns every stored photo has (park photos, report photos); its bytes load only when someone looks at it. */
@MappedSuperclass
public abstract class PhotoColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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

    protected PhotoColumns() {
    }

    /** The upload has been validated (type from its first bytes, size). */
    protected PhotoColumns(PhotoUpload upload) {
        this.fileName = upload.safeFileName();
        this.contentType = upload.detectedType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content().clone();
    }

    StoredPhoto stored() {
        return new StoredPhoto(id, fileName, contentType, content.clone());
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
}
