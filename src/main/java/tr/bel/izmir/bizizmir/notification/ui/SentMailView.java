package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.notification.NotificationMail;
import tr.bel.izmir.bizizmir.notification.SentMail;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * The mail outbox for admins: every mail with its state. In local mode (no mail server) mails
 * are kept here instead of being sent, so the demo shows what people would receive.
 */
@Route("admin/sent-mail")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.sent-mail", order = 920, icon = "vaadin:envelopes-o")
class SentMailView extends TranslatedView {

    SentMailView(SentMail sentMail) {
        super("notification.sent-mail.title");
        add(new Paragraph(getTranslation("notification.sent-mail.intro")));
        var body = new Pre();
        body.setId("sent-mail-body");
        body.getStyle().set("white-space", "pre-wrap");
        var details = new Details(getTranslation("notification.sent-mail.body"), body);
        var grid = new Grid<NotificationMail>();
        grid.setId("sent-mail");
        grid.addColumn(m -> IzmirTime.formatDateTime(m.getCreatedAt().atZone(IzmirTime.ZONE), getLocale()))
                .setHeader(getTranslation("notification.sent-mail.at")).setAutoWidth(true);
        grid.addColumn(NotificationMail::getAddress).setHeader(getTranslation("notification.sent-mail.to")).setAutoWidth(true);
        grid.addColumn(NotificationMail::getSubject).setHeader(getTranslation("notification.sent-mail.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("notification.mail.status." + m.getStatus().name()))
                .setHeader(getTranslation("notification.sent-mail.status")).setAutoWidth(true);
        grid.setItems(sentMail.latest(200));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(m -> {
            body.setText(m.getTextBody());
            details.setOpened(true);
        }));
        add(grid, details);
    }
}
