package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** The keys of notices sent once ({@code notification_once}); the primary key settles a race between two nodes. */
@Repository
public class NotificationOnceRepository {

    private final JdbcTemplate jdbc;

    public NotificationOnceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String key) {
        Integer n = jdbc.queryForObject("select count(*) from notification_once where once_key = ?", Integer.class, key);
        return n != null && n > 0;
    }

    /** Inserts the key in the current transaction; a second node inserting it too fails on commit and rolls back its notice. */
    public void record(String key, Instant at) {
        jdbc.update("insert into notification_once (once_key, sent_at) values (?, ?)", key, Timestamp.from(at));
    }
}
