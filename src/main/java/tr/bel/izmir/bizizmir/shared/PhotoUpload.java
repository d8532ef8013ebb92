package tr.bel.izmir.bizizmir.shared;

/**
 * A photo as uploaded, before it is stored, whichever feature takes it (proposals, park and
 * event report photos, implementation photos). {@link PhotoRules} checks it with the feature's
 * limits and messages; {@link StoredImage} stores it.
 */
public record PhotoUpload(String fileName, byte[] content) {

    /** Refuses an empty, oversized or non-image upload with the given message keys. */
    public void validate(Images.ErrorKeys keys) {
        Images.validate(fileName, content, keys);
    }

    /** The MIME type from the magic bytes, or null for anything we do not accept. */
    public String detectedType() {
        return Images.detectedType(content);
    }

    /** The name without a path, and short enough for the database. */
    public String safeFileName() {
        return Images.safeFileName(fileName);
    }
}
