package tr.bel.izmir.bizizmir.parkevent;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.parkevent.internal.EventApplicationRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.LivingParkRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkAreaRepository;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkBlackouts;
import tr.bel.izmir.bizizmir.parkevent.internal.ParkPhotoRepository;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Images;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.PhotoRules;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * What park managers keep up to date: the Living Parks, their areas, photos and blackout days.
 * Eligibility and the calendar check read the same rows, so a blackout added here refuses new
 * applications for that day at once.
 */
@Service
public class ParkManagement {

    public static final int AREA_NAME_MIN = 2;
    public static final int AREA_NAME_MAX = 150;
    public static final int AREA_CAPACITY_MAX = 10_000;
    public static final int MAX_PARK_PHOTOS = 8;
    /** Park and event report photos are refused with the same words as a proposal's. */
    static final Images.ErrorKeys PHOTO_ERRORS = new Images.ErrorKeys("proposal.error.photo-empty",
            "proposal.error.photo-too-big", "proposal.error.photo-type");
    public static final PhotoRules PARK_PHOTOS = new PhotoRules(MAX_PARK_PHOTOS, "parkevent.error.park-photo-count", PHOTO_ERRORS);
    public static final int BLACKOUT_MAX_DAYS = 366;
    public static final int BLACKOUT_REASON_MIN = 3;
    public static final int BLACKOUT_REASON_MAX = 300;
    /** Events that are, or may become, real on a day the manager wants to close. */
    static final EnumSet<EventStatus> HELD = EnumSet.of(EventStatus.PENDING, EventStatus.CHANGES_REQUESTED, EventStatus.APPROVED);

    private final LivingParkRepository parks;
    private final ParkAreaRepository areas;
    private final ParkBlackouts blackouts;
    private final ParkPhotoRepository photos;
    private final EventApplicationRepository applications;
    private final NeighbourhoodCatalog catalog;
    private final ParkEventControls controls;
    private final Clock clock;

    public ParkManagement(LivingParkRepository parks, ParkAreaRepository areas, ParkBlackouts blackouts,
                          ParkPhotoRepository photos, EventApplicationRepository applications,
                          NeighbourhoodCatalog catalog, ParkEventControls controls, Clock clock) {
        this.controls = controls;
        this.parks = parks;
        this.areas = areas;
        this.blackouts = blackouts;
        this.photos = photos;
        this.applications = applications;
        this.catalog = catalog;
        this.clock = clock;
    }

    private LivingPark requirePark(long id) {
        return parks.findById(id).orElseThrow(() -> new DomainException.NotFound("parkevent.error.park-not-found", id));
    }

    private void checkDistrict(ParkSpec spec) {
        var district = catalog.districts().stream().filter(d -> d.getCode().equals(spec.districtCode())).findFirst()
                .orElseThrow(() -> new DomainException("parkevent.error.park-district"));
        if (spec.neighbourhoodCode() != null && !spec.neighbourhoodCode().isBlank()
                && catalog.byCode(spec.neighbourhoodCode()).filter(n -> n.getDistrict().getId().equals(district.getId())).isEmpty()) {
            throw new DomainException("parkevent.error.park-neighbourhood");
        }
    }

    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public LivingParkInfo createPark(ParkSpec spec) {
        spec.validate();
        checkDistrict(spec);
        if (parks.existsByNameIgnoreCase(spec.name().strip())) {
            throw new DomainException.Conflict("parkevent.error.park-name-taken", spec.name().strip());
        }
        return parks.saveAndFlush(new LivingPark(spec));
    }

    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public LivingParkInfo updatePark(long parkId, ParkSpec spec) {
        spec.validate();
        checkDistrict(spec);
        var park = requirePark(parkId);
        if (parks.existsByNameIgnoreCaseAndIdNot(spec.name().strip(), parkId)) {
            throw new DomainException.Conflict("parkevent.error.park-name-taken", spec.name().strip());
        }
        park.update(spec);
        return park;
    }

    private static void validateArea(String name, int capacity) {
        if (name == null || name.strip().length() < AREA_NAME_MIN || name.strip().length() > AREA_NAME_MAX) {
            throw new DomainException("parkevent.error.area-name", AREA_NAME_MIN, AREA_NAME_MAX);
        }
        if (capacity < 1 || capacity > AREA_CAPACITY_MAX) {
            throw new DomainException("parkevent.error.area-capacity", AREA_CAPACITY_MAX);
        }
    }

    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public ParkAreaInfo addArea(long parkId, String name, int capacity) {
        validateArea(name, capacity);
        requirePark(parkId);
        if (areas.existsByParkIdAndNameIgnoreCase(parkId, name.strip())) {
            throw new DomainException.Conflict("parkevent.error.area-name-taken", name.strip());
        }
        return areas.saveAndFlush(new ParkArea(parkId, name, capacity));
    }

    /**
     * Renames an area or changes its capacity. Applications already made keep their slots;
     * their next eligibility check (after a revision) compares with the new capacity.
     */
    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public ParkAreaInfo updateArea(long areaId, String name, int capacity) {
        validateArea(name, capacity);
        var area = areas.findById(areaId).orElseThrow(() -> new DomainException.NotFound("parkevent.error.area-not-found", areaId));
        if (areas.existsByParkIdAndNameIgnoreCaseAndIdNot(area.getParkId(), name.strip(), areaId)) {
            throw new DomainException.Conflict("parkevent.error.area-name-taken", name.strip());
        }
        area.update(name, capacity);
        return area;
    }

