package tr.bel.izmir.bizizmir.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;

/** The candidate groups a person held when last seen signed in: how groups are expanded to people. */
@Entity
@Table(name = "notification_member")
public class NotificationMember {

    @Id
    @Column(length = 120)
    private String username;
    /** Comma-separated with a comma at each end, so {@code like '%,officer,%'} finds a member. */
    @Column(name = "group_names", nullable = false, length = 2000)
    private String groupNames;
    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected NotificationMember() {
    }

    public NotificationMember(String username, Collection<String> groups, Instant seenAt) {
        this.username = username;
        seen(groups, seenAt);
    }

    public String getUsername() { return username; }
    public String getGroupNames() { return groupNames; }

    public static String encode(Collection<String> groups) {
        return "," + String.join(",", new TreeSet<>(groups)) + ",";
    }

    /** @return whether anything changed */
    public boolean seen(Collection<String> groups, Instant at) {
        String encoded = encode(groups);
        boolean changed = !encoded.equals(groupNames);
        this.groupNames = encoded;
        this.seenAt = at;
        return changed;
    }
}
