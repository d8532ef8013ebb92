package tr.bel.izmir.bizizmir.shared;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The columns every stored photo has (proposal, park, event report and implementation
 * photos): the name without a path, the type read from its first bytes, the size and the bytes,
 * which load only when someone looks at the photo. The upload has been checked with
 * {@link PhotoRules} before it gets here.
 */
@MappedSuperclass
public abstract class StoredImage {

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

    protected StoredImage() {
    }

    protected StoredImage(PhotoUpload upload) {
        this.fileName = upload.safeFileName();
        this.contentType = upload.detectedType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content().clone();
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
}
