package tr.bel.izmir.bizizmir.assembly;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMemberRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyReviewRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyReviewVoteRepository;
import tr.bel.izmir.bizizmir.assembly.process.AssemblyReviewProcess;
import tr.bel.izmir.bizizmir.feasibility.FeasibilityChecks;
import tr.bel.izmir.bizizmir.proposal.ProposalLifecycle;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The neighbourhood assembly's advisory review of a proposal that reached its support
 * threshold: members recommend or not, the outcome table decides quorum and majority, and
 * whatever the outcome the proposal then goes to feasibility, because the review only advises.
 */
@Service
@Transactional
public class AssemblyReviews {

    public static final int MAX_COMMENT = 2000;
    public static final int MAX_EXTENSION_DAYS = 30;

    /**
     * What citizens see of a review: its dates, its outcome once closed, and the counts; for a
     * duplicate, the proposal it was merged into and the chair's public reason.
     */
    public record PublicView(Instant openedAt, Instant deadlineAt, Optional<AssemblyReview.Outcome> outcome,
                             Optional<Instant> closedAt, long members, long votesCast, long recommendVotes,
                             Optional<Long> mergedInto, Optional<String> mergeReason) {

        /**
         * The arguments of {@code assembly.review.outcome.<OUTCOME>}: votes cast, recommending
         * votes, the merge target as {@code #id} and the merge reason (empty unless merged).
         */
        public Object[] outcomeArgs() {
            return new Object[] {votesCast, recommendVotes, mergedInto.map(id -> "#" + id).orElse(""), mergeReason.orElse("")};
        }
    }

    /** A proposal the chair may merge a duplicate into. */
    public record MergeTarget(long proposalId, String title) {
    }

    /** An open review of an assembly the signed-in member chairs, with the proposals it may be merged into. */
    public record ChairedReview(long proposalId, String title, Instant deadlineAt, java.util.List<MergeTarget> mergeTargets) {
    }

    /** A duplicate cannot be merged into a proposal that is itself out of the running. */
    static final java.util.Set<ProposalStatus> CLOSED_TARGETS = java.util.EnumSet.of(ProposalStatus.MERGED,
            ProposalStatus.WITHDRAWN, ProposalStatus.REJECTED, ProposalStatus.INELIGIBLE);

    /** The inputs of the outcome table. */
    public record Count(long members, long votesCast, long recommendVotes) {
    }

    private final AssemblyDirectory assemblies;
    private final AssemblyMemberRepository members;
    private final AssemblyReviewRepository reviews;
    private final AssemblyReviewVoteRepository votes;
    private final ProposalLifecycle proposals;
    private final ProposalSubmissions submissions;
    private final FeasibilityChecks feasibility;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int reviewDays;
    private final tr.bel.izmir.bizizmir.notification.Notifier notifier;

    public AssemblyReviews(AssemblyDirectory assemblies, AssemblyMemberRepository members, AssemblyReviewRepository reviews,
                           AssemblyReviewVoteRepository votes, ProposalLifecycle proposals, ProposalSubmissions submissions,
                           FeasibilityChecks feasibility,
                           RuntimeService runtime, CurrentUser currentUser, Clock clock,
                           @Value("${bizizmir.assembly.review-days:14}") int reviewDays,
                           tr.bel.izmir.bizizmir.notification.Notifier notifier) {
        this.notifier = notifier;
        this.assemblies = assemblies;
        this.members = members;
        this.reviews = reviews;
        this.votes = votes;
        this.proposals = proposals;
        this.submissions = submissions;
        this.feasibility = feasibility;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reviewDays = reviewDays;
    }

    /** Whether the proposal's neighbourhood has an assembly, which then reviews it before feasibility (the proposal process asks). */
    public boolean hasReviewingAssembly(long proposalId) {
        return assemblies.ofNeighbourhood(proposals.read(proposalId).getNeighbourhoodId()).isPresent();
    }

    /** Starts the assembly review of a proposal (once). */
    public void request(long proposalId) {
        String businessKey = Long.toString(proposalId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(AssemblyReviewProcess.KEY)
                .processInstanceBusinessKey(businessKey).count() > 0 || reviews.findByProposalId(proposalId).isPresent()) {
            return;
        }
        var proposal = proposals.read(proposalId);
        runtime.startProcessInstanceByKey(AssemblyReviewProcess.KEY, businessKey, Variables.createVariables()
                .putValue(CaseVariables.CASE_TITLE, proposal.getTitle())
                .putValue(CaseVariables.NEIGHBOURHOOD_ID, proposal.getNeighbourhoodId()));
    }

