package tr.bel.izmir.bizizmir.parkevent;

import tr.bel.izmir.bizizmir.shared.StoredImage;

/** A photo's bytes and type, as a page streams it. */
public record StoredPhoto(long id, String fileName, String contentType, byte[] content) {

    static StoredPhoto of(StoredImage photo) {
        return new StoredPhoto(photo.getId(), photo.getFileName(), photo.getContentType(), photo.getContent());
    }
}
