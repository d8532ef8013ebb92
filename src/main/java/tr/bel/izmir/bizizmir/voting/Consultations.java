package tr.bel.izmir.bizizmir.voting;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.voting.internal.CommentReport;
import tr.bel.izmir.bizizmir.voting.internal.CommentReportRepository;
import tr.bel.izmir.bizizmir.voting.internal.ConsultationCommentRepository;
import tr.bel.izmir.bizizmir.voting.internal.ConsultationRepository;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * Consultations (participatory decision-making): the municipality asks, citizens vote through
 * the same {@link PublicVotes} machinery (same secrecy, receipts and one-ballot guarantee) and
 * comment; moderators hide and restore reported comments; the municipality publishes how it
 * used the result once the vote has closed (a task of the PublicVoteProcess).
 */
@Service
public class Consultations {

    public static final int COMMENT_MIN = 3;
    public static final int COMMENT_MAX = 2000;
    public static final int RESPONSE_MIN = 20;

    private final ConsultationRepository consultations;
    private final ConsultationCommentRepository comments;
    private final CommentReportRepository reports;
    private final PublicVotes votes;
    private final VoteSchedule schedule;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final tr.bel.izmir.bizizmir.notification.Notifier notifier;

    public Consultations(ConsultationRepository consultations, ConsultationCommentRepository comments,
                         CommentReportRepository reports, PublicVotes votes, VoteSchedule schedule,
                         NeighbourhoodCatalog neighbourhoods,
                         CurrentUser currentUser, TransactionTemplate tx, Clock clock,
                         tr.bel.izmir.bizizmir.notification.Notifier notifier) {
        this.notifier = notifier;
        this.consultations = consultations;
        this.comments = comments;
        this.reports = reports;
        this.votes = votes;
        this.schedule = schedule;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
    }

    /** Publishes a consultation and schedules its vote; all or nothing. */
    @PreAuthorize("hasAnyRole('officer','admin')")
    public ConsultationInfo publish(ConsultationDraft draft) {
        String by = currentUser.require().username();
        validate(draft);
        List<String> answers = draft.kind() == ConsultationKind.YES_NO ? List.of("Evet", "Hayır") : draft.answers();
        List<String> answersEn = draft.kind() == ConsultationKind.YES_NO ? List.of("Yes", "No") : draft.answersEn();
        return tx.execute(status -> {
            var consultation = consultations.saveAndFlush(new Consultation(draft.title(), draft.question(),
                    draft.description(), draft.links(), draft.kind(), draft.districtId(), by, clock.instant()));
            var vote = schedule.schedule(new VoteSpec(VoteKind.CONSULTATION, null, consultation.getId(), null,
                    draft.districtId(), draft.title(), VoteRule.SINGLE_CHOICE, null, null, draft.minimumAge(), true,
                    draft.opensAt(), draft.closesAt()));
            schedule.addOptions(vote.getId(), answers, answersEn);
            return consultation;
        });
    }

