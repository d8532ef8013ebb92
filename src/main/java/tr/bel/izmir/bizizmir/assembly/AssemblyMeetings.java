package tr.bel.izmir.bizizmir.assembly;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMeetingRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMemberRepository;
import tr.bel.izmir.bizizmir.assembly.internal.MeetingAgendaItemRepository;
import tr.bel.izmir.bizizmir.assembly.internal.MeetingAttendanceRepository;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assembly meetings: the chair schedules a meeting with an agenda, members confirm whether they
 * come, and after the meeting the secretary records who was present and the minutes, which are
 * published at once with the quorum: more than half of the serving members present, the same
 * rule as the outcome tables of assembly votes.
 */
@Service
@Transactional
public class AssemblyMeetings {

    public static final int MAX_AGENDA_ITEMS = 30;
    public static final int MAX_AGENDA_ITEM = 300;
    public static final int MAX_PLACE = 200;
    public static final int MAX_LINK = 500;
    public static final int MIN_MINUTES = 20;
    public static final int MAX_MINUTES = 8000;
    public static final int MIN_CANCEL_REASON = 10;
    public static final int MAX_CANCEL_REASON = 1000;

    /** A meeting with its agenda and, for members, the attendance list. */
    public record MeetingView(AssemblyMeeting meeting, List<String> agenda, List<MeetingAttendance> attendance) {
        public long confirmedAttending() {
            return attendance.stream().filter(a -> a.getConfirmed().orElse(false)).count();
        }
    }

    private final AssemblyMeetingRepository meetings;
    private final MeetingAgendaItemRepository agenda;
    private final MeetingAttendanceRepository attendance;
    private final AssemblyMemberRepository members;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int noticeDays;
    private final Notifier notifier;

    public AssemblyMeetings(AssemblyMeetingRepository meetings, MeetingAgendaItemRepository agenda,
                            MeetingAttendanceRepository attendance, AssemblyMemberRepository members,
                            CurrentUser currentUser, Clock clock,
                            @Value("${bizizmir.assembly.meeting-notice-days:3}") int noticeDays, Notifier notifier) {
        this.noticeDays = noticeDays;
        this.notifier = notifier;
        this.meetings = meetings;
        this.agenda = agenda;
        this.attendance = attendance;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return IzmirTime.now(clock).toLocalDate();
    }

    private List<AssemblyMember> serving(long assemblyId) {
        var today = today();
        return members.findByAssemblyId(assemblyId).stream().filter(m -> m.servesOn(today)).toList();
    }

    private AssemblyMember requireServing(long assemblyId, String username, AssemblyMember.Role role, String errorKey) {
        return members.findByAssemblyIdAndUsername(assemblyId, username)
                .filter(m -> m.servesOn(today()))
                .filter(m -> role == null || m.getRole() == role)
                .orElseThrow(() -> new DomainException(errorKey));
    }

    /**
     * The serving chair schedules a meeting at least the notice period ahead
     * ({@code bizizmir.assembly.meeting-notice-days}), somewhere (a place, an online link or
     * both), with at least one agenda item; blank agenda lines are ignored.
     */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    public AssemblyMeeting schedule(long assemblyId, LocalDateTime startsAt, String place, String onlineLink, List<String> agendaItems) {
        String chair = currentUser.require().username();
        requireServing(assemblyId, chair, AssemblyMember.Role.CHAIR, "meeting.error.not-chair");
        var plan = plan(startsAt, place, onlineLink, agendaItems);
        requireNotice(plan.at());
        var meeting = meetings.saveAndFlush(new AssemblyMeeting(assemblyId, plan.at(), plan.place(), plan.link(), chair, clock.instant()));
        saveAgenda(meeting.getId(), plan.agenda());
        tellMembers(meeting, "notification.meeting.scheduled", chair);
        return meeting;
    }

    /** The serving members of the meeting's assembly hear of it, except the one who did it (issue 15). */
    private void tellMembers(AssemblyMeeting meeting, String textKey, String by) {
        Notice notice = Notice.of(NotificationKind.ASSEMBLY_MEETING, textKey, Notice.at(meeting.getStartsAt()),
                meeting.getPlace().orElse("")).about("assembly-meeting", meeting.getId(), "assembly/meetings").exceptUser(by);
        for (var m : serving(meeting.getAssemblyId())) {
            notice = notice.toUser(m.getUsername());
        }
        notifier.send(notice);
    }

