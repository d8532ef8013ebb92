package tr.bel.izmir.bizizmir.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The channel a person chose for one kind of notification. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

    @Id
    @Column(length = 120)
    private String username;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private NotificationKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationChannel channel;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, NotificationKind kind, NotificationChannel channel) {
        this.username = username;
        this.kind = kind;
        this.channel = channel;
    }

    public String getUsername() { return username; }
    public NotificationKind getKind() { return kind; }
    public NotificationChannel getChannel() { return channel; }

    public void channel(NotificationChannel channel) {
        this.channel = channel;
    }

    /** The composite key: person and kind. */
    public static class Key implements Serializable {
        private String username;
        private NotificationKind kind;

        public Key() {
        }

        public Key(String username, NotificationKind kind) {
            this.username = username;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(username, k.username) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(username, kind);
        }
    }
}
