package tr.bel.izmir.bizizmir.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.Notification;
import tr.bel.izmir.bizizmir.notification.NotificationChannel;
import tr.bel.izmir.bizizmir.notification.NotificationMail;
import tr.bel.izmir.bizizmir.notification.NotificationProperties;
import tr.bel.izmir.bizizmir.notification.NotificationRequested;
import tr.bel.izmir.bizizmir.notification.NotificationSettings;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /** Recipients per transaction. */
    static final int CHUNK = 500;

    private final Directory directory;
    private final List<tr.bel.izmir.bizizmir.notification.NoticeAudience> audiences;
    private final FollowRepository follows;
    private final NotificationRepository notifications;
    private final NotificationMailRepository mails;
    private final NotificationSettingsRepository settings;
    private final NotificationPreferenceRepository preferences;
    private final MailRenderer renderer;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    public NotificationDispatcher(Directory directory, List<tr.bel.izmir.bizizmir.notification.NoticeAudience> audiences, FollowRepository follows, NotificationRepository notifications, NotificationMailRepository mails,
                                  NotificationSettingsRepository settings, NotificationPreferenceRepository preferences,
                                  MailRenderer renderer, ObjectProvider<JavaMailSender> mailSender,
                                  NotificationProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.directory = directory;
        this.audiences = List.copyOf(audiences);
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
    public void on(NotificationRequested event) {
        dispatch(event);
    }

    /**
     * Expands the recipients, then writes them in chunks of their own transactions: a large
     * audience (a vote's followers) shows progress and a failure loses only its chunk, which the
     * next delivery of the same publication writes (recipients already written are skipped).
     */
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
        if (!notice.audiences().isEmpty() || !notice.exceptAudiences().isEmpty()) {
            tx.executeWithoutResult(s -> {
                notice.audiences().forEach(a -> recipients.addAll(membersOf(a)));
                notice.exceptAudiences().forEach(a -> membersOf(a).forEach(recipients::remove));
            });
        }
        notice.exceptUsers().forEach(recipients::remove);
        Instant now = clock.instant();
        boolean smtp = mailSender.getIfAvailable() != null;
        List<String> all = new ArrayList<>(recipients);
        int written = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            written += tx.execute(s -> writeChunk(event, chunk, now, smtp));
        }
        log.debug("Notification {} ({}) written for {} of {} recipients", event.id(), notice.kind(), written, all.size());
    }

    private int writeChunk(NotificationRequested event, List<String> chunk, Instant now, boolean smtp) {
        Notice notice = event.notice();
        Set<String> done = new HashSet<>(notifications.recipientsOf(event.id(), chunk));
        Map<String, NotificationChannel> channels = new HashMap<>();
        preferences.findByKindAndUsernameIn(notice.kind(), chunk).forEach(p -> channels.put(p.getUsername(), p.getChannel()));
        Map<String, NotificationSettings> people = new HashMap<>();
        settings.findAllById(chunk).forEach(p -> people.put(p.getUsername(), p));
        int written = 0;
        for (String recipient : chunk) {
            NotificationChannel channel = channels.getOrDefault(recipient, notice.kind().defaultChannel());
            if (done.contains(recipient) || channel == NotificationChannel.OFF) {
                continue;
            }
            Notification n = notifications.save(new Notification(event.id(), recipient, notice, now));
            written++;
            NotificationSettings person = people.get(recipient);
            var address = person == null ? java.util.Optional.<String>empty() : person.deliverableEmail();
            if (channel.mails() && address.isPresent()) {
                var mail = renderer.notification(n, person.locale());
                NotificationMail.Status status = channel == NotificationChannel.DIGEST ? NotificationMail.Status.DIGEST
                        : smtp ? NotificationMail.Status.PENDING : NotificationMail.Status.LOCAL;
                Instant due = channel == NotificationChannel.DIGEST ? nextDigest(now) : now;
                mails.save(new NotificationMail(n.getId(), recipient, address.get(), notice.kind(), mail, status, due, now));
            }
        }
        return written;
    }

    /** The members of an audience {@code name:key}, from the feature that names it. */
    private java.util.Collection<String> membersOf(String audience) {
        int colon = audience.indexOf(':');
        String name = audience.substring(0, colon);
        String key = audience.substring(colon + 1);
        for (var a : audiences) {
            if (a.names().contains(name)) {
                return a.members(name, key);
            }
        }
        log.warn("No feature answers for the notice audience {}; nobody in it is told", name);
        return List.of();
    }

    /** The next daily digest time in İzmir, strictly after {@code now}. */
    Instant nextDigest(Instant now) {
        ZonedDateTime local = now.atZone(IzmirTime.ZONE);
        ZonedDateTime at = local.toLocalDate().atTime(properties.digestTime()).atZone(IzmirTime.ZONE);
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }
}
