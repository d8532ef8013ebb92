package tr.bel.izmir.bizizmir.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.Notification;
import tr.bel.izmir.bizizmir.notification.NotificationChannel;
import tr.bel.izmir.bizizmir.notification.NotificationMail;
import tr.bel.izmir.bizizmir.notification.NotificationPreference;
import tr.bel.izmir.bizizmir.notification.NotificationProperties;
import tr.bel.izmir.bizizmir.notification.NotificationRequested;
import tr.bel.izmir.bizizmir.notification.NotificationSettings;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns a committed {@link NotificationRequested} into notifications and queued mails, after
 * the commit and off the caller's thread. Spring Modulith marks the publication complete when
 * this returns; if it fails or the application stops first, the publication stays incomplete
 * and is submitted again (at start-up and by {@link OutboxResubmission}). Written per request
 * and recipient at most once, so a second delivery of the same request adds nothing.
 */
@Component
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Directory directory;
    private final FollowRepository follows;
    private final NotificationRepository notifications;
    private final NotificationMailRepository mails;
    private final NotificationSettingsRepository settings;
    private final NotificationPreferenceRepository preferences;
    private final MailRenderer renderer;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Clock clock;

    public NotificationDispatcher(Directory directory, FollowRepository follows, NotificationRepository notifications, NotificationMailRepository mails,
                                  NotificationSettingsRepository settings, NotificationPreferenceRepository preferences,
                                  MailRenderer renderer, ObjectProvider<JavaMailSender> mailSender,
                                  NotificationProperties properties, Clock clock) {
        this.directory = directory;
        this.follows = follows;
        this.notifications = notifications;
        this.mails = mails;
        this.settings = settings;
        this.preferences = preferences;
        this.renderer = renderer;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    @Async(NotificationConfig.EXECUTOR)
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(NotificationRequested event) {
        dispatch(event);
    }

    void dispatch(NotificationRequested event) {
        Notice notice = event.notice();
        Set<String> recipients = new LinkedHashSet<>(notice.users());
        for (String group : notice.groups()) {
            recipients.addAll(directory.membersOf(group));
        }
        for (String followed : notice.followersOf()) {
            int colon = followed.indexOf(':');
            recipients.addAll(follows.followersOf(followed.substring(0, colon), followed.substring(colon + 1)));
        }
        Instant now = clock.instant();
        boolean smtp = mailSender.getIfAvailable() != null;
        int written = 0;
        for (String recipient : recipients) {
            if (notifications.existsByRequestIdAndRecipient(event.id(), recipient)) {
                continue;
            }
            NotificationChannel channel = preferences.findById(new NotificationPreference.Key(recipient, notice.kind()))
                    .map(NotificationPreference::getChannel).orElse(NotificationChannel.EMAIL);
            if (channel == NotificationChannel.OFF) {
                continue;
            }
            Notification n = notifications.save(new Notification(event.id(), recipient, notice, now));
            written++;
            if (channel.mails()) {
                var person = settings.findById(recipient);
                var address = person.flatMap(NotificationSettings::deliverableEmail);
                if (address.isPresent()) {
                    var mail = renderer.notification(n, person.get().locale());
                    NotificationMail.Status status = channel == NotificationChannel.DIGEST ? NotificationMail.Status.DIGEST
                            : smtp ? NotificationMail.Status.PENDING : NotificationMail.Status.LOCAL;
                    Instant due = channel == NotificationChannel.DIGEST ? nextDigest(now) : now;
                    mails.save(new NotificationMail(n.getId(), recipient, address.get(), notice.kind(), mail, status, due, now));
                }
            }
        }
        log.debug("Notification {} ({}) written for {} of {} recipients", event.id(), notice.kind(), written, recipients.size());
    }

    /** The next daily digest time in İzmir, strictly after {@code now}. */
    Instant nextDigest(Instant now) {
        ZonedDateTime local = now.atZone(IzmirTime.ZONE);
        ZonedDateTime at = local.toLocalDate().atTime(properties.digestTime()).atZone(IzmirTime.ZONE);
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }
}
