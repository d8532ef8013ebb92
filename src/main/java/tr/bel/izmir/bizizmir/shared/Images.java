package tr.bel.izmir.bizizmir.shared;

import java.util.List;

/**
 * The checks every uploaded photo gets, whichever feature keeps it: its type is decided by its
 * first bytes (JPEG, PNG or WebP), not by the name or the browser's claim, so a renamed file of
 * another kind is refused; at most {@link #MAX_BYTES}; a file name without a path.
 */
public final class Images {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final List<String> ACCEPTED = List.of("image/jpeg", "image/png", "image/webp");

    private Images() {
    }

    /** The feature's own message keys for an empty, an oversized and a non-image upload. */
    public record ErrorKeys(String empty, String tooBig, String type) {
    }

    /** Refuses an empty, oversized or non-image upload with the feature's own message keys. */
    public static void validate(String fileName, byte[] content, ErrorKeys keys) {
        if (content == null || content.length == 0) {
            throw new DomainException(keys.empty(), safeFileName(fileName));
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException(keys.tooBig(), safeFileName(fileName), MAX_BYTES / (1024 * 1024));
        }
        if (detectedType(content) == null) {
            throw new DomainException(keys.type(), safeFileName(fileName));
        }
    }

    /** The MIME type from the magic bytes, or null for anything we do not accept. */
    public static String detectedType(byte[] b) {
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
    public static String safeFileName(String fileName) {
        String name = fileName == null ? "foto" : fileName.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            name = "foto";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
