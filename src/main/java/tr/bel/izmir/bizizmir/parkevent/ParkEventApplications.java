package tr.bel.izmir.bizizmir.parkevent;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.parkevent.internal.AreaSlots;
import tr.bel.izmir.bizizmir.parkevent.internal.CivicGroupRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.EventApplicationRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.EventPhotoRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkBlackouts;
import tr.bel.izmir.bizizmir.parkevent.internal.LivingParkRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkAreaRepository;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.PhotoRules;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;
import tr.bel.izmir.bizizmir.tasks.TaskInbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What civic groups do in Living Parks: apply for an event, revise it when asked, report on it;
 * and what everyone may read (parks, areas, the public calendar). Each command saves the
 * application and moves its process in one transaction. The register of the groups themselves
 * is {@link CivicGroups}.
 */
@Service
public class ParkEventApplications {

    /** Reminder two days before the event; the report is due three days after it. */
    public static final Duration REMINDER_BEFORE = Duration.ofDays(2);
    public static final Duration REPORT_WITHIN = Duration.ofDays(3);
    /**
     * The lead time of ParkEventEligibility.dmn (rule "lead-time"): a revision sent later than
     * this before the event is checked again and found too late, so it is the revision's due date.
     */
    public static final Duration LEAD_TIME = Duration.ofDays(14);
    public static final int MAX_REPORT_PHOTOS = 5;
    public static final PhotoRules REPORT_PHOTOS = new PhotoRules(MAX_REPORT_PHOTOS, "parkevent.error.report-photo-count",
            ParkManagement.PHOTO_ERRORS);
    /** Statuses shown on the public calendar. */
    public static final EnumSet<EventStatus> PUBLIC = EnumSet.of(EventStatus.APPROVED, EventStatus.REPORTED,
            EventStatus.REPORT_OVERDUE, EventStatus.CLOSED);

    private final EventApplicationRepository applications;
    private final CivicGroupRepository groups;
    private final ParkAreaRepository areas;
    private final LivingParkRepository parks;
    private final AreaSlots slots;
    private final ParkBlackouts blackouts;
    private final EventPhotoRepository photos;
    private final tr.bel.izmir.bizizmir.parkevent.internal.ParkEventControlRepository controls;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ParkEventApplications(EventApplicationRepository applications, CivicGroupRepository groups,
                                 ParkAreaRepository areas, LivingParkRepository parks, AreaSlots slots,
                                 ParkBlackouts blackouts, EventPhotoRepository photos,
                                 tr.bel.izmir.bizizmir.parkevent.internal.ParkEventControlRepository controls,
                                 NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser, RuntimeService runtime,
                                 TaskService tasks, TransactionTemplate tx, Clock clock) {
        this.applications = applications;
        this.groups = groups;
        this.areas = areas;
        this.parks = parks;
        this.slots = slots;
        this.blackouts = blackouts;
        this.photos = photos;
        this.controls = controls;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.tasks = tasks;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the group learns right after applying. */
    public record ApplicationResult(long applicationId, EventStatus status, String reasonTr, String reasonEn) {
        public String reason(Locale locale) {
            return "en".equals(locale.getLanguage()) ? reasonEn : reasonTr;
        }
    }

    /**
     * Applies for an event. The same {@code submissionKey} (one per form, created when the form
     * opens) always answers with the same application, so a double-click never books twice.
     * Of two overlapping applications for one area, the database admits exactly one.
     */
    @PreAuthorize("hasRole('civic-group')")
    public ApplicationResult apply(EventRequest request, String submissionKey) {
        String applicant = currentUser.require().username();
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 64) {
            throw new DomainException("parkevent.error.submission-key");
        }
        var existing = applications.findByApplicantAndSubmissionKey(applicant, submissionKey);
        if (existing.isPresent()) {
            return result(existing.get());
        }
        request.validate();
        try {
            return tx.execute(status -> applyInTransaction(applicant, request, submissionKey));
        } catch (DataIntegrityViolationException race) {
            // Either a parallel request with the same key won (answer with its application),
            // or another application took one of the slots first.
            return applications.findByApplicantAndSubmissionKey(applicant, submissionKey).map(this::result)
                    .orElseThrow(() -> new DomainException.Conflict("parkevent.error.overlap"));
        }
    }

