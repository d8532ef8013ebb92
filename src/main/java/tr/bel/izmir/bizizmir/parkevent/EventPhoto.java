package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.StoredImage;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;

/** A photo a civic group attached to its after-event report. */
@Entity
@Table(name = "park_event_photo")
public class EventPhoto extends StoredImage {

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    protected EventPhoto() {
    }

    EventPhoto(Long applicationId, PhotoUpload upload) {
        super(upload);
        this.applicationId = applicationId;
    }

    public Long getApplicationId() { return applicationId; }
}
