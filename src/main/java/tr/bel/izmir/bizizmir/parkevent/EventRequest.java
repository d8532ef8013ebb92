package tr.bel.izmir.bizizmir.parkevent;

import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Instant;

/** What a civic group asks for: an area, a time, the event and the support it needs. */
public record EventRequest(long groupId, long areaId, String title, Instant startsAt, Instant endsAt,
                           int expectedAttendance, boolean minors, NoiseLevel noiseLevel, boolean commercial,
                           ActivityType activityType, int tents, boolean power, boolean sound, int chairs, int tables) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 150;
    /** What the parks department can lend to one event at most, whatever its size. */
    public static final int TENTS_MAX = 10;
    public static final int CHAIRS_MAX = 300;
    public static final int TABLES_MAX = 50;

    /** Tents for an event of this size: one per ten people, at least two, at most {@link #TENTS_MAX}. */
    public static int tentsFor(int attendance) {
        return Math.min(TENTS_MAX, Math.max(2, attendance / 10));
    }

    /** Chairs: one per person, at most {@link #CHAIRS_MAX}. */
    public static int chairsFor(int attendance) {
        return Math.min(CHAIRS_MAX, Math.max(0, attendance));
    }

    /** Tables: one per four people, at least two, at most {@link #TABLES_MAX}. */
    public static int tablesFor(int attendance) {
        return Math.min(TABLES_MAX, Math.max(2, attendance / 4));
    }

    /** Checks what needs no database; throws the first problem as a translated error. */
    void validate() {
        if (title == null || title.strip().length() < TITLE_MIN || title.strip().length() > TITLE_MAX) {
            throw new DomainException("parkevent.error.title-length", TITLE_MIN, TITLE_MAX);
        }
        if (startsAt == null || endsAt == null) {
            throw new DomainException("parkevent.error.time-required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainException("parkevent.error.end-before-start");
        }
        if (expectedAttendance < 1) {
            throw new DomainException("parkevent.error.attendance");
        }
        if (noiseLevel == null || activityType == null) {
            throw new DomainException("parkevent.error.kind-required");
        }
        if (tents < 0 || chairs < 0 || tables < 0) {
            throw new DomainException("parkevent.error.support-count");
        }
        if (tents > tentsFor(expectedAttendance) || chairs > chairsFor(expectedAttendance)
                || tables > tablesFor(expectedAttendance)) {
            throw new DomainException("parkevent.error.support-too-many", expectedAttendance,
                    tentsFor(expectedAttendance), chairsFor(expectedAttendance), tablesFor(expectedAttendance));
        }
    }

    public boolean supportRequested() {
        return tents > 0 || power || sound || chairs > 0 || tables > 0;
    }
}
