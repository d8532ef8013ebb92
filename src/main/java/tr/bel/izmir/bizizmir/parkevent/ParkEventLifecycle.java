package tr.bel.izmir.bizizmir.parkevent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.parkevent.internal.AreaSlots;
import tr.bel.izmir.bizizmir.parkevent.internal.CivicGroupRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.EventApplicationRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.LivingParkRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkAreaRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkBlackouts;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The transitions that ParkEventApprovalProcess drives (called by its delegates). Each is
 * idempotent: a retried job finds the application already in the target state and does nothing,
 * so a standing is never changed twice for one event.
 */
@Service
@Transactional
public class ParkEventLifecycle {

    /** A well-run, reported event earns a little trust; problems cost more than success earns. */
    public static final int STANDING_GOOD_EVENT = 5;
    public static final int STANDING_DAMAGE = -20;
    public static final int STANDING_NO_SHOW = -25;
    public static final int STANDING_MISSING_REPORT = -15;

    private static final Logger log = LoggerFactory.getLogger(ParkEventLifecycle.class);

    private final EventApplicationRepository applications;
    private final CivicGroupRepository groups;
    private final ParkAreaRepository areas;
    private final LivingParkRepository parks;
    private final ParkBlackouts blackouts;
    private final AreaSlots slots;
    private final Clock clock;
    private final Notifier notifier;

    public ParkEventLifecycle(EventApplicationRepository applications, CivicGroupRepository groups, ParkAreaRepository areas,
                              LivingParkRepository parks, ParkBlackouts blackouts, AreaSlots slots, Clock clock,
                              Notifier notifier) {
        this.notifier = notifier;
        this.applications = applications;
        this.groups = groups;
        this.areas = areas;
        this.parks = parks;
        this.blackouts = blackouts;
        this.slots = slots;
        this.clock = clock;
    }

    /** Tells the applicant, in the transaction of the change (issue 15). */
    private void tellApplicant(EventApplication a, NotificationKind kind, String textKey, Object... args) {
        notifier.send(Notice.of(kind, textKey, args).toUser(a.getApplicant())
                .about("park-event", a.getId(), "my/park-events/" + a.getId()));
    }

    private EventApplication require(long id) {
        return applications.findById(id).orElseThrow(() -> new DomainException.NotFound("parkevent.error.not-found", id));
    }

    /** The inputs of the eligibility table, read fresh each time (a revision may have changed them). */
    public record EligibilityFacts(boolean withinOpeningHours, int expectedAttendance, int areaCapacity, int leadDays,
                                   boolean commercial, int groupStanding, int otherEventsInMonth, boolean blackoutDate,
                                   boolean supportRequested) {
    }

    /** Statuses that count towards the monthly limit: events that are, or may become, real. */
    static final List<EventStatus> COUNTING = Arrays.stream(EventStatus.values()).filter(EventStatus::holdsSlots).toList();

