package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.notification.NotificationChannel;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.NotificationPreferences;
import tr.bel.izmir.bizizmir.notification.NotificationSettings;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * How a person is told: an e-mail address given with explicit consent (used once confirmed
 * through the link mailed to it), and per kind in the portal only, by e-mail right away, in
 * the daily digest at 08:00, or not at all.
 */
@Route("my/notifications")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT, AppRoles.CIVIC_GROUP, AppRoles.ASSEMBLY_MEMBER,
        AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.PARK_MANAGER, AppRoles.MODERATOR,
        AppRoles.PROCESS_OWNER, AppRoles.COORDINATOR, AppRoles.ADMIN})
class NotificationPreferencesView extends TranslatedView {

    private final transient NotificationPreferences preferences;
    private final Paragraph emailStatus = new Paragraph();

    private final transient tr.bel.izmir.bizizmir.shared.Messages messages;

    NotificationPreferencesView(NotificationPreferences preferences, tr.bel.izmir.bizizmir.security.CurrentUser currentUser,
                                tr.bel.izmir.bizizmir.shared.Messages messages) {
        super("notification.preferences.title");
        this.messages = messages;
        this.preferences = preferences;
        NotificationSettings mine = preferences.mine();

        add(new H2(getTranslation("notification.preferences.email.title")));
        add(new Paragraph(getTranslation("notification.preferences.email.intro")));
        var email = new EmailField(getTranslation("notification.preferences.email.address"));
        email.setId("notification-email");
        email.setMaxLength(254);
        email.setWidthFull();
        mine.email().ifPresent(email::setValue);
        var consent = new Checkbox(getTranslation("notification.preferences.email.consent"));
        consent.setId("notification-email-consent");
        consent.setValue(mine.getEmailConsentAt() != null);
        var save = new Button(getTranslation("notification.preferences.email.save"), e -> {
            try {
                preferences.email(email.getValue(), consent.getValue(), getLocale());
                email.setInvalid(false);
                Notifications.success(getTranslation("notification.preferences.email.saved"));
                showStatus(preferences.mine());
            } catch (DomainException ex) {
                // The typed address stays in the field: nothing the person wrote is lost.
                email.setInvalid(true);
                email.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("save-notification-email");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var remove = new Button(getTranslation("notification.preferences.email.remove"), e -> {
            preferences.removeEmail();
            email.clear();
            consent.setValue(false);
            showStatus(preferences.mine());
        });
        remove.setId("remove-notification-email");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        emailStatus.setId("notification-email-status");
        var buttons = new HorizontalLayout(save, remove);
        buttons.setWrap(true);
        add(email, consent, buttons, emailStatus);
        showStatus(mine);

        add(new H2(getTranslation("notification.preferences.kinds.title")));
        add(new Paragraph(getTranslation("notification.preferences.kinds.intro")));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        // Only the kinds that can reach this person: a resident is not asked about staff task digests.
        var roles = currentUser.require().roles();
        preferences.channels().forEach((kind, channel) -> {
            if (kind.concerns(roles)) {
                form.add(channelSelect(kind, channel));
            }
        });
        add(form);
    }

    private Select<NotificationChannel> channelSelect(NotificationKind kind, NotificationChannel channel) {
        var select = new Select<NotificationChannel>();
        select.setId("channel-" + kind.name());
        select.setLabel(getTranslation(kind.labelKey()));
        if (messages.has(kind.labelKey() + ".help")) {
            select.setHelperText(getTranslation(kind.labelKey() + ".help"));
        }
        select.setItems(NotificationChannel.values());
        select.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        select.setValue(channel);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.choose(kind, e.getValue());
                Notifications.success(getTranslation("notification.preferences.saved"));
            }
        });
        return select;
    }

    private void showStatus(NotificationSettings s) {
        if (s.email().isEmpty()) {
            emailStatus.setText(getTranslation("notification.preferences.email.none"));
        } else if (s.emailBouncedAt().isPresent()) {
            emailStatus.setText(getTranslation("notification.preferences.email.bounced", s.email().get(),
                    IzmirTime.formatDateTime(s.emailBouncedAt().get().atZone(IzmirTime.ZONE), getLocale())));
        } else if (s.getEmailConfirmedAt() == null) {
            emailStatus.setText(getTranslation("notification.preferences.email.unconfirmed", s.email().get()));
        } else {
            emailStatus.setText(getTranslation("notification.preferences.email.confirmed", s.email().get(),
                    IzmirTime.formatDateTime(s.getEmailConfirmedAt().atZone(IzmirTime.ZONE), getLocale())));
        }
    }
}
