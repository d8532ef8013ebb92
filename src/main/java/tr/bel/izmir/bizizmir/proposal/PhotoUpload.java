package tr.bel.izmir.bizizmir.proposal;

import tr.bel.izmir.bizizmir.shared.Images;

import java.util.List;

/** A photo as uploaded for a proposal; checked by {@link Images} (type by magic bytes, size, name). */
public record PhotoUpload(String fileName, byte[] content) {

    public static final int MAX_BYTES = Images.MAX_BYTES;
    public static final int MAX_PHOTOS = 5;
    public static final List<String> ACCEPTED = Images.ACCEPTED;

    private static final Images.ErrorKeys ERRORS = new Images.ErrorKeys("proposal.error.photo-empty", "proposal.error.photo-too-big",
            "proposal.error.photo-type");

    public void validate() {
        Images.validate(fileName, content, ERRORS);
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
