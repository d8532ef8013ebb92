package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The 30-minute slots an event holds in its area. The table's primary key (area, slot start)
 * is what makes double-booking impossible: of two overlapping applications committed at once,
 * the database lets one insert its slots and refuses the other.
 */
@Repository
public class AreaSlots {

    public static final Duration SLOT = Duration.ofMinutes(30);

    private final JdbcTemplate jdbc;

    public AreaSlots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every slot the interval touches: a 10:15–11:00 event holds 10:00 and 10:30. */
    public static List<Instant> slotsOf(Instant start, Instant end) {
        long slotSeconds = SLOT.toSeconds();
        long first = Math.floorDiv(start.getEpochSecond(), slotSeconds) * slotSeconds;
        List<Instant> slots = new ArrayList<>();
        for (Instant s = Instant.ofEpochSecond(first); s.isBefore(end); s = s.plus(SLOT)) {
            slots.add(s.truncatedTo(ChronoUnit.SECONDS));
        }
        return slots;
    }

    /** Whether another application already holds one of these slots (a friendly early check). */
    public boolean anyTaken(long areaId, Instant start, Instant end) {
        List<Instant> slots = slotsOf(start, end);
        Integer n = jdbc.queryForObject("select count(*) from park_area_slot where area_id = ? and slot_start >= ? and slot_start <= ?",
                Integer.class, areaId, utc(slots.get(0)), utc(slots.get(slots.size() - 1)));
        return n != null && n > 0;
    }

    /** Inserts the slots; a {@link org.springframework.dao.DuplicateKeyException} means someone holds one. */
    public void reserve(long areaId, long applicationId, Instant start, Instant end) {
        List<Object[]> rows = slotsOf(start, end).stream()
                .map(s -> new Object[]{areaId, utc(s), applicationId}).toList();
        jdbc.batchUpdate("insert into park_area_slot (area_id, slot_start, application_id) values (?, ?, ?)", rows);
    }

    /** Bound as UTC offset date-times, whatever the JVM's zone, like the JPA side (hibernate.jdbc.time_zone). */
    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public void release(long applicationId) {
        jdbc.update("delete from park_area_slot where application_id = ?", applicationId);
    }

    public int countHeldBy(long applicationId) {
        Integer n = jdbc.queryForObject("select count(*) from park_area_slot where application_id = ?", Integer.class, applicationId);
        return n == null ? 0 : n;
    }
}