    /**
     * The serving chair changes a meeting that has not started: its time (a new time needs the
     * same notice as a new meeting, and members' answers for the old time are cleared), place,
     * link and agenda.
     */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    public AssemblyMeeting change(long meetingId, LocalDateTime startsAt, String place, String onlineLink, List<String> agendaItems) {
        var meeting = requireChangeable(meetingId);
        var plan = plan(startsAt, place, onlineLink, agendaItems);
        if (!plan.at().equals(meeting.getStartsAt())) {
            requireNotice(plan.at());
            attendance.findByMeetingIdOrderByMember(meetingId).forEach(MeetingAttendance::clearConfirmation);
        }
        meeting.change(plan.at(), plan.place(), plan.link());
        agenda.deleteAllInBatch(agenda.findByMeetingIdOrderByPosition(meetingId));
        saveAgenda(meetingId, plan.agenda());
        tellMembers(meeting, "notification.meeting.changed", currentUser.require().username());
        return meeting;
    }

    /** The serving chair cancels a meeting that has not started, with a reason members and the public see. */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    public void cancel(long meetingId, String reason) {
        var meeting = requireChangeable(meetingId);
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_CANCEL_REASON) {
            throw new DomainException("meeting.error.cancel-reason", MIN_CANCEL_REASON);
        }
        if (text.length() > MAX_CANCEL_REASON) {
            throw new DomainException("meeting.error.cancel-reason-too-long", MAX_CANCEL_REASON);
        }
        meeting.cancel(text, currentUser.require().username(), clock.instant());
        tellMembers(meeting, "notification.meeting.cancelled", currentUser.require().username());
    }

    /** The notice period, for forms that say it before anyone submits. */
    public int noticeDays() {
        return noticeDays;
    }

    private AssemblyMeeting requireChangeable(long meetingId) {
        var meeting = meetings.lockById(meetingId)
                .orElseThrow(() -> new DomainException.NotFound("meeting.error.not-found", meetingId));
        requireServing(meeting.getAssemblyId(), currentUser.require().username(), AssemblyMember.Role.CHAIR, "meeting.error.not-chair");
        if (meeting.isCancelled()) {
            throw new DomainException.Conflict("meeting.error.cancelled");
        }
        if (!meeting.getStartsAt().isAfter(clock.instant())) {
            throw new DomainException.Conflict("meeting.error.started-no-change");
        }
        return meeting;
    }

    private void requireNotice(Instant at) {
        if (at.isBefore(clock.instant().plus(Duration.ofDays(noticeDays)))) {
            throw new DomainException("meeting.error.notice", noticeDays);
        }
    }

    private record Plan(Instant at, String place, String link, List<String> agenda) {
    }

    /** The checks every meeting's time, place and agenda pass, for a new meeting and a change alike. */
    private Plan plan(LocalDateTime startsAt, String place, String onlineLink, List<String> agendaItems) {
        List<String> items = agendaItems == null ? List.of()
                : agendaItems.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (items.isEmpty()) {
            throw new DomainException("meeting.error.agenda-empty");
        }
        if (startsAt == null) {
            throw new DomainException("meeting.error.time-required");
        }
        // Meetings start on the minute; a stored time then compares equal to the one shown in a form.
        Instant at = startsAt.truncatedTo(ChronoUnit.MINUTES).atZone(IzmirTime.ZONE).toInstant();
        if (!at.isAfter(clock.instant())) {
            throw new DomainException("meeting.error.in-the-past");
        }
        String where = place == null ? "" : place.strip();
        String link = onlineLink == null ? "" : onlineLink.strip();
        if (where.isEmpty() && link.isEmpty()) {
            throw new DomainException("meeting.error.where-required");
        }
        if (where.length() > MAX_PLACE) {
            throw new DomainException("meeting.error.place-too-long", MAX_PLACE);
        }
        if (!link.isEmpty() && (!link.startsWith("https://") || link.length() > MAX_LINK || link.chars().anyMatch(Character::isWhitespace))) {
            throw new DomainException("meeting.error.link", MAX_LINK);
        }
        if (items.size() > MAX_AGENDA_ITEMS) {
            throw new DomainException("meeting.error.agenda-too-long", MAX_AGENDA_ITEMS);
        }
        if (items.stream().anyMatch(i -> i.length() > MAX_AGENDA_ITEM)) {
            throw new DomainException("meeting.error.agenda-item-too-long", MAX_AGENDA_ITEM);
        }
        return new Plan(at, where.isEmpty() ? null : where, link.isEmpty() ? null : link, items);
    }

    private void saveAgenda(long meetingId, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            agenda.save(new MeetingAgendaItem(meetingId, i + 1, items.get(i)));
        }
    }

    /** A serving member says, before the meeting, whether they will come; they may change their answer. */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    public void confirm(long meetingId, boolean attending) {
        String username = currentUser.require().username();
        var meeting = require(meetingId);
        requireServing(meeting.getAssemblyId(), username, null, "meeting.error.not-a-member");
        if (meeting.isCancelled()) {
            throw new DomainException.Conflict("meeting.error.cancelled");
        }
        if (!meeting.getStartsAt().isAfter(clock.instant())) {
            throw new DomainException.Conflict("meeting.error.already-started");
        }
        attendance.findByMeetingIdAndMember(meetingId, username)
                .orElseGet(() -> attendance.save(new MeetingAttendance(meetingId, username)))
                .confirm(attending);
    }

    /**
     * The serving secretary or chair records, once the meeting has started, who was present and
     * the minutes; both are published at once with the quorum computed from attendance. The chair
     * may, so that an assembly without a secretary is not stuck.
     */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    public AssemblyMeeting recordMinutes(long meetingId, String minutes, Collection<String> present) {
        String secretary = currentUser.require().username();
        var meeting = meetings.lockById(meetingId)
                .orElseThrow(() -> new DomainException.NotFound("meeting.error.not-found", meetingId));
        requireRecorder(meeting.getAssemblyId(), secretary);
        if (meeting.isCancelled()) {
            throw new DomainException.Conflict("meeting.error.cancelled");
        }
        if (meeting.isRecorded()) {
            throw new DomainException.Conflict("meeting.error.already-recorded");
        }
        if (meeting.getStartsAt().isAfter(clock.instant())) {
            throw new DomainException("meeting.error.not-yet-held");
        }
        String text = minutes == null ? "" : minutes.strip();
        if (text.length() < MIN_MINUTES) {
            throw new DomainException("meeting.error.minutes-too-short", MIN_MINUTES);
        }
        if (text.length() > MAX_MINUTES) {
            throw new DomainException("meeting.error.minutes-too-long", MAX_MINUTES);
        }
        Set<String> servingNames = serving(meeting.getAssemblyId()).stream().map(AssemblyMember::getUsername)
                .collect(Collectors.toSet());
        Set<String> presentNames = present == null ? Set.of() : new HashSet<>(present);
        if (!servingNames.containsAll(presentNames)) {
            throw new DomainException("meeting.error.present-not-member");
        }
        for (String member : servingNames) {
            attendance.findByMeetingIdAndMember(meetingId, member)
                    .orElseGet(() -> attendance.save(new MeetingAttendance(meetingId, member)))
                    .record(presentNames.contains(member));
        }
        int membersCount = servingNames.size();
        int presentCount = presentNames.size();
        meeting.publishMinutes(text, secretary, membersCount, presentCount, quorum(membersCount, presentCount), clock.instant());
        tellMembers(meeting, "notification.meeting.minutes", secretary);
        return meeting;
    }

    /** The serving secretary or chair, who keep a meeting's record. */
    void requireRecorder(long assemblyId, String username) {
        members.findByAssemblyIdAndUsername(assemblyId, username)
                .filter(m -> m.servesOn(today()))
                .filter(m -> m.getRole() == AssemblyMember.Role.SECRETARY || m.getRole() == AssemblyMember.Role.CHAIR)
                .orElseThrow(() -> new DomainException("meeting.error.not-secretary"));
    }

    /** Quorum: more than half of the serving members present. */
    public static boolean quorum(int members, int present) {
        return members > 0 && present * 2 > members;
    }

    /** The meetings of an assembly, newest first, with agenda; public (attendance names only to members). */
    @Transactional(readOnly = true)
    public List<MeetingView> ofAssembly(long assemblyId) {
        boolean member = currentUser.get().flatMap(u -> members.findByAssemblyIdAndUsername(assemblyId, u.username()))
                .filter(m -> m.servesOn(today())).isPresent();
        return meetings.findByAssemblyIdOrderByStartsAtDesc(assemblyId).stream()
                .map(m -> view(m, member)).toList();
    }

    /** Meetings of the assemblies the signed-in person serves on, soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingView> ofMyAssemblies() {
        String username = currentUser.require().username();
        var today = today();
        var assemblyIds = members.findByUsername(username).stream().filter(m -> m.servesOn(today))
                .map(AssemblyMember::getAssemblyId).toList();
        if (assemblyIds.isEmpty()) {
            return List.of();
        }
        return meetings.findByAssemblyIdInOrderByStartsAtAsc(assemblyIds).stream().map(m -> view(m, true)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MeetingView> find(long meetingId) {
        return meetings.findById(meetingId).map(m -> view(m, false));
    }

    /** The serving members of the meeting's assembly, for the secretary's attendance list. */
    @Transactional(readOnly = true)
    public List<String> servingMembers(long meetingId) {
        return serving(require(meetingId).getAssemblyId()).stream().map(AssemblyMember::getUsername).sorted().toList();
    }

    private MeetingView view(AssemblyMeeting m, boolean withAttendance) {
        return new MeetingView(m, agenda.findByMeetingIdOrderByPosition(m.getId()).stream().map(MeetingAgendaItem::getTitle).toList(),
                withAttendance ? attendance.findByMeetingIdOrderByMember(m.getId()) : List.of());
    }

    private AssemblyMeeting require(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new DomainException.NotFound("meeting.error.not-found", meetingId));
    }
}
