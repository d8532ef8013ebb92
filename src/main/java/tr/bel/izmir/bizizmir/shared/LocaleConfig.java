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
        resolver.setSupportedLocales(Messages.LOCALES);
        resolver.setDefaultLocale(Messages.TURKISH);
        return resolver;
    }
}
