package tr.bel.izmir.bizizmir.notification;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.internal.Directory;
import tr.bel.izmir.bizizmir.notification.internal.MailRenderer;
import tr.bel.izmir.bizizmir.notification.internal.NotificationRepository;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The signed-in person's own notifications: the bell's count, the list, marking them read. */
@Service
public class MyNotifications {

    /** The list shows this many; older ones stay in the KVKK export. */
    public static final int LIST_SIZE = 100;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Directory directory;
    private final MailRenderer renderer;
    private final Clock clock;

    public MyNotifications(NotificationRepository notifications, CurrentUser currentUser, Directory directory,
                           MailRenderer renderer, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> latest() {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, LIST_SIZE));
    }

    /** Marks it read and answers where it leads (the case's path), if anywhere. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<String> open(long id) {
        Notification n = mine(id);
        n.markRead(clock.instant());
        return n.link();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        mine(id).markRead(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    /** The text in the reader's language. */
    public String text(Notification n, Locale locale) {
        return renderer.text(n, locale);
    }

    /** Called when a signed-in person opens the portal: remembers their groups, so group notices reach them. */
    @PreAuthorize("isAuthenticated()")
    public void seen() {
        directory.seen(currentUser.require());
    }

    private Notification mine(long id) {
        // Someone else's notification is "not found": its existence is not confirmed either.
        return notifications.findById(id).filter(n -> n.getRecipient().equals(me()))
                .orElseThrow(() -> new DomainException.NotFound("notification.error.not-found"));
    }

    private String me() {
        return currentUser.require().username();
    }
}