    private ApplicationResult applyInTransaction(String applicant, EventRequest r, String key) {
        var group = groups.findById(r.groupId())
                .orElseThrow(() -> new DomainException.NotFound("parkevent.error.group-not-found", r.groupId()));
        if (!group.isRegistered()) {
            throw new DomainException("parkevent.error.group-not-registered");
        }
        if (!group.getRepresentative().equals(applicant)) {
            throw new DomainException("parkevent.error.not-representative");
        }
        var area = areas.findById(r.areaId())
                .orElseThrow(() -> new DomainException.NotFound("parkevent.error.area-not-found", r.areaId()));
        var park = parks.findById(area.getParkId()).orElseThrow();
        if (!park.isActive()) {
            throw new DomainException("parkevent.error.park-inactive");
        }
        Instant now = clock.instant();
        if (!r.startsAt().isAfter(now)) {
            throw new DomainException("parkevent.error.in-past");
        }
        if (!ParkEventLifecycle.withinOpeningHours(park, r.startsAt().atZone(IzmirTime.ZONE).toLocalDateTime(),
                r.endsAt().atZone(IzmirTime.ZONE).toLocalDateTime())) {
            throw new DomainException("parkevent.error.outside-hours", park.getOpeningHour(), park.getClosingHour());
        }
        if (r.expectedAttendance() > area.getCapacity()) {
            throw new DomainException("parkevent.error.over-capacity", area.getCapacity());
        }
        if (!park.getAllowedActivities().contains(r.activityType())) {
            throw new DomainException("parkevent.error.activity-not-allowed");
        }
        // The DMN reads blackouts too (one may be added while a revision is pending); a day
        // known to be closed is refused before anything is saved.
        if (blackouts.anyBetween(park.getId(), r.startsAt().atZone(IzmirTime.ZONE).toLocalDate(),
                r.endsAt().atZone(IzmirTime.ZONE).toLocalDate())) {
            throw new DomainException("parkevent.error.blackout");
        }
        // A friendly answer for the common case; the slots' primary key settles the race.
        if (slots.anyTaken(area.getId(), r.startsAt(), r.endsAt())) {
            throw new DomainException.Conflict("parkevent.error.overlap");
        }
        var application = applications.saveAndFlush(new EventApplication(applicant, key, r, now));
        slots.reserve(area.getId(), application.getId(), r.startsAt(), r.endsAt());
        var variables = Variables.createVariables()
                .putValue(ParkEventApprovalProcess.VAR_APPLICATION_ID, application.getId())
                .putValue(CaseVariables.CASE_TITLE, application.getTitle() + " — " + park.getName())
                // The inbox files the event under the park's neighbourhood (where it happens), not the group's.
                .putValue(CaseVariables.NEIGHBOURHOOD_ID,
                        park.getNeighbourhoodCode().flatMap(neighbourhoods::byCode).map(n -> n.getId()).orElse(null))
                .putValue(ParkEventApprovalProcess.VAR_REMINDER_AT, Date.from(r.startsAt().minus(REMINDER_BEFORE)))
                .putValue(ParkEventApprovalProcess.VAR_EVENT_END, Date.from(r.endsAt()))
                .putValue(ParkEventApprovalProcess.VAR_REPORT_DUE_AT, Date.from(r.endsAt().plus(REPORT_WITHIN)));
        runtime.startProcessInstanceByKey(ParkEventApprovalProcess.KEY, application.getId().toString(), variables);
        // The eligibility decision ran synchronously: an ineligible application is already marked.
        return result(application);
    }

    private ApplicationResult result(EventApplication a) {
        return new ApplicationResult(a.getId(), a.getStatus(), a.getStatusReasonTr(), a.getStatusReasonEn());
    }

    private EventApplication requireOwn(long id) {
        var a = applications.findById(id).orElseThrow(() -> new DomainException.NotFound("parkevent.error.not-found", id));
        if (!a.getApplicant().equals(currentUser.require().username())) {
            throw new DomainException("parkevent.error.not-representative");
        }
        return a;
    }

