package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tr.bel.izmir.bizizmir.parkevent.Blackout;
import tr.bel.izmir.bizizmir.parkevent.BlackoutKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Days on which a park hosts no events (fairs, maintenance); one row a day, unique per park. */
@Repository
public class ParkBlackouts {

    private final JdbcTemplate jdbc;

    public ParkBlackouts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean anyBetween(long parkId, LocalDate firstDay, LocalDate lastDay) {
        Integer n = jdbc.queryForObject("select count(*) from park_blackout where park_id = ? and blackout_day between ? and ?",
                Integer.class, parkId, firstDay, lastDay);
        return n != null && n > 0;
    }

    /** The park's blackout days from a day on, earliest first. */
    public List<Blackout> from(long parkId, LocalDate firstDay) {
        return jdbc.query("select id, park_id, blackout_day, kind, reason from park_blackout where park_id = ? and blackout_day >= ?"
                        + " order by blackout_day",
                (rs, i) -> new Blackout(rs.getLong("id"), rs.getLong("park_id"), rs.getObject("blackout_day", LocalDate.class),
                        BlackoutKind.valueOf(rs.getString("kind")), rs.getString("reason")),
                parkId, firstDay);
    }

    public Optional<Blackout> find(long id) {
        return jdbc.query("select id, park_id, blackout_day, kind, reason from park_blackout where id = ?",
                (rs, i) -> new Blackout(rs.getLong("id"), rs.getLong("park_id"), rs.getObject("blackout_day", LocalDate.class),
                        BlackoutKind.valueOf(rs.getString("kind")), rs.getString("reason")), id).stream().findFirst();
    }

    /** One row a day; a {@link org.springframework.dao.DuplicateKeyException} means a day is already closed. */
    public void add(long parkId, List<LocalDate> days, BlackoutKind kind, String reason) {
        jdbc.batchUpdate("insert into park_blackout (park_id, blackout_day, kind, reason) values (?, ?, ?, ?)",
                days.stream().map(d -> new Object[]{parkId, d, kind.name(), reason}).toList());
    }

    public int remove(long id) {
        return jdbc.update("delete from park_blackout where id = ?", id);
    }
}
