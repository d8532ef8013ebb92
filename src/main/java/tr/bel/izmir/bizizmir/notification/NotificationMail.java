package tr.bel.izmir.bizizmir.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One mail of the outbox, rendered in the recipient's language when it was queued. Its state
 * changes go through {@code MailDelivery}, which claims a mail before it talks to the SMTP
 * server and records it sent right after the server accepted it (DD022).
 */
@Entity
@Table(name = "notification_mail")
public class NotificationMail implements NotificationMailInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "notification_id")
    private Long notificationId;
    @Column(nullable = false, length = 120)
    private String recipient;
    @Column(nullable = false, length = 254)
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private NotificationKind kind;
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(name = "text_body", nullable = false, length = 20000)
    private String textBody;
    @Column(name = "html_body", nullable = false, length = 40000)
    private String htmlBody;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "last_error", length = 500)
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "digest_mail_id")
    private Long digestMailId;

    protected NotificationMail() {
    }

    public NotificationMail(Long notificationId, String recipient, String address, NotificationKind kind,
                            RenderedMail mail, Status status, Instant dueAt, Instant now) {
        this.notificationId = notificationId;
        this.recipient = recipient;
        this.address = address;
        this.kind = kind;
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.status = status;
        this.nextAttemptAt = dueAt;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getNotificationId() { return notificationId; }
    public String getRecipient() { return recipient; }
    public String getAddress() { return address; }
    public NotificationKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getTextBody() { return textBody; }
    public String getHtmlBody() { return htmlBody; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }

    /** Taken from the digest queue into the digest mail {@code digestMail}. */
    public void digestedInto(long digestMail) {
        this.status = Status.DIGESTED;
        this.digestMailId = digestMail;
    }

    /** The rendered parts of a mail. */
    public record RenderedMail(String subject, String text, String html) {
    }
}
