package tr.bel.izmir.bizizmir.support;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A small dictionary check for pages shown in English: common Turkish words that never occur in
 * English text or in the proper names a page may show (places, people, the product's name).
 * Browser tests run it over the parts of a page that come from the product, not from users.
 */
public final class LanguageCheck {

    private static final Locale TR = Locale.forLanguageTag("tr-TR");
    private static final Set<String> TURKISH = Set.of("ve", "bir", "için", "ile", "bu", "veya", "olarak", "gibi", "daha",
            "sayfa", "sayfası", "görev", "görevler", "öneri", "öneriler", "başvuru", "giriş", "çıkış", "kaydet", "gönder",
            "iptal", "evet", "hayır", "ana", "oylama", "oylamalar", "bütçe", "katılımcı", "meclisleri", "yakında",
            "fazla", "bilgi", "açık", "kapalı", "dönemi", "dönemleri", "parklar", "yaşayan", "benim", "verilerim");

    private LanguageCheck() {
    }

    /** The Turkish words found in an English text, in the order met. */
    public static Set<String> turkishWordsIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : text.toLowerCase(TR).split("[^\\p{L}]+")) {
            if (TURKISH.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }
}
