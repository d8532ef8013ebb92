package tr.bel.izmir.bizizmir.cases;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.parkevent.CivicGroup;
import tr.bel.izmir.bizizmir.parkevent.EventApplication;
import tr.bel.izmir.bizizmir.parkevent.LivingPark;
import tr.bel.izmir.bizizmir.parkevent.ParkArea;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.StoredPhoto;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The case of a park event application. Park managers (the process's people), officers,
 * supervisors and admins see every one; other staff only while they hold or may claim one of
 * its open tasks (DD019). A number that names no application is "not found" for all staff:
 * application numbers are sequential and the public calendar shows them.
 */
@Service
public class ParkEventCases {

    /** The case kind in shared tables (notes). */
    public static final String KIND = "park-event";
    public static final Set<String> PROCESSES = Set.of(ParkEventApprovalProcess.KEY);
    public static final Set<String> SEE_EVERY = Set.of(AppRoles.PARK_MANAGER, AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN);

    private final ParkEventApplications applications;
    private final ParkManagement parks;
    private final CaseTrails trails;

    public ParkEventCases(ParkEventApplications applications, ParkManagement parks, CaseTrails trails) {
        this.applications = applications;
        this.parks = parks;
        this.trails = trails;
    }

    /**
     * What staff decide on: the application with its group, park and area, when its next step is
     * due, and the report photos — only for those who may see a report (minors may be in them).
     *
     * @param nextDue the revision's last day while changes are asked for, the report's while approved
     */
    public record Content(EventApplication application, CivicGroup group, LivingPark park, ParkArea area,
                          Optional<Instant> nextDue, List<Long> reportPhotoIds) {
        public boolean isPublic() {
            return ParkEventApplications.PUBLIC.contains(application.getStatus());
        }
    }

    /** The case page: the content, the group's other applications, and the trail. */
    public record CaseFile(Content content, List<EventApplication> otherEventsOfGroup, CaseTrail trail) {
    }

    @PreAuthorize(StaffCases.STAFF)
    public boolean maySee(long id) {
        return trails.hasAnyRole(SEE_EVERY) || trails.worksOn(id, PROCESSES);
    }

    /**
     * @throws DomainException.NotFound when no application has this number
     * @throws AccessDeniedException when the person may not see it
     */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public Content content(long id) {
        var a = require(id);
        var area = applications.area(a.getAreaId()).orElseThrow();
        var park = parks.park(area.getParkId()).orElseThrow();
        Optional<Instant> due = switch (a.getStatus()) {
            case CHANGES_REQUESTED -> Optional.of(ParkEventApplications.reviseDueAt(a));
            case APPROVED -> Optional.of(ParkEventApplications.reportDueAt(a));
            default -> Optional.empty();
        };
        return new Content(a, applications.group(a.getGroupId()).orElseThrow(), park, area, due, applications.reportPhotoIds(id));
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public CaseFile file(long id, Locale locale) {
        var content = content(id);
        var others = applications.ofGroup(content.group().getId()).stream().filter(a -> !a.getId().equals(id)).toList();
        return new CaseFile(content, others, trails.trail(KIND, id, PROCESSES, locale));
    }

    @PreAuthorize(StaffCases.STAFF)
    @Transactional
    public CaseNote addNote(long id, String text) {
        require(id);
        return trails.addNote(KIND, id, text);
    }

    /** A report photo of this application, for a reader who may see the case and its report. */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public Optional<StoredPhoto> photo(long id, long photoId) {
        require(id);
        return applications.reportPhotoIds(id).contains(photoId) ? applications.reportPhoto(photoId) : Optional.empty();
    }

    private EventApplication require(long id) {
        var application = applications.find(id).orElseThrow(() -> new DomainException.NotFound("parkevent.error.not-found", id));
        if (!maySee(id)) {
            throw new AccessDeniedException("park event case " + id);
        }
        return application;
    }
}
