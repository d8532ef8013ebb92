package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.util.Arrays;
import java.util.Locale;

/**
 * Turkish first: every new UI starts in Turkish unless the person chose English
 * (remembered in a cookie for a year). Also installs the UI error handler.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    public static final String COOKIE = "bizizmir-lang";

    private final Messages messages;

    public LocaleSupport(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setErrorHandler(new UiErrorHandler(messages));
            e.getSession().setLocale(fromRequest(e.getRequest()));
        });
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
        // The page's language for screen readers, hyphenation and spelling (WCAG 3.1.1): Vaadin
        // writes the browser's language into <html lang>; the person's choice is the cookie's.
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("html")
                .attr("lang", fromRequest(response.getVaadinRequest()).getLanguage()));
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .map(c -> Messages.supported(Locale.forLanguageTag(c.getValue())))
                    .orElse(Messages.TURKISH);
        }
        return Messages.TURKISH;
    }

    /** Switches the whole session, and remembers the choice. */
    public static void switchTo(Locale locale) {
        Locale chosen = Messages.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(chosen);
        session.getUIs().forEach(ui -> ui.setLocale(chosen));
        Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
