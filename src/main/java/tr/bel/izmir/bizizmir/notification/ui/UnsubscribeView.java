package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.NotificationPreferences;

/** The unsubscribe link of a mail: no login, a signed token for one person and kind. */
@Route("notifications/unsubscribe")
@AnonymousAllowed
class UnsubscribeView extends TokenLinkView {

    private final transient NotificationPreferences preferences;

    UnsubscribeView(NotificationPreferences preferences) {
        super("notification.unsubscribe.title", "notification.unsubscribe.intro", "notification.unsubscribe.button");
        this.preferences = preferences;
    }

    @Override
    String act(String token) {
        NotificationKind kind = preferences.unsubscribe(token);
        return getTranslation("notification.unsubscribe.done", getTranslation(kind.labelKey()));
    }
}
