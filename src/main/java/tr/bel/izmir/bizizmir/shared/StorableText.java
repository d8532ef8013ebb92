package tr.bel.izmir.bizizmir.shared;

import java.util.Locale;

/**
 * The one rule for text a person submits: no NUL or other C0 control character except tab,
 * line feed and carriage return, and no unpaired UTF-16 surrogate. PostgreSQL refuses NUL in
 * text (the statement fails, which surfaced as a 500), other control characters only garble
 * what others read, and an unpaired surrogate cannot be encoded in UTF-8 (the driver would
 * store a "?" instead). Applied to JSON bodies and request parameters of the API
 * ({@link StorableTextConfig}) and to every entity before it is stored
 * ({@link StorableTextListener}), which is where the Vaadin forms' text ends up.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Index of the first character the rule refuses, or -1 when the text is fine. */
    public static int firstInvalid(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    public static boolean isStorable(CharSequence text) {
        return text == null || firstInvalid(text) < 0;
    }

    /**
     * Returns the text, or throws {@link Invalid} naming the field, the character and its
     * position: for the API, where the field is the caller's own name for it.
     */
    public static String require(String field, String text) {
        return check(Invalid.KEY, field, text);
    }

    /**
     * Like {@link #require}, for text typed into a form: the message leaves out the field,
     * whose name here is the code's (an entity property), not the label the person saw.
     */
    public static String requireInForm(String field, String text) {
        return check(Invalid.KEY_FORM, field, text);
    }

    private static String check(String key, String field, String text) {
        if (text == null) {
            return null;
        }
        int at = firstInvalid(text);
        if (at >= 0) {
            throw new Invalid(key, field, text.charAt(at), at);
        }
        return text;
    }

    /** Text with a character {@link StorableText} refuses: the caller's mistake, so 400. */
    public static final class Invalid extends DomainException {

        public static final String KEY = "error.text.invalid-character";
        public static final String KEY_FORM = "error.text.invalid-character-form";

        private final String field;

        Invalid(String key, String field, char character, int index) {
            super(400, key, field, String.format(Locale.ROOT, "U+%04X", (int) character), Integer.toString(index + 1));
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
