package tr.bel.izmir.bizizmir.proposal;

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

/** A photo attached to a proposal; its bytes are loaded only when someone looks at it. */
@Entity
@Table(name = "proposal_photo")
public class ProposalPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
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

    protected ProposalPhoto() {
    }

    ProposalPhoto(Long proposalId, PhotoUpload upload) {
        this.proposalId = proposalId;
        this.fileName = upload.safeFileName();
        this.contentType = upload.detectedType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content().clone();
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
}
