package tr.bel.izmir.bizizmir.parkevent;

/** The kinds of event a Living Park may host; each park lists the ones it allows. */
public enum ActivityType { ART, WORKSHOP, PLAY, MEETUP }