    private java.util.List<String> servingMembers(long assemblyId) {
        var today = IzmirTime.now(clock).toLocalDate();
        return members.findByAssemblyId(assemblyId).stream().filter(m -> m.servesOn(today)).map(AssemblyMember::getUsername).toList();
    }

    /**
     * Members who have not voted on a review or an advisory item whose deadline is within
     * {@code within} are reminded, once per review or item.
     *
     * @return the reviews and items reminded of now
     */
    public int remindBeforeDeadline(Duration within) {
        Instant now = clock.instant();
        int reminded = 0;
        for (var r : reviews.findByClosedAtIsNullAndDeadlineAtBetween(now, now.plus(within))) {
            var proposal = proposals.read(r.getProposalId());
            Notice notice = Notice.of(NotificationKind.ADVISORY_VOTE_OPENED, "notification.review.deadline-soon", proposal.getTitle(),
                    Notice.at(r.getDeadlineAt())).about("proposal", r.getProposalId(), "assembly/votes");
            for (String member : servingMembers(r.getAssemblyId())) {
                if (!votes.existsByReviewIdAndMember(r.getId(), member)) {
                    notice = notice.toUser(member);
                }
            }
            if (notifier.sendOnce("review-deadline:" + r.getId(), notice)) {
                reminded++;
            }
        }
        return reminded;
    }

    /** Called by the process: records the review and returns its deadline. */
    public Date open(long proposalId) {
        var review = reviews.findByProposalId(proposalId).orElseGet(() -> {
            var proposal = proposals.read(proposalId);
            var assembly = assemblies.ofNeighbourhood(proposal.getNeighbourhoodId())
                    .orElseThrow(() -> new DomainException.NotFound("assembly.error.no-assembly", proposal.getNeighbourhoodId()));
            Instant now = clock.instant();
            var opened = reviews.save(new AssemblyReview(proposalId, assembly.getId(), now, now.plus(Duration.ofDays(reviewDays))));
            // The serving members hear that a proposal awaits their review (issue 15).
            Notice notice = Notice.of(NotificationKind.ADVISORY_VOTE_OPENED, "notification.review.opened", proposal.getTitle(),
                    Notice.at(opened.getDeadlineAt())).about("proposal", proposalId, "assembly/votes");
            for (String member : servingMembers(assembly.getId())) {
                notice = notice.toUser(member);
            }
            notifier.send(notice);
            return opened;
        });
        return Date.from(review.getDeadlineAt());
    }

    /** A member of the proposal's assembly recommends it or not; not recommending needs a reason. */
    @PreAuthorize("hasRole('assembly-member')")
    public void vote(long proposalId, boolean recommend, String comment) {
        String username = currentUser.require().username();
        // Locked so that concurrent votes are counted one after another, each seeing the other.
        var review = reviews.lockByProposalId(proposalId)
                .orElseThrow(() -> new DomainException.NotFound("assembly.error.no-review", proposalId));
        if (review.isClosed()) {
            throw new DomainException.Conflict("assembly.error.review-closed");
        }
        var today = IzmirTime.now(clock).toLocalDate();
        members.findByAssemblyIdAndUsername(review.getAssemblyId(), username)
                .filter(m -> m.servesOn(today))
                .orElseThrow(() -> new DomainException("assembly.error.not-a-member"));
        String text = comment == null ? null : comment.strip();
        if (!recommend && (text == null || text.isEmpty())) {
            throw new DomainException("assembly.error.comment-required");
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw new DomainException("assembly.error.comment-too-long", MAX_COMMENT);
        }
        if (votes.existsByReviewIdAndMember(review.getId(), username)) {
            throw new DomainException.Conflict("assembly.error.already-voted");
        }
        votes.saveAndFlush(new AssemblyReviewVote(review.getId(), username, recommend,
                text == null || text.isEmpty() ? null : text, clock.instant()));
        // No waiting subscription while the chair decides on an overdue review: the vote is
        // saved and counted when the chair extends, so correlating to nobody is fine here.
        runtime.createMessageCorrelation(AssemblyReviewProcess.MESSAGE_VOTE_CAST)
                .processInstanceBusinessKey(Long.toString(proposalId))
                .correlateAllWithResult();
    }

