package tr.bel.izmir.bizizmir.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.internal.Directory;
import tr.bel.izmir.bizizmir.notification.internal.NotificationMailRepository;
import tr.bel.izmir.bizizmir.notification.internal.NotificationPreferenceRepository;
import tr.bel.izmir.bizizmir.notification.internal.NotificationRepository;
import tr.bel.izmir.bizizmir.notification.internal.NotificationSettingsRepository;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.util.LinkedHashMap;
import java.util.Map;

/** The notifications part of KVKK requests: export a person's notifications, mails and settings; erase them. */
@Service
public class NotificationPersonalData {

    private final NotificationRepository notifications;
    private final NotificationMailRepository mails;
    private final NotificationSettingsRepository settings;
    private final NotificationPreferenceRepository preferences;
    private final Directory directory;
    private final tr.bel.izmir.bizizmir.notification.internal.FollowRepository follows;
    private final Messages messages;

    public NotificationPersonalData(NotificationRepository notifications, NotificationMailRepository mails,
                                    NotificationSettingsRepository settings, NotificationPreferenceRepository preferences,
                                    Directory directory, tr.bel.izmir.bizizmir.notification.internal.FollowRepository follows,
                                    Messages messages) {
        this.follows = follows;
        this.notifications = notifications;
        this.mails = mails;
        this.settings = settings;
        this.preferences = preferences;
        this.directory = directory;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> personalData(String username) {
        var data = new LinkedHashMap<String, Object>();
        var s = settings.findById(username);
        var locale = s.map(NotificationSettings::locale).orElse(Messages.TURKISH);
        var settingsData = new LinkedHashMap<String, Object>();
        s.ifPresent(x -> {
            settingsData.put("language", x.getLanguage());
            settingsData.put("email", x.email().orElse(null));
            settingsData.put("emailConsentAt", x.getEmailConsentAt() == null ? null : x.getEmailConsentAt().toString());
            settingsData.put("emailConfirmedAt", x.getEmailConfirmedAt() == null ? null : x.getEmailConfirmedAt().toString());
        });
        preferences.findByUsername(username).forEach(p -> settingsData.put("channel." + p.getKind().name(), p.getChannel().name()));
        data.put("notificationSettings", settingsData);
        data.put("notifications", notifications.findByRecipientOrderByCreatedAtAscIdAsc(username).stream().map(n -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("kind", n.getKind().name());
            m.put("text", n.text(messages, locale));
            m.put("link", n.link().orElse(null));
            m.put("at", n.getCreatedAt().toString());
            m.put("readAt", n.getReadAt() == null ? null : n.getReadAt().toString());
            return m;
        }).toList());
        data.put("notificationMails", mails.findByRecipientOrderByCreatedAtAscIdAsc(username).stream().map(m -> Map.of(
                "to", m.getAddress(), "subject", m.getSubject(), "status", m.getStatus().name(),
                "at", m.getCreatedAt().toString())).toList());
        data.put("follows", follows.findByUsernameOrderByCreatedAtAsc(username).stream().map(f -> Map.of(
                "caseKind", f.getCaseKind(), "case", f.getCaseKey(), "since", f.getCreatedAt().toString())).toList());
        return data;
    }

    /** Erasure: notifications, queued and sent mails, the address, preferences, follows and group memberships go. */
    @Transactional
    public void erase(String username) {
        notifications.deleteByRecipient(username);
        mails.deleteByRecipient(username);
        preferences.deleteByUsername(username);
        settings.findById(username).ifPresent(settings::delete);
        follows.deleteByUsername(username);
        directory.forget(username);
    }
}
