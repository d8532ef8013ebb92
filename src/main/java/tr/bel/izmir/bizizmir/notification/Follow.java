package tr.bel.izmir.bizizmir.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person follows a case and is told what happens to it. */
@Entity
@Table(name = "notification_follow")
@IdClass(Follow.Key.class)
public class Follow {

    @Id
    @Column(length = 120)
    private String username;
    @Id
    @Column(name = "case_kind", length = 30)
    private String caseKind;
    @Id
    @Column(name = "case_key", length = 64)
    private String caseKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    public Follow(String username, String caseKind, String caseKey, Instant createdAt) {
        this.username = username;
        this.caseKind = caseKind;
        this.caseKey = caseKey;
        this.createdAt = createdAt;
    }

    public String getUsername() { return username; }
    public String getCaseKind() { return caseKind; }
    public String getCaseKey() { return caseKey; }
    public Instant getCreatedAt() { return createdAt; }

    /** The composite key: person and case. */
    public static class Key implements Serializable {
        private String username;
        private String caseKind;
        private String caseKey;

        public Key() {
        }

        public Key(String username, String caseKind, String caseKey) {
            this.username = username;
            this.caseKind = caseKind;
            this.caseKey = caseKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(caseKind, k.caseKind)
                    && Objects.equals(caseKey, k.caseKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, caseKind, caseKey);
        }
    }
}
