package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import tr.bel.izmir.bizizmir.notification.MyNotifications;

/**
 * The bell in the shell's header: the number of unread notifications, a click away from the
 * list. Refreshed when the shell navigates and when the list changes what is read.
 */
public class NotificationBell extends Button {

    private final transient MyNotifications notifications;
    private final Span count = new Span();

    public NotificationBell(MyNotifications notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setIcon(VaadinIcon.BELL_O.create());
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().getThemeList().add("badge error primary small pill");
        setSuffixComponent(count);
        addClickListener(e -> UI.getCurrent().navigate(NotificationsView.class));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ComponentUtil.setData(attachEvent.getUI(), NotificationBell.class, this);
        notifications.seen();
        refresh();
    }

    public void refresh() {
        long unread = notifications.unreadCount();
        String shown = unread > 99 ? "99+" : Long.toString(unread);
        count.setText(shown);
        count.setVisible(unread > 0);
        getElement().setAttribute("data-unread", Long.toString(unread));
        // The name a screen reader says holds the badge's text as shown (WCAG 2.5.3, label in name).
        String label = getTranslation("notification.bell", shown);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    /** Refreshes the bell of the current page, if there is one. */
    static void refreshCurrent() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            NotificationBell bell = ComponentUtil.getData(ui, NotificationBell.class);
            if (bell != null && bell.isAttached()) {
                bell.refresh();
            }
        }
    }
}
