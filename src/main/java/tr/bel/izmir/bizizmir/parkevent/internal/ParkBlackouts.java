package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;

/** Days on which a park hosts no events (fairs, maintenance). */
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
}
