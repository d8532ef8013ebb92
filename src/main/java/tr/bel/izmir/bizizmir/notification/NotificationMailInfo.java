package tr.bel.izmir.bizizmir.notification;

import java.time.Instant;

/**
 * A queued or sent notification mail as other features see it (its status, for the operations metrics): read-only.
 */
public interface NotificationMailInfo {

    enum Status { PENDING, SENDING, SENT, FAILED, UNCERTAIN, LOCAL, DIGEST, DIGESTED }

    Long getId();
    Long getNotificationId();
    String getRecipient();
    String getAddress();
    NotificationKind getKind();
    String getSubject();
    String getTextBody();
    String getHtmlBody();
    Status getStatus();
    int getAttempts();
    Instant getNextAttemptAt();
    String getLastError();
    Instant getCreatedAt();
    Instant getSentAt();
}