    /** What closing a park for some days did: how many days, and the events it cancelled. */
    public record BlackoutResult(int days, List<EventApplicationInfo> affectedEvents) {
    }

    /**
     * The events a closed day from one day to another would cancel: pending, changes-requested
     * or approved ones in the park's areas on those days that have not ended yet, earliest first.
     * The manager's screen lists them before the manager confirms.
     */
    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional(readOnly = true)
    public List<EventApplicationInfo> eventsOn(long parkId, LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            return List.of();
        }
        var now = clock.instant();
        return applications.findInParkWindow(parkId, HELD, firstDay.atStartOfDay(IzmirTime.ZONE).toInstant(),
                        lastDay.plusDays(1).atStartOfDay(IzmirTime.ZONE).toInstant()).stream()
                .filter(a -> now.isBefore(a.getEndsAt())).map(EventApplicationInfo.class::cast).toList();
    }

    /**
     * Closes the park to events from one day to another (both included). New applications for
     * those days are refused at once; the events already pending or approved on them
     * ({@link #eventsOn}) are cancelled through their processes with the closure's reason (DD020),
     * in the same transaction: if one cannot be cancelled, no day is closed.
     */
    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public BlackoutResult addBlackout(long parkId, LocalDate firstDay, LocalDate lastDay, BlackoutKind kind, String reason) {
        if (firstDay == null || lastDay == null || kind == null) {
            throw new DomainException("parkevent.error.blackout-fields");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new DomainException("parkevent.error.blackout-order");
        }
        if (firstDay.isBefore(LocalDate.now(clock.withZone(IzmirTime.ZONE)))) {
            throw new DomainException("parkevent.error.blackout-past");
        }
        if (firstDay.plusDays(BLACKOUT_MAX_DAYS).isBefore(lastDay.plusDays(1))) {
            throw new DomainException("parkevent.error.blackout-too-long", BLACKOUT_MAX_DAYS);
        }
        if (reason == null || reason.strip().length() < BLACKOUT_REASON_MIN || reason.strip().length() > BLACKOUT_REASON_MAX) {
            throw new DomainException("parkevent.error.blackout-reason", BLACKOUT_REASON_MIN, BLACKOUT_REASON_MAX);
        }
        requirePark(parkId);
        if (blackouts.anyBetween(parkId, firstDay, lastDay)) {
            throw new DomainException.Conflict("parkevent.error.blackout-exists");
        }
        List<LocalDate> days = firstDay.datesUntil(lastDay.plusDays(1)).toList();
        try {
            blackouts.add(parkId, days, kind, reason.strip());
        } catch (DataIntegrityViolationException race) {
            throw new DomainException.Conflict("parkevent.error.blackout-exists");
        }
        var affected = eventsOn(parkId, firstDay, lastDay);
        affected.forEach(a -> controls.cancel(a.getId(), reason, true));
        return new BlackoutResult(days.size(), affected);
    }

    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public void removeBlackout(long blackoutId) {
        if (blackouts.remove(blackoutId) == 0) {
            throw new DomainException.NotFound("parkevent.error.blackout-not-found", blackoutId);
        }
    }

    /** The park's blackout days from today on. */
    @Transactional(readOnly = true)
    public List<Blackout> upcomingBlackouts(long parkId) {
        return blackouts.from(parkId, LocalDate.now(clock.withZone(IzmirTime.ZONE)));
    }

    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public long addPhoto(long parkId, PhotoUpload upload) {
        PARK_PHOTOS.check(upload);
        requirePark(parkId);
        if (photos.countByParkId(parkId) >= MAX_PARK_PHOTOS) {
            throw new DomainException("parkevent.error.park-photo-count", MAX_PARK_PHOTOS);
        }
        return photos.saveAndFlush(new ParkPhoto(parkId, upload)).getId();
    }

    @PreAuthorize("hasAnyRole('park-manager','admin')")
    @Transactional
    public void removePhoto(long photoId) {
        var photo = photos.findById(photoId)
                .orElseThrow(() -> new DomainException.NotFound("parkevent.error.photo-not-found", photoId));
        photos.delete(photo);
    }

    @Transactional(readOnly = true)
    public List<Long> photoIds(long parkId) {
        return photos.idsOf(parkId);
    }

    @Transactional(readOnly = true)
    public Optional<StoredPhoto> photo(long photoId) {
        return photos.findById(photoId).map(StoredPhoto::of);
    }

    @Transactional(readOnly = true)
    public Optional<LivingParkInfo> park(long parkId) {
        return parks.findById(parkId).map(LivingParkInfo.class::cast);
    }

    /** The districts a park may be in (İzmir's 30), for the manager's form and the public filter. */
    @Transactional(readOnly = true)
    public List<DistrictInfo> districts() {
        return catalog.districts();
    }

    /** The neighbourhoods of a district whose name contains the text, for the park form's picker. */
    public List<tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo> neighbourhoods(long districtId, String text, int offset, int limit) {
        return catalog.search(districtId, text, offset, limit);
    }

    public long countNeighbourhoods(long districtId, String text) {
        return catalog.count(districtId, text);
    }

    public Optional<tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo> neighbourhood(String code) {
        return code == null ? Optional.empty() : catalog.byCode(code);
    }
}
