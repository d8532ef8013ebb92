package tr.bel.izmir.bizizmir.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One in-app notification of one person: read in their language, with a link to the case. */
@Entity
@Table(name = "notification")
public class Notification {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false)
    private UUID requestId;
    @Column(nullable = false, length = 120)
    private String recipient;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;
    @Column(name = "case_kind", length = 30)
    private String caseKind;
    @Column(name = "case_key", length = 64)
    private String caseKey;
    @Column(length = 300)
    private String link;
    @Column(name = "text_key", nullable = false, length = 120)
    private String textKey;
    @Column(name = "text_args", nullable = false, length = 4000)
    private String textArgs;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(UUID requestId, String recipient, Notice notice, Instant createdAt) {
        this.requestId = requestId;
        this.recipient = recipient;
        this.kind = notice.kind();
        this.caseKind = notice.caseKind();
        this.caseKey = notice.caseKey();
        this.link = notice.link();
        this.textKey = notice.textKey();
        try {
            this.textArgs = JSON.writeValueAsString(notice.args());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public UUID getRequestId() { return requestId; }
    public String getRecipient() { return recipient; }
    public NotificationKind getKind() { return kind; }
    public String getCaseKind() { return caseKind; }
    public String getCaseKey() { return caseKey; }
    public Optional<String> link() { return Optional.ofNullable(link); }
    public String getTextKey() { return textKey; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }

    public Object[] textArgs() {
        try {
            return JSON.readValue(textArgs, new TypeReference<List<String>>() { }).toArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text in the reader's language; arguments made with {@link Notice#translated} are translated too. */
    public String text(tr.bel.izmir.bizizmir.shared.Messages messages, java.util.Locale locale) {
        Object[] args = textArgs();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String a && a.startsWith(Notice.TRANSLATED)) {
                String key = a.substring(Notice.TRANSLATED.length());
                // A key the bundles lack (a department added by a model) shows its last part, not "!key!".
                args[i] = messages.has(key) ? messages.get(key, locale) : key.substring(key.lastIndexOf('.') + 1);
            }
        }
        return messages.get(textKey, locale, args);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
