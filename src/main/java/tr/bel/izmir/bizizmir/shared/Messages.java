package tr.bel.izmir.bizizmir.shared;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The one source of user-facing text: Spring's {@link MessageSource} over the
 * {@code i18n/messages} bundles, exposed to Vaadin as its {@link I18NProvider} so views
 * call {@code getTranslation(key)} and the API uses the same words.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> LOCALES = List.of(TURKISH, ENGLISH);

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messageSource.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            // Visible, not silent: a missing key shows itself in the UI and in tests.
            return "!" + key + "!";
        }
    }

    public String get(String key, Locale locale, Object... params) {
        return getTranslation(key, locale, params);
    }

    public boolean has(String key) {
        try {
            messageSource.getMessage(key, null, TURKISH);
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }

    /** Turkish first; English for anyone who asked for English. */
    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return TURKISH;
    }
}
