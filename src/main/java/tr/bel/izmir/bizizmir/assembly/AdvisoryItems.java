package tr.bel.izmir.bizizmir.assembly;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.assembly.internal.AdvisoryItemRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AdvisoryVoteRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMeetingRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyMemberRepository;
import tr.bel.izmir.bizizmir.assembly.internal.AssemblyRepository;
import tr.bel.izmir.bizizmir.assembly.process.AdvisoryItemProcess;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.process.CaseVariables;
import java.time.LocalDate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Advisory items (danışma kararları): an officer tables a municipal project for an assembly's
 * advice, the members vote online until the deadline, the outcome table turns the votes into
 * advice, and the responsible department answers it with reasons before its own deadline.
 * Every command checks everything before it writes, inside one transaction.
 */
@Service
@Transactional
public class AdvisoryItems {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_REASONS = 4000;
    public static final int MIN_REASONS = 20;
    public static final int MIN_VOTING_DAYS = 3;
    public static final int MAX_VOTING_DAYS = 60;

    /** The inputs of the outcome table, counted from the database. */
    public record Count(long members, long votesCast, long recommendVotes, long notRecommendVotes) {
        public boolean allVoted() {
            return members > 0 && votesCast >= members;
        }

        public long abstentions() {
            return votesCast - recommendVotes - notRecommendVotes;
        }
    }

    /** When the department must answer and when it is reminded. */
    public record AnswerSchedule(String departmentGroup, Date dueAt, Date reminderAt, String summary, String summaryEn) {
    }

    /** A member's comment as the public sees it: what they chose and said, not who they are; and whether at a meeting. */
    public record PublicComment(AdvisoryVote.Choice choice, String comment, Instant votedAt, boolean atMeeting) {
    }

    /** The whole exchange of one item, for its public page. */
    public record Exchange(AdvisoryItemInfo item, AssemblyInfo assembly, Count count, List<PublicComment> comments) {
    }

    /** An open item that waits for the signed-in member's vote. */
    public record AwaitingVote(long itemId, String title, String description, String assemblyName, Instant deadlineAt) {
    }

    /** An item the signed-in member voted on, with what became of it. */
    public record MyVote(long itemId, String title, AdvisoryVote.Choice choice, AdvisoryItem.Stage stage,
                         Optional<AdvisoryItem.Advice> advice, Optional<AdvisoryItem.Answer> answer) {
    }

    private final AdvisoryItemRepository items;
    private final AdvisoryVoteRepository votes;
    private final AssemblyRepository assemblies;
    private final AssemblyMemberRepository members;
    private final AssemblyMeetingRepository meetings;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int answerDays;
    private final int reminderDays;
    private final Notifier notifier;

    public AdvisoryItems(AdvisoryItemRepository items, AdvisoryVoteRepository votes, AssemblyRepository assemblies,
                         AssemblyMemberRepository members, AssemblyMeetingRepository meetings, RuntimeService runtime,
                         CurrentUser currentUser, Clock clock,
                         @Value("${bizizmir.assembly.advisory-answer-days:30}") int answerDays,
                         @Value("${bizizmir.assembly.advisory-reminder-days:7}") int reminderDays, Notifier notifier) {
        this.notifier = notifier;
        this.items = items;
        this.votes = votes;
        this.assemblies = assemblies;
        this.members = members;
        this.meetings = meetings;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.clock = clock;
        this.answerDays = answerDays;
        this.reminderDays = reminderDays;
    }

