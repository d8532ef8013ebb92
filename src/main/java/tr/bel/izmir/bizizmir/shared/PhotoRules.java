package tr.bel.izmir.bizizmir.shared;

import java.util.List;

/**
 * What one feature allows of uploaded photos: how many at once, and its own messages for too
 * many and for an empty, oversized or non-image file. The checks themselves are the same for
 * every feature ({@link Images}); services check on the server, upload fields ({@code shared.ui.Photos})
 * check each file as it arrives.
 */
public record PhotoRules(int maxPhotos, String tooManyKey, Images.ErrorKeys errors) {

    /** Refuses more than {@link #maxPhotos} photos, then any photo that is not a usable image. */
    public void check(List<PhotoUpload> photos) {
        if (photos.size() > maxPhotos) {
            throw new DomainException(tooManyKey, maxPhotos);
        }
        photos.forEach(this::check);
    }

    /** Refuses an empty, oversized or non-image photo. */
    public void check(PhotoUpload photo) {
        photo.validate(errors);
    }
}
