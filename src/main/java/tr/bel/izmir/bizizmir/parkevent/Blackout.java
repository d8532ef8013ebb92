package tr.bel.izmir.bizizmir.parkevent;

import java.time.LocalDate;

/** A day on which a park hosts no events: maintenance or a municipal event. */
public record Blackout(long id, long parkId, LocalDate day, BlackoutKind kind, String reason) {
}
