package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.notification.NotificationPreferences;

/** The confirmation link mailed to a new address: no login needed, a signed token for person and address. */
@Route("notifications/confirm")
@AnonymousAllowed
class ConfirmEmailView extends TokenLinkView {

    private final transient NotificationPreferences preferences;

    ConfirmEmailView(NotificationPreferences preferences) {
        super("notification.confirm.title", "notification.confirm.intro", "notification.confirm.button");
        this.preferences = preferences;
    }

    @Override
    String act(String token) {
        return getTranslation("notification.confirm.done", preferences.confirm(token));
    }
}
