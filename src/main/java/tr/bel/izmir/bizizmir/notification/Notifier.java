package tr.bel.izmir.bizizmir.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * The public API of notifications: a feature calls {@link #send} at the point where the
 * change happens, inside its transaction. The notice is written to the outbox with the change
 * (a rolled-back change notifies nobody, a committed one is never forgotten) and dispatched to
 * in-app notifications and mails after the commit, off the caller's thread (DD022).
 */
@Service
public class Notifier {

    /** Longest key of {@link #sendOnce}. */
    public static final int MAX_ONCE_KEY = 200;

    private final ApplicationEventPublisher events;
    private final tr.bel.izmir.bizizmir.notification.internal.NotificationOnceRepository once;
    private final java.time.Clock clock;

    public Notifier(ApplicationEventPublisher events, tr.bel.izmir.bizizmir.notification.internal.NotificationOnceRepository once,
                    java.time.Clock clock) {
        this.events = events;
        this.once = once;
        this.clock = clock;
    }

    /** Queues the notice in the current transaction (or a new one); a notice without recipients is dropped. */
    @Transactional
    public void send(Notice notice) {
        if (notice.hasRecipients()) {
            events.publishEvent(new NotificationRequested(UUID.randomUUID(), notice));
        }
    }

    /**
     * Sends the notice unless one with the same key was sent before (a reminder per vote, a
     * digest per group and day): the key is recorded in the same transaction, so with two nodes
     * on one schedule exactly one of them commits it.
     *
     * @return whether it was sent now
     */
    @Transactional
    public boolean sendOnce(String key, Notice notice) {
        if (key.length() > MAX_ONCE_KEY) {
            throw new IllegalArgumentException("once key longer than " + MAX_ONCE_KEY + ": " + key);
        }
        if (once.exists(key)) {
            return false;
        }
        once.record(key, clock.instant());
        send(notice);
        return true;
    }
}