    /** An open review that waits for the signed-in member's vote. */
    public record AwaitingVote(long proposalId, String title, String description, Instant deadlineAt) {
    }

    /** What awaits the signed-in member: open reviews of their assemblies they have not voted on. */
    @PreAuthorize("hasRole('assembly-member')")
    @Transactional(readOnly = true)
    public java.util.List<AwaitingVote> awaitingMyVote() {
        String username = currentUser.require().username();
        var today = IzmirTime.now(clock).toLocalDate();
        var assemblyIds = members.findByUsername(username).stream().filter(m -> m.servesOn(today))
                .map(AssemblyMember::getAssemblyId).toList();
        if (assemblyIds.isEmpty()) {
            return java.util.List.of();
        }
        return reviews.findByAssemblyIdInAndClosedAtIsNullOrderByDeadlineAtAsc(assemblyIds).stream()
                .filter(r -> !votes.existsByReviewIdAndMember(r.getId(), username))
                .map(r -> {
                    var proposal = proposals.read(r.getProposalId());
                    return new AwaitingVote(r.getProposalId(), proposal.getTitle(), proposal.getDescription(), r.getDeadlineAt());
                }).toList();
    }

    /** The outcome table's inputs, from the database (the source of truth), not from messages. */
    @Transactional(readOnly = true)
    public Count count(long proposalId) {
        var review = require(proposalId);
        return new Count(currentMembers(review.getAssemblyId()), votes.countByReviewId(review.getId()),
                votes.countByReviewIdAndRecommendTrue(review.getId()));
    }

    /** The chair gives the members more time, counted from the later of now and the old deadline. */
    public Date extend(long proposalId, Integer days) {
        if (days == null || days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new DomainException("assembly.error.extension-days", MAX_EXTENSION_DAYS);
        }
        var review = require(proposalId);
        Instant from = review.getDeadlineAt().isAfter(clock.instant()) ? review.getDeadlineAt() : clock.instant();
        review.extendTo(from.plus(Duration.ofDays(days)));
        return Date.from(review.getDeadlineAt());
    }

    /** Records the outcome and sends the proposal on to feasibility; idempotent for a retried job. */
    public void close(long proposalId, AssemblyReview.Outcome outcome) {
        var review = require(proposalId);
        if (!review.isClosed()) {
            review.close(outcome, clock.instant());
            // The author and the followers hear the assembly's view (issue 15); a merge tells them itself.
            if (outcome != AssemblyReview.Outcome.MERGED) {
                var proposal = proposals.read(proposalId);
                notifier.send(Notice.of(NotificationKind.PROPOSAL_REVIEW, "notification.proposal.reviewed." + outcome.name(),
                                proposal.getTitle()).toUser(proposal.getAuthor()).toFollowersOf("proposal", proposalId)
                        .about("proposal", proposalId, "proposals/" + proposalId));
            }
        }
        feasibility.request(proposalId);
    }

    /**
     * The serving chair of the proposal's assembly merges a duplicate under review into another
     * proposal of the same cycle and neighbourhood that is still in the running, with a public
     * reason. Checked here, then the process is told ({@code AssemblyReviewMerged}); its event
     * subprocess calls {@link #recordMerge} in this same transaction, so a failure anywhere
     * leaves nothing half-saved.
     */
    @PreAuthorize("hasRole('assembly-chair')")
    public void mergeDuplicate(long proposalId, long intoProposalId, String reason) {
        String chair = currentUser.require().username();
        var review = reviews.lockByProposalId(proposalId)
                .orElseThrow(() -> new DomainException.NotFound("assembly.error.no-review", proposalId));
        if (review.isClosed()) {
            throw new DomainException.Conflict("assembly.error.review-closed");
        }
        var today = IzmirTime.now(clock).toLocalDate();
        members.findByAssemblyIdAndUsername(review.getAssemblyId(), chair)
                .filter(m -> m.servesOn(today) && m.getRole() == AssemblyMember.Role.CHAIR)
                .orElseThrow(() -> new DomainException("assembly.error.not-chair"));
        String text = checkMerge(proposalId, intoProposalId, reason);
        var correlated = runtime.createMessageCorrelation(AssemblyReviewProcess.MESSAGE_MERGED)
                .processInstanceBusinessKey(Long.toString(proposalId))
                .setVariable(AssemblyReviewProcess.VAR_MERGE_INTO, intoProposalId)
                .setVariable(AssemblyReviewProcess.VAR_MERGE_REASON, text)
                .setVariable(AssemblyReviewProcess.VAR_MERGED_BY, chair)
                .correlateAllWithResult();
        if (correlated.isEmpty()) {
            // The review is open in our table but no process waits for it: refuse rather than
            // merge behind the process's back.
            throw new DomainException.Conflict("assembly.error.review-closed");
        }
    }

