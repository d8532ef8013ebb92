package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of feedback every view gives, styled the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
        return n;
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
