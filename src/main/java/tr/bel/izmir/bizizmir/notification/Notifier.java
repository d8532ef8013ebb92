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

    private final ApplicationEventPublisher events;

    public Notifier(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Queues the notice in the current transaction (or a new one); a notice without recipients is dropped. */
    @Transactional
    public void send(Notice notice) {
        if (notice.hasRecipients()) {
            events.publishEvent(new NotificationRequested(UUID.randomUUID(), notice));
        }
    }
}
