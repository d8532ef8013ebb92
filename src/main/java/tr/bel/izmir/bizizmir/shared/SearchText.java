package tr.bel.izmir.bizizmir.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one folding of text for search, the same for what is stored and what is typed: Turkish
 * case rules (İ→i, I→ı), then dotless ı as i and every diacritic dropped (ş→s, ğ→g, ü→u, ö→o,
 * ç→c, â→a), white space collapsed. "İskele", "ISKELE", "iskele" and "Iskele" all become
 * "iskele"; a person typing on a keyboard without Turkish letters still finds "Göztepe".
 * The database never folds: entities store the folded text in a column ({@code search_text})
 * and queries compare it with the folded needle, so H2 and PostgreSQL behave alike.
 */
public final class SearchText {

    private static final Locale TR = Locale.forLanguageTag("tr-TR");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The folded form of a text; null and blank fold to "". */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String lower = text.strip().toLowerCase(TR).replace('ı', 'i');
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACE.matcher(plain).replaceAll(" ");
    }

    /** The folded parts joined with a space, for a stored search column. */
    public static String of(String... parts) {
        var sb = new StringBuilder();
        for (String part : parts) {
            String folded = fold(part);
            if (!folded.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(folded);
            }
        }
        return sb.toString();
    }

    /** Whether {@code text} contains what was typed, both folded; an empty query matches all. */
    public static boolean matches(String text, String query) {
        String needle = fold(query);
        return needle.isEmpty() || fold(text).contains(needle);
    }

    /**
     * A LIKE pattern "contains the folded query" with {@code !} as the escape character
     * ({@code like :pattern escape '!'}), so a typed % or _ is a letter, not a wildcard.
     */
    public static String containsPattern(String query) {
        String needle = fold(query).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + needle + "%";
    }
}
