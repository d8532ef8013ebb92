package tr.bel.izmir.bizizmir.parkevent;

/** Why a park takes no events on a day. */
public enum BlackoutKind { MAINTENANCE, MUNICIPAL_EVENT }
