package tr.bel.izmir.bizizmir.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.StoredImage;

/** A photo attached to a proposal; its bytes are loaded only when someone looks at it. */
@Entity
@Table(name = "proposal_photo")
public class ProposalPhoto extends StoredImage {

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    protected ProposalPhoto() {
    }

    ProposalPhoto(Long proposalId, PhotoUpload upload) {
        super(upload);
        this.proposalId = proposalId;
    }

    public Long getProposalId() { return proposalId; }
}
