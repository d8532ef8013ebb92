package tr.bel.izmir.bizizmir.notification;

import java.util.UUID;

/**
 * The outbox entry: published by {@link Notifier} inside the caller's transaction, stored by
 * Spring Modulith's event publication registry in that transaction, and dispatched after the
 * commit. The id makes a re-delivered publication write nothing twice.
 */
public record NotificationRequested(UUID id, Notice notice) {
}