    private String requireTask(long id, String taskKey) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(ParkEventApprovalProcess.KEY).taskDefinitionKey(taskKey).active().singleResult();
        if (task == null) {
            throw new DomainException.Conflict("parkevent.error.not-waiting");
        }
        return task.getId();
    }

    /**
     * The group answers a request for changes. Area and time stay (they hold the slots); a
     * different slot is a new application. The revised application goes through eligibility again.
     */
    @PreAuthorize("hasRole('civic-group')")
    @Transactional
    public void revise(long applicationId, EventRequest changes) {
        var a = requireOwn(applicationId);
        changes.validate();
        if (changes.areaId() != a.getAreaId() || !changes.startsAt().equals(a.getStartsAt())
                || !changes.endsAt().equals(a.getEndsAt())) {
            throw new DomainException("parkevent.error.revise-slot");
        }
        String taskId = requireTask(applicationId, ParkEventApprovalProcess.TASK_REVISE);
        a.revise(changes, clock.instant());
        a.moveTo(EventStatus.PENDING, null, null, clock.instant());
        tasks.complete(taskId, Map.of(TaskInbox.COMPLETED_BY_PREFIX + ParkEventApprovalProcess.TASK_REVISE, a.getApplicant()));
    }

    /** The group reports after the event, without photos. */
    @PreAuthorize("hasRole('civic-group')")
    @Transactional
    public void fileReport(long applicationId, int actualAttendance, String damageReport) {
        fileReport(applicationId, actualAttendance, damageReport, List.of());
    }

    /**
     * The group reports after the event (attendance, damage, up to five photos) within
     * {@link #REPORT_WITHIN}; the park manager then closes it. Report, photos and the completed
     * task are saved together or not at all.
     */
    @PreAuthorize("hasRole('civic-group')")
    @Transactional
    public void fileReport(long applicationId, int actualAttendance, String damageReport, List<PhotoUpload> reportPhotos) {
        var a = requireOwn(applicationId);
        if (actualAttendance < 0) {
            throw new DomainException("parkevent.error.actual-attendance");
        }
        if (damageReport != null && damageReport.length() > 2000) {
            throw new DomainException("parkevent.error.damage-length", 2000);
        }
        REPORT_PHOTOS.check(reportPhotos);
        Instant now = clock.instant();
        if (a.getStatus() == EventStatus.REPORT_OVERDUE || (a.getStatus() == EventStatus.APPROVED && now.isAfter(reportDueAt(a)))) {
            throw new DomainException("parkevent.error.report-late", REPORT_WITHIN.toDays());
        }
        var task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId))
                .processDefinitionKey(ParkEventApprovalProcess.KEY).taskDefinitionKey(ParkEventApprovalProcess.TASK_FILE_REPORT)
                .active().singleResult();
        if (task == null) {
            // The report task opens when the event's end timer fires.
            throw a.getStatus() == EventStatus.APPROVED && now.isBefore(a.getEndsAt())
                    ? new DomainException("parkevent.error.report-early")
                    : new DomainException.Conflict("parkevent.error.not-waiting");
        }
        String taskId = task.getId();
        a.report(actualAttendance, damageReport, now);
        reportPhotos.forEach(p -> photos.save(new EventPhoto(a.getId(), p)));
        tasks.complete(taskId, Map.of(ParkEventApprovalProcess.VAR_ACTUAL_ATTENDANCE, actualAttendance,
                ParkEventApprovalProcess.VAR_DAMAGE_REPORT, damageReport == null ? "" : damageReport,
                TaskInbox.COMPLETED_BY_PREFIX + ParkEventApprovalProcess.TASK_FILE_REPORT, a.getApplicant()));
    }

    /** Three days after the event ends; the process's boundary timer fires at the same instant. */
    public static Instant reportDueAt(EventApplicationInfo a) {
        return a.getEndsAt().plus(REPORT_WITHIN);
    }

    /** The last moment a revision still passes the lead-time rule. */
    public static Instant reviseDueAt(EventApplicationInfo a) {
        return a.getStartsAt().minus(LEAD_TIME);
    }

    /** The report photos: the group and park managers see them; minors may be in them, so they are not public. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> reportPhotoIds(long applicationId) {
        var a = applications.findById(applicationId)
                .orElseThrow(() -> new DomainException.NotFound("parkevent.error.not-found", applicationId));
        return canSeeReport(a) ? photos.idsOf(applicationId) : List.of();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredPhoto> reportPhoto(long photoId) {
        return photos.findById(photoId)
                .filter(p -> applications.findById(p.getApplicationId()).map(this::canSeeReport).orElse(false))
                .map(StoredPhoto::of);
    }

    /** The applicant and park managers see the whole application, report included. */
    @Transactional(readOnly = true)
    public boolean canSeeReport(EventApplicationInfo a) {
        return currentUser.get().map(u -> u.username().equals(a.getApplicant())
                || u.hasRole(AppRoles.PARK_MANAGER) || u.hasRole(AppRoles.ADMIN)).orElse(false);
    }

    /** The group calls the event off before it starts; its slots are free at once for others. */
    @PreAuthorize("hasRole('civic-group')")
    @Transactional
    public void withdraw(long applicationId) {
        var a = requireOwn(applicationId);
        if (!a.getStatus().isWithdrawable() || !clock.instant().isBefore(a.getStartsAt())) {
            throw new DomainException("parkevent.error.not-withdrawable");
        }
        runtime.createMessageCorrelation(ParkEventApprovalProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(Long.toString(applicationId))
                .correlateWithResult();
    }

    @Transactional(readOnly = true)
    public List<LivingParkInfo> parks() {
        return List.copyOf(parks.findAllByOrderByName());
    }

    @Transactional(readOnly = true)
    public List<ParkAreaInfo> areasOf(long parkId) {
        return List.copyOf(areas.findByParkIdOrderByName(parkId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EventApplicationInfo> myApplications() {
        return List.copyOf(applications.findByApplicantOrderBySubmittedAtDesc(currentUser.require().username()));
    }

    @Transactional(readOnly = true)
    public Optional<EventApplicationInfo> find(long applicationId) {
        return applications.findById(applicationId).map(EventApplicationInfo.class::cast);
    }

    /**
     * Every application of a group, latest event first, for staff reading a group's record on an
     * application's case page (the case page decides which staff may; see DD019).
     */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair','officer','supervisor','park-manager','moderator','process-owner','admin')")
    @Transactional(readOnly = true)
    public List<EventApplicationInfo> ofGroup(long groupId) {
        return List.copyOf(applications.findByGroupIdOrderByStartsAtDesc(groupId));
    }

    /** Approved and past events between two instants, for the public calendar. */
    @Transactional(readOnly = true)
    public List<EventApplicationInfo> publicCalendar(Instant from, Instant to) {
        return List.copyOf(applications.findInWindow(PUBLIC, from, to));
    }

    /** The public calendar with park, area and group names, earliest first. */
    @Transactional(readOnly = true)
    public List<PublicEvent> publicEvents(Instant from, Instant to) {
        return applications.findInWindow(PUBLIC, from, to).stream().map(this::toPublic).toList();
    }

    private PublicEvent toPublic(EventApplication a) {
        var area = areas.findById(a.getAreaId()).orElseThrow();
        var park = parks.findById(area.getParkId()).orElseThrow();
        var group = groups.findById(a.getGroupId()).orElseThrow();
        return new PublicEvent(a.getId(), a.getTitle(), a.getActivityType(), a.getStartsAt(), a.getEndsAt(),
                group.getName(), park.getName(), area.getName(), park.getLatitude(), park.getLongitude(),
                park.getId(), park.getDistrictCode(), a.getStatus());
    }

    /**
     * One event as anyone may see it, if it is (or was) on the public calendar: an approved
     * event the municipality cancelled stays readable, with the reason (DD020).
     */
    @Transactional(readOnly = true)
    public Optional<PublicEvent> publicEvent(long applicationId) {
        return applications.findById(applicationId).filter(a -> PUBLIC.contains(a.getStatus())
                        || a.getStatus() == EventStatus.CANCELLED && controls.findByApplicationIdOrderByActedAtAscIdAsc(a.getId())
                        .stream().anyMatch(c -> PUBLIC.contains(c.getPreviousStatus())))
                .map(this::toPublic);
    }

    @Transactional(readOnly = true)
    public Optional<ParkAreaInfo> area(long areaId) {
        return areas.findById(areaId).map(ParkAreaInfo.class::cast);
    }

    /** One of my applications with what the group must do next and by when. */
    public record MyApplication(EventApplicationInfo application, String groupName, String parkName, String areaName,
                                NextStep nextStep, Instant dueAt) {
    }

    /** What the group may or must do now. */
    public enum NextStep { WAIT_FOR_REVIEW, REVISE, WAIT_FOR_EVENT, FILE_REPORT, WAIT_FOR_CLOSING, NONE }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyApplication> myApplicationsWithSteps() {
        return applications.findByApplicantOrderBySubmittedAtDesc(currentUser.require().username()).stream().map(a -> {
            var area = areas.findById(a.getAreaId()).orElseThrow();
            var park = parks.findById(area.getParkId()).orElseThrow();
            var group = groups.findById(a.getGroupId()).orElseThrow();
            NextStep step;
            Instant due = null;
            switch (a.getStatus()) {
                case PENDING -> step = NextStep.WAIT_FOR_REVIEW;
                case CHANGES_REQUESTED -> {
                    step = NextStep.REVISE;
                    due = reviseDueAt(a);
                }
                case APPROVED -> {
                    // The report task opens when the process's end-of-event timer fires.
                    step = reportTaskOpen(a.getId()) ? NextStep.FILE_REPORT : NextStep.WAIT_FOR_EVENT;
                    due = reportDueAt(a);
                }
                case REPORTED -> step = NextStep.WAIT_FOR_CLOSING;
                default -> step = NextStep.NONE;
            }
            return new MyApplication(a, group.getName(), park.getName(), area.getName(), step, due);
        }).toList();
    }

    private boolean reportTaskOpen(long applicationId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId))
                .processDefinitionKey(ParkEventApprovalProcess.KEY).taskDefinitionKey(ParkEventApprovalProcess.TASK_FILE_REPORT)
                .active().count() > 0;
    }

    /** Parks that take applications now, by name. */
    @Transactional(readOnly = true)
    public List<LivingParkInfo> activeParks() {
        return List.copyOf(parks.findAllByOrderByName().stream().filter(LivingPark::isActive).toList());
    }

    /** How many 30-minute slots an application holds (0 once refused or withdrawn). */
    @Transactional(readOnly = true)
    public int slotsHeldBy(long applicationId) {
        return slots.countHeldBy(applicationId);
    }
}
