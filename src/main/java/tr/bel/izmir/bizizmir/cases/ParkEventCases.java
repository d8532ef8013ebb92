package tr.bel.izmir.bizizmir.cases;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.parkevent.CivicGroupInfo;
import tr.bel.izmir.bizizmir.parkevent.CivicGroups;
import tr.bel.izmir.bizizmir.parkevent.EventApplicationInfo;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkAreaInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.StoredPhoto;
import tr.bel.izmir.bizizmir.parkevent.process.ParkEventApprovalProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case of a park event application. Park managers (the process's people), officers,
 * supervisors and admins see every one; other staff only while they hold or may claim one of
 * its open tasks (DD019). A number that names no application is "not found" for all staff:
 * application numbers are sequential and the public calendar shows them.
 */
@Service
public class ParkEventCases extends CaseKind<EventApplicationInfo, ParkEventCases.Content> {

    /** The case kind in shared tables (notes). */
    public static final String KIND = "park-event";

    private final ParkEventApplications applications;
    private final CivicGroups groups;
    private final ParkManagement parks;

    public ParkEventCases(ParkEventApplications applications, CivicGroups groups, ParkManagement parks, CaseTrails trails) {
        super(KIND, Set.of(ParkEventApprovalProcess.KEY),
                Set.of(AppRoles.PARK_MANAGER, AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN), trails);
        this.applications = applications;
        this.groups = groups;
        this.parks = parks;
    }

    /**
     * What staff decide on: the application with its group, park and area, when its next step is
     * due, the report photos — only for those who may see a report (minors may be in them) — and
     * the group's other applications.
     *
     * @param nextDue the revision's last day while changes are asked for, the report's while approved
     */
    public record Content(EventApplicationInfo application, CivicGroupInfo group, LivingParkInfo park, ParkAreaInfo area,
                          Optional<Instant> nextDue, List<Long> reportPhotoIds, List<EventApplicationInfo> otherEventsOfGroup) {
        public boolean isPublic() {
            return ParkEventApplications.PUBLIC.contains(application.getStatus());
        }
    }

    @Override
    Optional<EventApplicationInfo> find(long id) {
        return applications.find(id);
    }

    @Override
    DomainException.NotFound notFound(long id) {
        return new DomainException.NotFound("parkevent.error.not-found", id);
    }

    @Override
    Content content(long id, EventApplicationInfo a) {
        var area = applications.area(a.getAreaId()).orElseThrow();
        var park = parks.park(area.getParkId()).orElseThrow();
        Optional<Instant> due = switch (a.getStatus()) {
            case CHANGES_REQUESTED -> Optional.of(ParkEventApplications.reviseDueAt(a));
            case APPROVED -> Optional.of(ParkEventApplications.reportDueAt(a));
            default -> Optional.empty();
        };
        var others = applications.ofGroup(a.getGroupId()).stream().filter(other -> !other.getId().equals(id)).toList();
        return new Content(a, groups.find(a.getGroupId()).orElseThrow(), park, area, due,
                applications.reportPhotoIds(id), others);
    }

    /** A report photo of this application, for a reader who may see the case and its report. */
    @PreAuthorize(StaffCases.STAFF)
    @Transactional(readOnly = true)
    public Optional<StoredPhoto> photo(long id, long photoId) {
        require(id);
        return applications.reportPhotoIds(id).contains(photoId) ? applications.reportPhoto(photoId) : Optional.empty();
    }
}
