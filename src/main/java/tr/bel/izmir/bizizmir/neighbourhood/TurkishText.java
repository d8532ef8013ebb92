package tr.bel.izmir.bizizmir.neighbourhood;

import tr.bel.izmir.bizizmir.shared.SearchText;

/** Turkish-aware text helpers: İ/ı must not be lower-cased the English way ({@link SearchText}). */
public final class TurkishText {

    private TurkishText() {
    }

    /** "Karşıyaka Bostanlı" → "karsiyaka-bostanli". */
    public static String slug(String text) {
        return SearchText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Compares names the way a Turkish reader would (case- and accent-insensitive key). */
    public static String key(String text) {
        return slug(text);
    }
}
