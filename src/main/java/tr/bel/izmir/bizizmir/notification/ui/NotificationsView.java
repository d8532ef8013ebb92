package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.notification.MyNotifications;
import tr.bel.izmir.bizizmir.notification.Notification;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * The person's notifications, newest first, as cards that read on a phone as on a desktop:
 * open one (marks it read and goes to its case), mark one or all read.
 */
@Route("notifications")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT, AppRoles.CIVIC_GROUP, AppRoles.ASSEMBLY_MEMBER,
        AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.PARK_MANAGER, AppRoles.MODERATOR,
        AppRoles.PROCESS_OWNER, AppRoles.COORDINATOR, AppRoles.ADMIN})
@Menu(title = "nav.notifications", order = 1, icon = "vaadin:bell-o")
class NotificationsView extends TranslatedView {

    private final transient MyNotifications notifications;
    private final Div list = new Div();

    NotificationsView(MyNotifications notifications) {
        super("notification.list.title");
        this.notifications = notifications;
        addClassName("notifications-view");
        var markAll = new Button(getTranslation("notification.list.mark-all-read"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("mark-all-read");
        var preferences = new Button(getTranslation("notification.list.preferences"),
                e -> getUI().ifPresent(ui -> ui.navigate(NotificationPreferencesView.class)));
        preferences.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(markAll, preferences);
        actions.setWrap(true);
        list.setId("notification-list");
        list.addClassName("notification-list");
        add(actions, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = notifications.latest();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.list.empty")));
        }
        for (Notification n : all) {
            list.add(card(n));
        }
        NotificationBell.refreshCurrent();
    }

    private Div card(Notification n) {
        var card = new Div();
        card.setId("notification-" + n.getId());
        card.addClassNames("phone-card", "notification-card", n.isRead() ? "read" : "unread");
        card.getStyle().set("border-left", n.isRead() ? "4px solid transparent" : "4px solid var(--lumo-primary-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        var kind = new Span(getTranslation(n.getKind().labelKey()));
        kind.getElement().getThemeList().add("badge small");
        var at = new Span(IzmirTime.formatDateTime(n.getCreatedAt().atZone(IzmirTime.ZONE), getLocale()));
        at.addClassName("notification-time");
        var text = new Paragraph(notifications.text(n, getLocale()));
        text.addClassName("notification-text");
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (n.link().isPresent()) {
            var open = new Button(getTranslation("notification.list.open"), e -> {
                var link = notifications.open(n.getId());
                NotificationBell.refreshCurrent();
                link.ifPresent(l -> getUI().ifPresent(ui -> ui.navigate(l)));
            });
            open.addClassName("open-notification");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            buttons.add(open);
        }
        if (!n.isRead()) {
            var read = new Button(getTranslation("notification.list.mark-read"), e -> {
                notifications.markRead(n.getId());
                refresh();
            });
            read.addClassName("mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(read);
        }
        var head = new HorizontalLayout(kind, at);
        head.setWrap(true);
        card.add(head, text, buttons);
        return card;
    }
}
