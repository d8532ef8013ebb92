package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.internal.ImplementationPhotoRepository;
import tr.bel.izmir.bizizmir.budgeting.internal.ImplementationProjectRepository;
import tr.bel.izmir.bizizmir.budgeting.internal.ImplementationUpdateRepository;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Images;
import tr.bel.izmir.bizizmir.shared.PhotoRules;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Implementation tracking of funded projects: public reading, and dated updates by officers
 * that set status and progress and may carry photos. An update is checked whole before
 * anything is written, so a bad one leaves no trace.
 */
@Service
@Transactional(readOnly = true)
public class ImplementationProjects {

    public static final int UPDATE_MAX = 2000;
    /** Up to five photos an update. */
    public static final PhotoRules PHOTOS = new PhotoRules(5, "impl.error.too-many-photos", new Images.ErrorKeys(
            "impl.error.photo-empty", "impl.error.photo-too-big", "impl.error.photo-type"));

    /** What an officer reports: the new status and progress, a public text, photos. */
    public record Report(ImplementationStatus status, Integer progress, String text, List<PhotoUpload> photos) {
        public Report {
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    private final ImplementationProjectRepository projects;
    private final ImplementationUpdateRepository updates;
    private final ImplementationPhotoRepository photos;
    private final Clock clock;

    private final tr.bel.izmir.bizizmir.notification.Notifier notifier;

    public ImplementationProjects(ImplementationProjectRepository projects, ImplementationUpdateRepository updates,
                                  ImplementationPhotoRepository photos, Clock clock,
                                  tr.bel.izmir.bizizmir.notification.Notifier notifier) {
        this.notifier = notifier;
        this.projects = projects;
        this.updates = updates;
        this.photos = photos;
        this.clock = clock;
    }

    public List<ImplementationProjectInfo> all() {
        return List.copyOf(projects.findAllByOrderByUpdatedAtDescIdAsc());
    }

    public List<ImplementationProjectInfo> ofCycle(long cycleId) {
        return List.copyOf(projects.findByCycleIdOrderByIdAsc(cycleId));
    }

    public Optional<ImplementationProjectInfo> find(long id) {
        return projects.findById(id).map(ImplementationProjectInfo.class::cast);
    }

    public Optional<ImplementationProjectInfo> ofProposal(long proposalId) {
        return projects.findByProposalId(proposalId).map(ImplementationProjectInfo.class::cast);
    }

    public ImplementationProjectInfo require(long id) {
        return entity(id);
    }

    private ImplementationProject entity(long id) {
        return projects.findById(id).orElseThrow(() -> new DomainException.NotFound("impl.error.not-found", Long.toString(id)));
    }

    /** Newest first. */
    public List<ImplementationUpdate> updates(long projectId) {
        return updates.findByProjectIdOrderByWrittenAtDescIdDesc(projectId);
    }

    public List<Long> photoIds(long projectId) {
        return photos.findIdsByProjectId(projectId);
    }

    public List<Long> photoIdsOfUpdate(long updateId) {
        return photos.findIdsByUpdateId(updateId);
    }

    public Optional<ImplementationPhoto> photo(long photoId) {
        return photos.findById(photoId);
    }

    /** A winner of a published allocation becomes a planned project (once). */
    @Transactional
    ImplementationProject createFor(PbCycle cycle, AllocationLine line) {
        return projects.findByProposalId(line.getProposalId()).orElseGet(() -> projects.save(new ImplementationProject(
                cycle.getId(), line.getProposalId(), cycle.getNeighbourhoodId(), line.getTitle(), line.getCost(),
                clock.instant())));
    }

    /** An officer's dated update; everything is validated before the first write. */
    @Transactional
    @PreAuthorize("hasAnyRole('officer', 'supervisor', 'admin')")
    public ImplementationUpdate report(long projectId, Report report, String officer) {
        ImplementationProject project = entity(projectId);
        if (report.status() == null) {
            throw new DomainException("impl.error.status-required");
        }
        if (report.progress() == null || report.progress() < 0 || report.progress() > 100) {
            throw new DomainException("impl.error.progress");
        }
        if (report.status() == ImplementationStatus.COMPLETED && report.progress() != 100) {
            throw new DomainException("impl.error.completed-progress");
        }
        String text = report.text() == null ? "" : report.text().strip();
        if (text.isEmpty()) {
            throw new DomainException("impl.error.update-empty");
        }
        if (text.length() > UPDATE_MAX) {
            throw new DomainException("impl.error.update-too-long", UPDATE_MAX);
        }
        PHOTOS.check(report.photos());
        var now = clock.instant();
        project.report(report.status(), report.progress(), now);
        projects.save(project);
        ImplementationUpdate update = updates.save(new ImplementationUpdate(projectId, text, report.status(),
                report.progress(), officer, now));
        for (PhotoUpload upload : report.photos()) {
            photos.save(new ImplementationPhoto(projectId, update.getId(), upload));
        }
        // Those who proposed, supported or follow the proposal learn of the progress (issue 15).
        notifier.send(tr.bel.izmir.bizizmir.notification.Notice.of(tr.bel.izmir.bizizmir.notification.NotificationKind.PROJECT_UPDATE,
                        "notification.project.update", project.getTitle(), report.progress())
                .toFollowersOf("proposal", project.getProposalId()).toFollowersOf("project", projectId)
                .about("project", projectId, "projects/" + projectId));
        return update;
    }
}
