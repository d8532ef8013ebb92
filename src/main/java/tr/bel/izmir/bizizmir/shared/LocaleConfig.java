package tr.bel.izmir.bizizmir.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

@Configuration(proxyBeanMethods = false)
class LocaleConfig {

    /** API callers get Turkish unless their Accept-Language prefers English. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        // Plain "en" and "tr" as well: many clients send a bare language.
        resolver.setSupportedLocales(java.util.List.of(Messages.TURKISH, Messages.ENGLISH,
                java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("tr")));
        resolver.setDefaultLocale(Messages.TURKISH);
        return resolver;
    }
}