    /**
     * Called by the process: the proposal becomes MERGED through the proposal's own rule (the
     * officer's screening merge; supports stay where they were) and the review closes as MERGED.
     * Feasibility is not requested. Idempotent for a retried job.
     */
    public void recordMerge(long proposalId, long intoProposalId, String reason) {
        var review = require(proposalId);
        if (review.isClosed()) {
            return;
        }
        String text = checkMerge(proposalId, intoProposalId, reason);
        proposals.merge(proposalId, intoProposalId, text);
        review.closeAsMerged(intoProposalId, text, clock.instant());
    }

    /** The merge target's rules; returns the stripped reason. */
    private String checkMerge(long proposalId, long intoProposalId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DomainException("assembly.error.merge-reason-required");
        }
        if (text.length() > MAX_COMMENT) {
            throw new DomainException("assembly.error.merge-reason-too-long", MAX_COMMENT);
        }
        if (intoProposalId == proposalId) {
            throw new DomainException("assembly.error.merge-into-itself");
        }
        var duplicate = proposals.read(proposalId);
        var target = submissions.find(intoProposalId)
                .orElseThrow(() -> new DomainException.NotFound("assembly.error.merge-target-not-found", intoProposalId));
        if (!target.getCycleId().equals(duplicate.getCycleId()) || !target.getNeighbourhoodId().equals(duplicate.getNeighbourhoodId())) {
            throw new DomainException("assembly.error.merge-other-cycle", intoProposalId);
        }
        if (CLOSED_TARGETS.contains(target.getStatus())) {
            throw new DomainException.Conflict("assembly.error.merge-target-closed", intoProposalId);
        }
        return text;
    }

    /** Open reviews of the assemblies the signed-in member chairs today, for merging duplicates. */
    @PreAuthorize("hasRole('assembly-chair')")
    @Transactional(readOnly = true)
    public java.util.List<ChairedReview> openReviewsIChair() {
        String username = currentUser.require().username();
        var today = IzmirTime.now(clock).toLocalDate();
        var assemblyIds = members.findByUsername(username).stream()
                .filter(m -> m.servesOn(today) && m.getRole() == AssemblyMember.Role.CHAIR)
                .map(AssemblyMember::getAssemblyId).toList();
        if (assemblyIds.isEmpty()) {
            return java.util.List.of();
        }
        return reviews.findByAssemblyIdInAndClosedAtIsNullOrderByDeadlineAtAsc(assemblyIds).stream().map(r -> {
            var proposal = proposals.read(r.getProposalId());
            var targets = submissions.browse(proposal.getNeighbourhoodId(), "", null, 0, 500).stream()
                    .filter(t -> !t.getId().equals(proposal.getId()) && t.getCycleId().equals(proposal.getCycleId())
                            && !CLOSED_TARGETS.contains(t.getStatus()))
                    .map(t -> new MergeTarget(t.getId(), t.getTitle())).toList();
            return new ChairedReview(proposal.getId(), proposal.getTitle(), r.getDeadlineAt(), targets);
        }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublicView> publicView(long proposalId) {
        return reviews.findByProposalId(proposalId).map(r -> new PublicView(r.getOpenedAt(), r.getDeadlineAt(),
                r.getOutcome(), r.getClosedAt(), currentMembers(r.getAssemblyId()), votes.countByReviewId(r.getId()),
                votes.countByReviewIdAndRecommendTrue(r.getId()), r.getMergedIntoId(), r.getMergeReason()));
    }

    private long currentMembers(long assemblyId) {
        var today = IzmirTime.now(clock).toLocalDate();
        return members.findByAssemblyId(assemblyId).stream().filter(m -> m.servesOn(today)).count();
    }

    private AssemblyReview require(long proposalId) {
        return reviews.findByProposalId(proposalId)
                .orElseThrow(() -> new DomainException.NotFound("assembly.error.no-review", proposalId));
    }
}
