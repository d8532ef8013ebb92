package tr.bel.izmir.bizizmir.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The page a browser sees when a request outside the Vaadin UI fails — a non-admin opening
 * Camunda's web apps, an unknown static path — instead of Spring's English "Whitelabel Error
 * Page": translated, in the portal's colours, with the way back home and to the sign-in, and
 * no detail of what failed. (Pages of the UI have their own error views inside the shell; the
 * API answers problem details.) Being the bean named {@code error} replaces Spring Boot's.
 */
@Component("error")
class HtmlErrorPage implements View {

    private final Messages messages;
    private final LocaleResolver locales;

    public HtmlErrorPage(Messages messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Locale locale = Messages.supported(locales.resolveLocale(request));
        int status = model.get("status") instanceof Integer s ? s : response.getStatus();
        String title = messages.has("error.title." + status) ? messages.get("error.title." + status, locale)
                : messages.get("error.title.500", locale);
        String text = switch (status) {
            case 401, 403 -> messages.get("error.page.denied.text", locale);
            case 404 -> messages.get("error.page.not-found.text", locale);
            default -> messages.get("error.page.generic", locale);
        };
        String lang = locale.getLanguage();
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · %s</title>
                <style>
                  body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a2433;background:#f4f6f9}
                  header{background:#fff;border-bottom:1px solid #dde3ea;padding:14px 20px;font-weight:700;font-size:1.2rem}
                  main{max-width:40rem;margin:3rem auto;padding:0 20px} h1{font-size:1.8rem;margin:0 0 1rem}
                  p{line-height:1.5} a{color:#0b5cad;margin-right:1.5rem}
                </style></head>
                <body><header>%s</header><main id="error-page"><h1>%s</h1><p>%s</p>
                <p><a href="/">%s</a><a href="/login">%s</a></p><p><small>HTTP %d</small></p></main></body></html>
                """.formatted(lang, esc(title), esc(messages.get("app.name", locale)), esc(messages.get("app.name", locale)),
                esc(title), esc(text), esc(messages.get("error.page.home", locale)),
                esc(messages.get("error.page.sign-in", locale)), status);
        response.setContentType(getContentType());
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
    }
}
