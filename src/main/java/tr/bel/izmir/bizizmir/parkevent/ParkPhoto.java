package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.StoredImage;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;

/** A photo of a Living Park, shown on its public page. */
@Entity
@Table(name = "living_park_photo")
public class ParkPhoto extends StoredImage {

    @Column(name = "park_id", nullable = false)
    private Long parkId;

    protected ParkPhoto() {
    }

    ParkPhoto(Long parkId, PhotoUpload upload) {
        super(upload);
        this.parkId = parkId;
    }

    public Long getParkId() { return parkId; }
}
