package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import tr.bel.izmir.bizizmir.shared.DatabaseOutage;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.RequestIds;


/**
 * Every uncaught exception in a Vaadin request ends here: domain errors become a
 * translated notification, anything else a generic message with an error id that
 * support can find in the log (the request's id, {@link RequestIds}). No stack trace reaches the browser.
 */
public class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    private final Messages messages;

    public UiErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootDomainCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        String text;
        if (cause instanceof DomainException domain) {
            text = messages.get(domain.messageKey(), ui.getLocale(), domain.args());
        } else if (cause instanceof AccessDeniedException) {
            text = messages.get("error.forbidden", ui.getLocale());
        } else if (DatabaseOutage.causedBy(event.getThrowable())) {
            String id = RequestIds.current();
            log.warn("UI request {} failed: database unreachable ({})", id, event.getThrowable().toString());
            text = messages.get("error.unavailable", ui.getLocale(), id);
        } else {
            String id = RequestIds.current();
            log.error("Unexpected UI error {}", id, event.getThrowable());
            text = messages.get("error.unexpected", ui.getLocale(), id);
        }
        ui.access(() -> Notifications.error(text));
    }

    static Throwable rootDomainCause(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof DomainException || current instanceof AccessDeniedException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
