package tr.bel.izmir.bizizmir.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The name a person last signed in with, so lists can show names instead of user names. */
@Entity
@Table(name = "person_name")
public class PersonName {

    @Id
    @Column(length = 120)
    private String username;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonName() {
    }

    public PersonName(String username, String displayName, Instant updatedAt) {
        this.username = username;
        rename(displayName, updatedAt);
    }

    public void rename(String displayName, Instant at) {
        this.displayName = displayName;
        this.updatedAt = at;
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
}