    /** An officer tables a municipal project for an assembly's advice; its process starts at once. */
    @PreAuthorize("hasAnyRole('officer','admin')")
    public AdvisoryItemInfo table(long assemblyId, String title, String description, String departmentGroup, int votingDays) {
        String by = currentUser.require().username();
        var assembly = assemblies.findById(assemblyId)
                .orElseThrow(() -> new DomainException.NotFound("advisory.error.no-assembly", assemblyId));
        String cleanTitle = title == null ? "" : title.strip();
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanTitle.isEmpty()) {
            throw new DomainException("advisory.error.title-required");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw new DomainException("advisory.error.title-too-long", MAX_TITLE);
        }
        if (cleanDescription.isEmpty()) {
            throw new DomainException("advisory.error.description-required");
        }
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            throw new DomainException("advisory.error.description-too-long", MAX_DESCRIPTION);
        }
        if (departmentGroup == null || !AppRoles.DEPARTMENTS.contains(departmentGroup)) {
            throw new DomainException("advisory.error.department");
        }
        if (votingDays < MIN_VOTING_DAYS || votingDays > MAX_VOTING_DAYS) {
            throw new DomainException("advisory.error.voting-days", MIN_VOTING_DAYS, MAX_VOTING_DAYS);
        }
        Instant now = clock.instant();
        var item = items.saveAndFlush(new AdvisoryItem(assembly.getId(), cleanTitle, cleanDescription, departmentGroup, by,
                now, now.plus(Duration.ofDays(votingDays))));
        runtime.startProcessInstanceByKey(AdvisoryItemProcess.KEY, Long.toString(item.getId()), Variables.createVariables()
                .putValue(CaseVariables.CASE_TITLE, cleanTitle)
                .putValue(CaseVariables.NEIGHBOURHOOD_ID, assembly.getNeighbourhoodId()));
        // The department hears at once that an item concerning it was tabled, and when the assembly decides (issue 15).
        notifier.send(Notice.of(NotificationKind.ADVISORY_ANSWER_DUE, "notification.advisory.tabled", cleanTitle,
                assembly.getName(), Notice.at(item.getVotingDeadlineAt())).toGroup(departmentGroup)
                .about("advisory-item", item.getId(), "assembly/advisory/" + item.getId()));
        return item;
    }

    /** Called by the process: the voting deadline of the item. */
    public Date openVoting(long itemId) {
        var item = require(itemId);
        // The members serving today are told (issue 15); the process calls this once, when voting opens.
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        Notice notice = Notice.of(NotificationKind.ADVISORY_VOTE_OPENED, "notification.advisory.vote-opened", item.getTitle())
                .about("advisory-item", itemId, "assembly/votes");
        for (var m : members.findByAssemblyId(item.getAssemblyId())) {
            if (m.servesOn(today)) {
                notice = notice.toUser(m.getUsername());
            }
        }
        notifier.send(notice);
        return Date.from(item.getVotingDeadlineAt());
    }

    /**
     * A member with a current term votes once, before the deadline; not recommending needs a
     * reason. The database's unique key is the last guard against a second vote.
     */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    public void vote(long itemId, AdvisoryVote.Choice choice, String comment) {
        castVote(itemId, currentUser.require().username(), choice, comment, null);
    }

    /**
     * The serving secretary (or the chair, who keeps the record when there is no secretary)
     * records a vote a member cast at a meeting of the item's assembly that has started and was
     * not cancelled; the same rules hold as online (one vote each, before the deadline).
     */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    public void recordMeetingVote(long itemId, long meetingId, String member, AdvisoryVote.Choice choice, String comment) {
        String secretary = currentUser.require().username();
        var item = require(itemId);
        var meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new DomainException.NotFound("meeting.error.not-found", meetingId));
        var today = IzmirTime.now(clock).toLocalDate();
        members.findByAssemblyIdAndUsername(item.getAssemblyId(), secretary)
                .filter(m -> m.servesOn(today)
                        && (m.getRole() == AssemblyMember.Role.SECRETARY || m.getRole() == AssemblyMember.Role.CHAIR))
                .orElseThrow(() -> new DomainException("advisory.error.not-secretary"));
        if (meeting.isCancelled()) {
            throw new DomainException.Conflict("meeting.error.cancelled");
        }
        if (!meeting.getAssemblyId().equals(item.getAssemblyId())) {
            throw new DomainException("advisory.error.other-assembly-meeting");
        }
        if (meeting.getStartsAt().isAfter(clock.instant())) {
            throw new DomainException("meeting.error.not-yet-held");
        }
        castVote(itemId, member, choice, comment, meetingId);
    }

    /**
     * A member with a current term votes once, before the deadline; not recommending needs a
     * reason. The database's unique key is the last guard against a second vote.
     */
    private void castVote(long itemId, String username, AdvisoryVote.Choice choice, String comment, Long meetingId) {
        var item = items.lockById(itemId).orElseThrow(() -> new DomainException.NotFound("advisory.error.not-found", itemId));
        var today = IzmirTime.now(clock).toLocalDate();
        members.findByAssemblyIdAndUsername(item.getAssemblyId(), username)
                .filter(m -> m.servesOn(today))
                .orElseThrow(() -> new DomainException("advisory.error.not-a-member"));
        if (!item.acceptsVotesAt(clock.instant())) {
            throw new DomainException.Conflict("advisory.error.voting-closed");
        }
        if (choice == null) {
            throw new DomainException("advisory.error.choice-required");
        }
        String text = comment == null ? "" : comment.strip();
        if (choice == AdvisoryVote.Choice.NOT_RECOMMEND && text.isEmpty()) {
            throw new DomainException("advisory.error.comment-required");
        }
        if (text.length() > MAX_COMMENT) {
            throw new DomainException("advisory.error.comment-too-long", MAX_COMMENT);
        }
        if (votes.existsByItemIdAndMember(itemId, username)) {
            throw new DomainException.Conflict("advisory.error.already-voted");
        }
        try {
            votes.saveAndFlush(new AdvisoryVote(itemId, username, choice, text.isEmpty() ? null : text, clock.instant(), meetingId));
        } catch (DataIntegrityViolationException e) {
            throw new DomainException.Conflict("advisory.error.already-voted");
        }
        runtime.createMessageCorrelation(AdvisoryItemProcess.MESSAGE_VOTE_CAST)
                .processInstanceBusinessKey(Long.toString(itemId))
                .correlateAllWithResult();
    }

    /** Open items of an assembly that still take votes, for the secretary's meeting record. */
    @Transactional(readOnly = true)
    public List<AdvisoryItemInfo> openOf(long assemblyId) {
        Instant now = clock.instant();
        return items.findByAssemblyIdInAndVotingClosedAtIsNullOrderByVotingDeadlineAtAsc(List.of(assemblyId)).stream()
                .filter(i -> i.acceptsVotesAt(now)).map(AdvisoryItemInfo.class::cast).toList();
    }

    /** The outcome table's inputs. */
    @Transactional(readOnly = true)
    public Count count(long itemId) {
        var item = require(itemId);
        return new Count(currentMembers(item.getAssemblyId()), votes.countByItemId(itemId),
                votes.countByItemIdAndChoice(itemId, AdvisoryVote.Choice.RECOMMEND),
                votes.countByItemIdAndChoice(itemId, AdvisoryVote.Choice.NOT_RECOMMEND));
    }

    /** Called by the process at the deadline or when every member voted: no vote is taken after this. */
    public Count closeVoting(long itemId) {
        items.lockById(itemId).orElseThrow(() -> new DomainException.NotFound("advisory.error.not-found", itemId))
                .closeVoting(clock.instant());
        return count(itemId);
    }

    /** Called by the process: records the advice and schedules the department's answer. */
    public AnswerSchedule recordAdvice(long itemId, AdvisoryItem.Advice advice) {
        var item = require(itemId);
        Instant now = clock.instant();
        if (item.getAdvice().isEmpty()) {
            item.advise(advice, now.plus(Duration.ofDays(answerDays)));
            // The department learns that an item awaits its answer, and by when (issue 15).
            notifier.send(Notice.of(NotificationKind.ADVISORY_ANSWER_DUE, "notification.advisory.answer-requested", item.getTitle(),
                    Notice.at(item.getAnswerDueAt().orElse(null))).toGroup(item.getDepartmentGroup())
                    .about("advisory-item", itemId, "assembly/advisory/" + itemId));
        }
        Instant due = item.getAnswerDueAt().orElseThrow();
        Instant reminder = due.minus(Duration.ofDays(reminderDays));
        if (reminder.isBefore(now)) {
            reminder = now;
        }
        var count = count(itemId);
        String summary = switch (item.getAdvice().orElseThrow()) {
            case RECOMMENDED -> "Meclis tavsiye etti";
            case NOT_RECOMMENDED -> "Meclis tavsiye etmedi";
            case SPLIT -> "Meclis oyları eşit bölündü";
            case NO_QUORUM -> "Meclis yeter sayıya ulaşamadı";
        } + " (" + count.votesCast() + " oy: " + count.recommendVotes() + " tavsiye, " + count.notRecommendVotes()
                + " tavsiye etmeme, " + count.abstentions() + " çekimser)";
        String summaryEn = switch (item.getAdvice().orElseThrow()) {
            case RECOMMENDED -> "The assembly recommended it";
            case NOT_RECOMMENDED -> "The assembly did not recommend it";
            case SPLIT -> "The assembly's votes were split evenly";
            case NO_QUORUM -> "The assembly did not reach a quorum";
        } + " (" + count.votesCast() + " votes: " + count.recommendVotes() + " recommend, " + count.notRecommendVotes()
                + " do not recommend, " + count.abstentions() + " abstain)";
        return new AnswerSchedule(item.getDepartmentGroup(), Date.from(due), Date.from(reminder), summary, summaryEn);
    }

    /** Called by the process: fewer than half of the members voted, so the item closes without advice. */
    public void recordNoQuorum(long itemId) {
        var item = require(itemId);
        if (item.getAdvice().isEmpty()) {
            item.advise(AdvisoryItem.Advice.NO_QUORUM, null);
        }
    }

    /**
     * Serving members who have not voted on an item whose voting ends within {@code within} are
     * reminded, once per item.
     *
     * @return the items reminded of now
     */
    public int remindBeforeDeadline(Duration within) {
        Instant now = clock.instant();
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        int reminded = 0;
        for (var item : items.findByVotingClosedAtIsNullAndWithdrawnAtIsNullAndVotingDeadlineAtBetween(now, now.plus(within))) {
            Notice notice = Notice.of(NotificationKind.ADVISORY_VOTE_OPENED, "notification.advisory.deadline-soon", item.getTitle(),
                    Notice.at(item.getVotingDeadlineAt())).about("advisory-item", item.getId(), "assembly/votes");
            for (var m : members.findByAssemblyId(item.getAssemblyId())) {
                if (m.servesOn(today) && votes.findByItemIdAndMember(item.getId(), m.getUsername()).isEmpty()) {
                    notice = notice.toUser(m.getUsername());
                }
            }
            if (notifier.sendOnce("advisory-deadline:" + item.getId(), notice)) {
                reminded++;
            }
        }
        return reminded;
    }

    /** Called by the reminder timer. */
    public void remind(long itemId) {
        var item = require(itemId);
        item.remind(clock.instant());
        notifier.send(Notice.of(NotificationKind.ADVISORY_ANSWER_DUE, "notification.advisory.answer-reminder", item.getTitle(),
                Notice.at(item.getAnswerDueAt().orElse(null))).toGroup(item.getDepartmentGroup())
                .about("advisory-item", itemId, "assembly/advisory/" + itemId));
    }

    /** Called when a supervisor has taken up an overdue answer; the note is public. */
    public void escalate(long itemId, String note, String supervisor) {
        String text = note == null ? "" : note.strip();
        if (text.length() < 10) {
            throw new DomainException("advisory.error.escalation-note");
        }
        if (text.length() > MAX_COMMENT) {
            throw new DomainException("advisory.error.comment-too-long", MAX_COMMENT);
        }
        require(itemId).escalate(supervisor, text, clock.instant());
    }

    /**
     * The department's answer to the advice, from its task: accepted, accepted in part or
     * rejected, always with reasons. Refused answers leave the task open and nothing saved.
     */
    public void answer(long itemId, String answer, String reasons, String department) {
        var item = require(itemId);
        if (item.getAnswer().isPresent()) {
            throw new DomainException.Conflict("advisory.error.already-answered");
        }
        if (item.getStage() != AdvisoryItem.Stage.AWAITING_ANSWER) {
            throw new DomainException.Conflict("advisory.error.not-awaiting-answer");
        }
        AdvisoryItem.Answer parsed = parseAnswer(answer);
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty()) {
            throw new DomainException("advisory.error.reasons-required");
        }
        if (text.length() < MIN_REASONS) {
            throw new DomainException("advisory.error.reasons-too-short", MIN_REASONS);
        }
        if (text.length() > MAX_REASONS) {
            throw new DomainException("advisory.error.reasons-too-long", MAX_REASONS);
        }
        item.answer(parsed, text, department == null ? "?" : department, clock.instant());
        // Who follows the item learns the department's answer (issue 15).
        notifier.send(Notice.of(NotificationKind.FOLLOWED_CASE, "notification.advisory.answered", item.getTitle(), text)
                .toFollowersOf("advisory-item", itemId).about("advisory-item", itemId, "assembly/advisory/" + itemId));
    }

    static AdvisoryItem.Answer parseAnswer(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new DomainException("advisory.error.answer-required");
        }
        try {
            return AdvisoryItem.Answer.valueOf(answer.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new DomainException("advisory.error.answer-required");
        }
    }

    /** What awaits the signed-in member: open items of their assemblies they have not voted on. */
    @PreAuthorize("hasAnyRole('assembly-member','assembly-chair')")
    @Transactional(readOnly = true)
    public List<AwaitingVote> awaitingMyVote() {
        String username = currentUser.require().username();
        var today = IzmirTime.now(clock).toLocalDate();
        var assemblyIds = members.findByUsername(username).stream().filter(m -> m.servesOn(today))
                .map(AssemblyMember::getAssemblyId).toList();
        if (assemblyIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return items.findByAssemblyIdInAndVotingClosedAtIsNullOrderByVotingDeadlineAtAsc(assemblyIds).stream()
                .filter(i -> i.acceptsVotesAt(now))
                .filter(i -> !votes.existsByItemIdAndMember(i.getId(), username))
                .map(i -> new AwaitingVote(i.getId(), i.getTitle(), i.getDescription(),
                        assemblies.findById(i.getAssemblyId()).map(Assembly::getName).orElse(""), i.getVotingDeadlineAt()))
                .toList();
    }

    /** The items the signed-in member voted on, newest first, with their outcome so far. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyVote> myVotes() {
        String username = currentUser.require().username();
        return votes.findByMemberOrderByVotedAtDesc(username).stream().limit(20).map(v -> {
            var item = require(v.getItemId());
            return new MyVote(item.getId(), item.getTitle(), v.getChoice(), item.getStage(), item.getAdvice(), item.getAnswer());
        }).toList();
    }

    /** The whole exchange of one item: public. */
    @Transactional(readOnly = true)
    public Optional<Exchange> exchange(long itemId) {
        return items.findById(itemId).map(item -> new Exchange(item,
                assemblies.findById(item.getAssemblyId()).orElseThrow(), count(itemId),
                votes.findByItemIdOrderByVotedAtAsc(itemId).stream()
                        .map(v -> new PublicComment(v.getChoice(), v.getComment(), v.getVotedAt(), v.getMeetingId().isPresent()))
                        .toList()));
    }

    @Transactional(readOnly = true)
    public List<AdvisoryItemInfo> ofAssembly(long assemblyId) {
        return List.copyOf(items.findByAssemblyIdOrderByTabledAtDesc(assemblyId));
    }

    @Transactional(readOnly = true)
    public List<AdvisoryItemInfo> all() {
        return List.copyOf(items.findAllByOrderByTabledAtDesc());
    }

    @Transactional(readOnly = true)
    public Optional<AdvisoryItemInfo> find(long itemId) {
        return items.findById(itemId).map(AdvisoryItemInfo.class::cast);
    }

    private long currentMembers(long assemblyId) {
        var today = IzmirTime.now(clock).toLocalDate();
        return members.findByAssemblyId(assemblyId).stream().filter(m -> m.servesOn(today)).count();
    }

    private AdvisoryItem require(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new DomainException.NotFound("advisory.error.not-found", itemId));
    }
}