    private void validate(ConsultationDraft d) {
        if (d.title() == null || d.title().isBlank() || d.title().length() > 200
                || d.question() == null || d.question().isBlank() || d.question().length() > 1000
                || d.description() == null || d.description().isBlank() || d.description().length() > 5000
                || d.kind() == null || d.opensAt() == null || d.closesAt() == null || d.minimumAge() < 0) {
            throw new DomainException("consultation.error.incomplete");
        }
        if (d.kind() == ConsultationKind.MULTIPLE_CHOICE && (d.answers().size() < 2 || d.answers().size() > 10
                || d.answers().stream().anyMatch(a -> a.length() > 200)
                || (d.answersEn() != null && d.answersEn().size() != d.answers().size()))) {
            throw new DomainException("consultation.error.answers", 2, 10);
        }
        if (String.join("\n", d.links()).length() > 2000) {
            throw new DomainException("consultation.error.links");
        }
        for (String link : d.links()) {
            try {
                var uri = URI.create(link);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                    throw new DomainException("consultation.error.links");
                }
            } catch (IllegalArgumentException e) {
                throw new DomainException("consultation.error.links");
            }
        }
        if (d.districtId() != null && neighbourhoods.districts().stream().noneMatch(x -> x.getId().equals(d.districtId()))) {
            throw new DomainException.NotFound("consultation.error.district", d.districtId());
        }
    }

    public List<Consultation> all() {
        return consultations.findAllByOrderByCreatedAtDesc();
    }

    public Consultation require(long id) {
        return consultations.findById(id).orElseThrow(() -> new DomainException.NotFound("consultation.error.not-found", id));
    }

    public VoteInfo voteOf(long consultationId) {
        return votes.ofConsultation(consultationId)
                .orElseThrow(() -> new DomainException.NotFound("consultation.error.not-found", consultationId));
    }

    /** Records how the municipality used the result (process step after its task). */
    public void recordResponse(long voteId, String response, String by) {
        if (response == null || response.strip().length() < RESPONSE_MIN || response.length() > 5000) {
            throw new DomainException("consultation.error.response", RESPONSE_MIN);
        }
        tx.executeWithoutResult(status -> {
            var vote = votes.require(voteId);
            var consultation = require(vote.getConsultationId());
            if (consultation.getResponse() == null) {
                consultation.respond(response.strip(), by, clock.instant());
                consultations.save(consultation);
                // Everyone who answered hears how the result is used (issue 15).
                notifier.send(tr.bel.izmir.bizizmir.notification.Notice.of(
                                tr.bel.izmir.bizizmir.notification.NotificationKind.CONSULTATION_RESPONSE,
                                "notification.consultation.response", consultation.getTitle())
                        .toAudience(PublicVotes.PARTICIPANTS, voteId)
                        .about("consultation", consultation.getId(), "consultations/view/" + consultation.getId()));
            }
        });
    }

    // ------------------------------------------------------------------ comments

    /** Visible comments of a consultation, oldest first (public). */
    public List<ConsultationComment> comments(long consultationId) {
        return comments.findByConsultationIdAndStatusOrderByCreatedAt(consultationId, ConsultationComment.Status.VISIBLE);
    }

    @PreAuthorize("hasAnyRole('citizen','resident')")
    public ConsultationComment comment(long consultationId, String body) {
        require(consultationId);
        if (body == null || body.strip().length() < COMMENT_MIN || body.strip().length() > COMMENT_MAX) {
            throw new DomainException("consultation.error.comment-length", COMMENT_MIN, COMMENT_MAX);
        }
        return comments.save(new ConsultationComment(consultationId, currentUser.require().username(), body,
                clock.instant()));
    }

    /** Anyone signed in may report a comment, once. */
    @PreAuthorize("isAuthenticated()")
    public void report(long commentId, String reason) {
        String reporter = currentUser.require().username();
        try {
            tx.executeWithoutResult(status -> {
                var comment = requireComment(commentId);
                if (reports.existsByCommentIdAndReporter(commentId, reporter)) {
                    throw new DomainException.Conflict("consultation.error.already-reported");
                }
                reports.saveAndFlush(new CommentReport(commentId, reporter,
                        reason == null ? null : reason.strip().substring(0, Math.min(300, reason.strip().length())),
                        clock.instant()));
                comment.reported();
                comments.save(comment);
            });
        } catch (DataIntegrityViolationException race) {
            throw new DomainException.Conflict("consultation.error.already-reported");
        }
    }

    /** Reported or hidden comments, newest first (moderators). */
    @PreAuthorize("hasAnyRole('moderator','admin')")
    public List<ConsultationComment> moderationQueue() {
        return comments.findByReportCountGreaterThanOrStatusOrderByCreatedAtDesc(0, ConsultationComment.Status.HIDDEN);
    }

    @PreAuthorize("hasAnyRole('moderator','admin')")
    public ConsultationComment hide(long commentId) {
        return moderate(commentId, ConsultationComment.Status.HIDDEN);
    }

    @PreAuthorize("hasAnyRole('moderator','admin')")
    public ConsultationComment restore(long commentId) {
        return moderate(commentId, ConsultationComment.Status.VISIBLE);
    }

    private ConsultationComment moderate(long commentId, ConsultationComment.Status status) {
        return tx.execute(s -> {
            var comment = requireComment(commentId);
            comment.moderate(status, currentUser.require().username(), clock.instant());
            return comments.save(comment);
        });
    }

    private ConsultationComment requireComment(long commentId) {
        return comments.findById(commentId)
                .orElseThrow(() -> new DomainException.NotFound("consultation.error.comment-not-found", commentId));
    }
}
