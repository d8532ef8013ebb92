package tr.bel.izmir.bizizmir.neighbourhood;

import java.text.Normalizer;
import java.util.Locale;

/** Turkish-aware text helpers: İ/ı must not be lower-cased the English way. */
public final class TurkishText {

    private static final Locale TR = Locale.forLanguageTag("tr-TR");

    private TurkishText() {
    }

    /** "Karşıyaka Bostanlı" → "karsiyaka-bostanli". */
    public static String slug(String text) {
        String lower = text.trim().toLowerCase(TR)
                .replace('ç', 'c').replace('ğ', 'g').replace('ı', 'i').replace('ö', 'o')
                .replace('ş', 's').replace('ü', 'u').replace('â', 'a').replace('î', 'i').replace('û', 'u');
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Compares names the way a Turkish reader would (case- and accent-insensitive key). */
    public static String key(String text) {
        return slug(text);
    }
}