    @Transactional(readOnly = true)
    public EligibilityFacts eligibilityFacts(long id) {
        var a = require(id);
        var area = areas.findById(a.getAreaId()).orElseThrow();
        var park = parks.findById(area.getParkId()).orElseThrow();
        var group = groups.findById(a.getGroupId()).orElseThrow();
        var start = a.getStartsAt().atZone(IzmirTime.ZONE);
        var end = a.getEndsAt().atZone(IzmirTime.ZONE);
        var month = YearMonth.from(start);
        long others = applications.countOthersOfGroupBetween(group.getId(), a.getId(), COUNTING,
                month.atDay(1).atStartOfDay(IzmirTime.ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(IzmirTime.ZONE).toInstant());
        int leadDays = (int) Duration.between(clock.instant(), a.getStartsAt()).toDays();
        return new EligibilityFacts(withinOpeningHours(park, start.toLocalDateTime(), end.toLocalDateTime()),
                a.getExpectedAttendance(), area.getCapacity(), leadDays, a.isCommercial(), group.getStanding(),
                (int) others, blackouts.anyBetween(park.getId(), start.toLocalDate(), end.toLocalDate()),
                a.supportRequested());
    }

    /**
     * What the park manager needs to see in the review task, in Turkish: area and capacity,
     * time, attendance, minors, noise, the kind of event and the support asked for.
     */
    @Transactional(readOnly = true)
    public String reviewSummary(long id) {
        return reviewSummary(id, false);
    }

    /** The same summary in English, for the forms' English text ({@code eventSummaryEn}). */
    @Transactional(readOnly = true)
    public String reviewSummaryEn(long id) {
        return reviewSummary(id, true);
    }

    private String reviewSummary(long id, boolean english) {
        var a = require(id);
        var area = areas.findById(a.getAreaId()).orElseThrow();
        var group = groups.findById(a.getGroupId()).orElseThrow();
        var start = a.getStartsAt().atZone(IzmirTime.ZONE);
        var end = a.getEndsAt().atZone(IzmirTime.ZONE);
        var support = new java.util.ArrayList<String>();
        if (a.getTentCount() > 0) support.add(a.getTentCount() + (english ? " tents" : " çadır"));
        if (a.isPowerNeeded()) support.add(english ? "power" : "elektrik");
        if (a.isSoundNeeded()) support.add(english ? "sound system" : "ses sistemi");
        if (a.getChairCount() > 0) support.add(a.getChairCount() + (english ? " chairs" : " sandalye"));
        if (a.getTableCount() > 0) support.add(a.getTableCount() + (english ? " tables" : " masa"));
        var day = java.time.format.DateTimeFormatter.ofPattern(english ? "EEEE d MMMM yyyy HH:mm" : "d MMMM yyyy EEEE HH:mm",
                english ? java.util.Locale.UK : new java.util.Locale("tr"));
        var hour = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        if (english) {
            return "Group: " + group.getName() + " (standing " + group.getStanding() + ")"
                    + " · Area: " + area.getName() + " (capacity " + area.getCapacity() + ")"
                    + " · Time: " + day.format(start) + "–" + hour.format(end)
                    + " · Kind: " + a.getActivityType().name().toLowerCase(java.util.Locale.ROOT)
                    + " · Expected attendance: " + a.getExpectedAttendance()
                    + " · Minors: " + (a.isMinors() ? "yes" : "no")
                    + " · Noise: " + a.getNoiseLevel().name().toLowerCase(java.util.Locale.ROOT)
                    + " · Support: " + (support.isEmpty() ? "none" : String.join(", ", support));
        }
        return "Grup: " + group.getName() + " (puan " + group.getStanding() + ")"
                + " · Alan: " + area.getName() + " (kapasite " + area.getCapacity() + ")"
                + " · Zaman: " + day.format(start) + "–" + hour.format(end)
                + " · Tür: " + ACTIVITY_TR.get(a.getActivityType())
                + " · Beklenen katılımcı: " + a.getExpectedAttendance()
                + " · Küçükler: " + (a.isMinors() ? "evet" : "hayır")
                + " · Gürültü: " + NOISE_TR.get(a.getNoiseLevel())
                + " · Destek: " + (support.isEmpty() ? "yok" : String.join(", ", support));
    }

    private static final java.util.Map<ActivityType, String> ACTIVITY_TR = java.util.Map.of(ActivityType.ART, "sanat",
            ActivityType.WORKSHOP, "atölye", ActivityType.PLAY, "oyun", ActivityType.MEETUP, "buluşma");
    private static final java.util.Map<NoiseLevel, String> NOISE_TR = java.util.Map.of(NoiseLevel.LOW, "düşük",
            NoiseLevel.MEDIUM, "orta", NoiseLevel.HIGH, "yüksek");

    /** Start and end on the same day, between the opening hour and the closing hour (24 = midnight). */
    static boolean withinOpeningHours(LivingPark park, LocalDateTime start, LocalDateTime end) {
        var opens = start.toLocalDate().atTime(park.getOpeningHour(), 0);
        var closes = start.toLocalDate().atStartOfDay().plusHours(park.getClosingHour());
        return !start.isBefore(opens) && !end.isAfter(closes);
    }

    public void recordIneligibility(long id, String reasonTr, String reasonEn) {
        var a = require(id);
        if (a.getStatus() != EventStatus.INELIGIBLE) {
            a.moveTo(EventStatus.INELIGIBLE, reasonTr, reasonEn, clock.instant());
        }
        slots.release(id);
    }

    public void refuse(long id, String reason) {
        var a = require(id);
        if (a.getStatus() != EventStatus.REFUSED) {
            a.moveTo(EventStatus.REFUSED, reason, reason, clock.instant());
            tellApplicant(a, NotificationKind.PARK_EVENT_DECISION, "notification.park-event.refused", a.getTitle(), reason);
        }
        slots.release(id);
    }

    public void withdraw(long id) {
        var a = require(id);
        if (a.getStatus() != EventStatus.WITHDRAWN) {
            a.moveTo(EventStatus.WITHDRAWN, null, null, clock.instant());
        }
        slots.release(id);
    }

    /** The municipality called the event off (DD020): the reason is the group's and the public's. */
    public void cancel(long id, String reason) {
        var a = require(id);
        if (a.getStatus() != EventStatus.CANCELLED) {
            a.moveTo(EventStatus.CANCELLED, reason, reason, clock.instant());
            // The group and those who follow the event learn it is off, and why (issue 15).
            notifier.send(Notice.of(NotificationKind.FOLLOWED_CASE, "notification.park-event.cancelled", a.getTitle(), reason)
                    .toUser(a.getApplicant()).toFollowersOf("park-event", id).about("park-event", id, "parks/events/" + id));
        }
        slots.release(id);
    }

    public void requestChanges(long id, String reason) {
        var a = require(id);
        if (a.getStatus() == EventStatus.PENDING) {
            a.moveTo(EventStatus.CHANGES_REQUESTED, reason, reason, clock.instant());
            tellApplicant(a, NotificationKind.PARK_EVENT_DECISION, "notification.park-event.changes", a.getTitle(), reason);
        }
    }

    public void approve(long id) {
        var a = require(id);
        if (a.getStatus() == EventStatus.PENDING) {
            a.moveTo(EventStatus.APPROVED, null, null, clock.instant());
            tellApplicant(a, NotificationKind.PARK_EVENT_DECISION, "notification.park-event.approved", a.getTitle());
        }
    }

    /** The reminder timer: the applicant is notified (in the portal, and by mail if they chose so). */
    public void remind(long id) {
        var a = require(id);
        log.info("Reminder: park event {} '{}' starts at {}", id, a.getTitle(), a.getStartsAt());
        tellApplicant(a, NotificationKind.PARK_EVENT_REMINDER, "notification.park-event.reminder", a.getTitle(),
                Notice.at(a.getStartsAt()));
    }

    /** The event is over (the report task was created): the group is told its report is due by {@code dueAt}. */
    public void reportDue(long id, java.time.Instant dueAt) {
        var a = require(id);
        tellApplicant(a, NotificationKind.PARK_EVENT_REPORT, "notification.park-event.report-due", a.getTitle(), Notice.at(dueAt));
    }

    public void lowerStandingForMissingReport(long id) {
        var a = require(id);
        if (a.getStatus() == EventStatus.APPROVED) {
            a.moveTo(EventStatus.REPORT_OVERDUE, null, null, clock.instant());
            tellApplicant(a, NotificationKind.PARK_EVENT_REPORT, "notification.park-event.report-overdue", a.getTitle());
            groups.findForUpdate(a.getGroupId()).orElseThrow().adjustStanding(STANDING_MISSING_REPORT);
        }
    }

    public void close(long id, boolean damage, boolean noShow, String note) {
        var a = require(id);
        if (a.getStatus() == EventStatus.CLOSED) {
            return;
        }
        a.moveTo(EventStatus.CLOSED, note, note, clock.instant());
        int delta = (noShow ? STANDING_NO_SHOW : 0) + (damage ? STANDING_DAMAGE : 0);
        groups.findForUpdate(a.getGroupId()).orElseThrow().adjustStanding(delta == 0 ? STANDING_GOOD_EVENT : delta);
    }
}
