package tr.bel.izmir.bizizmir.budgeting;

import tr.bel.izmir.bizizmir.shared.DomainException;

import java.util.List;

/**
 * A photo of a project's implementation as uploaded; the same checks as a proposal's photos
 * (budgeting may not depend on the proposal feature): its type is decided by its first bytes
 * (JPEG, PNG or WebP), not by the name or the browser's claim.
 */
public record ProjectPhotoUpload(String fileName, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PHOTOS = 5;
    public static final List<String> ACCEPTED = List.of("image/jpeg", "image/png", "image/webp");

    public void validate() {
        if (content == null || content.length == 0) {
            throw new DomainException("impl.error.photo-empty", safeFileName());
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("impl.error.photo-too-big", safeFileName(), MAX_BYTES / (1024 * 1024));
        }
        if (detectedType() == null) {
            throw new DomainException("impl.error.photo-type", safeFileName());
        }
    }

    /** The MIME type from the magic bytes, or null for anything we do not accept. */
    public String detectedType() {
        byte[] b = content;
        if (b == null) {
            return null;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** The name without a path, and short enough for the database. */
    public String safeFileName() {
        String name = fileName == null ? "foto" : fileName.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            name = "foto";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
