package tr.bel.izmir.bizizmir.parkevent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.parkevent.internal.CivicGroupRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.EventApplicationRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.EventPhotoRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkAreaRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * KVKK for Living Parks: the civic groups a person represents, the event applications they
 * filed with their support requests, decisions and reports, for the privacy feature's export
 * and erasure. Erasure keeps the group and its events (they are the group's, and the public
 * calendar and the group's standing rest on them) but replaces the person's account name with
 * a random pseudonym, so nothing links them to the person any more.
 */
@Service
public class ParkEventPersonalData {

    private final CivicGroupRepository groups;
    private final EventApplicationRepository applications;
    private final ParkAreaRepository areas;
    private final EventPhotoRepository photos;

    public ParkEventPersonalData(CivicGroupRepository groups, EventApplicationRepository applications,
                                 ParkAreaRepository areas, EventPhotoRepository photos) {
        this.groups = groups;
        this.applications = applications;
        this.areas = areas;
        this.photos = photos;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> personalData(String username) {
        var data = new LinkedHashMap<String, Object>();
        data.put("civicGroupsRepresented", groups.findByRepresentativeOrderByName(username).stream()
                .map(g -> Map.of("name", g.getName(), "neighbourhood", String.valueOf(g.getNeighbourhoodCode()),
                        "standing", g.getStanding(), "registered", g.isRegistered()))
                .toList());
        data.put("parkEventApplications", applications.findByApplicantOrderBySubmittedAtDesc(username).stream()
                .map(this::application).toList());
        return data;
    }

    private Map<String, Object> application(EventApplication a) {
        var m = new LinkedHashMap<String, Object>();
        m.put("title", a.getTitle());
        m.put("area", areas.findById(a.getAreaId()).map(ParkArea::getName).orElse("#" + a.getAreaId()));
        m.put("startsAt", a.getStartsAt().toString());
        m.put("endsAt", a.getEndsAt().toString());
        m.put("activity", a.getActivityType().name());
        m.put("expectedAttendance", a.getExpectedAttendance());
        m.put("support", Map.of("tents", a.getTentCount(), "chairs", a.getChairCount(), "tables", a.getTableCount(),
                "power", a.isPowerNeeded(), "sound", a.isSoundNeeded()));
        m.put("status", a.getStatus().name());
        m.put("statusReason", a.getStatusReasonTr() == null ? "" : a.getStatusReasonTr());
        m.put("submittedAt", a.getSubmittedAt() == null ? "" : a.getSubmittedAt().toString());
        if (a.getReportedAt() != null) {
            m.put("report", Map.of("actualAttendance", a.getActualAttendance() == null ? 0 : a.getActualAttendance(),
                    "damage", a.getDamageReport() == null ? "" : a.getDamageReport(),
                    "reportedAt", a.getReportedAt().toString(),
                    "photos", photos.idsOf(a.getId()).size()));
        }
        return m;
    }

    @Transactional
    public void erase(String username) {
        List.copyOf(groups.findByRepresentativeOrderByName(username))
                .forEach(g -> g.pseudonymiseRepresentative("erased-" + UUID.randomUUID()));
        List.copyOf(applications.findByApplicantOrderBySubmittedAtDesc(username))
                .forEach(a -> a.pseudonymiseApplicant("erased-" + UUID.randomUUID()));
    }
}
