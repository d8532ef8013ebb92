package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A municipal project tabled for one assembly's advice (danışma kararı), with the assembly's
 * advice and the responsible department's answer. The whole exchange is public.
 */
@Entity
@Table(name = "advisory_item")
public class AdvisoryItem implements AdvisoryItemInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "assembly_id", nullable = false)
    private Long assemblyId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 4000)
    private String description;
    @Column(name = "department_group", nullable = false, length = 60)
    private String departmentGroup;
    @Column(name = "tabled_by", nullable = false, length = 120)
    private String tabledBy;
    @Column(name = "tabled_at", nullable = false)
    private Instant tabledAt;
    @Column(name = "voting_deadline_at", nullable = false)
    private Instant votingDeadlineAt;
    @Column(name = "voting_closed_at")
    private Instant votingClosedAt;
    /** Set when the municipality withdrew the item (DD020); the reason is in advisory_item_control. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Advice advice;
    @Column(name = "answer_due_at")
    private Instant answerDueAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "escalated_by", length = 120)
    private String escalatedBy;
    @Column(name = "escalation_note", length = 2000)
    private String escalationNote;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Answer answer;
    @Column(name = "answer_reasons", length = 4000)
    private String answerReasons;
    @Column(name = "answered_by", length = 120)
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected AdvisoryItem() {
    }

    AdvisoryItem(long assemblyId, String title, String description, String departmentGroup, String tabledBy,
                 Instant tabledAt, Instant votingDeadlineAt) {
        this.assemblyId = assemblyId;
        this.title = title;
        this.description = description;
        this.departmentGroup = departmentGroup;
        this.tabledBy = tabledBy;
        this.tabledAt = tabledAt;
        this.votingDeadlineAt = votingDeadlineAt;
    }

    /** Votes are accepted until the deadline and until voting has been closed. */
    public boolean acceptsVotesAt(Instant now) {
        return votingClosedAt == null && withdrawnAt == null && now.isBefore(votingDeadlineAt);
    }

    public Stage getStage() {
        if (withdrawnAt != null) {
            return Stage.WITHDRAWN;
        }
        if (votingClosedAt == null || advice == null) {
            return Stage.VOTING;
        }
        if (advice == Advice.NO_QUORUM) {
            return Stage.CLOSED_WITHOUT_ADVICE;
        }
        return answer == null ? Stage.AWAITING_ANSWER : Stage.ANSWERED;
    }

    void closeVoting(Instant at) {
        if (votingClosedAt == null) {
            votingClosedAt = at;
        }
    }

    void advise(Advice advice, Instant answerDueAt) {
        this.advice = advice;
        this.answerDueAt = answerDueAt;
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    void remind(Instant at) {
        this.remindedAt = at;
    }

    void escalate(String by, String note, Instant at) {
        this.escalatedBy = by;
        this.escalationNote = note;
        this.escalatedAt = at;
    }

    void answer(Answer answer, String reasons, String by, Instant at) {
        this.answer = answer;
        this.answerReasons = reasons;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getId() { return id; }
    public Long getAssemblyId() { return assemblyId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getDepartmentGroup() { return departmentGroup; }
    public String getTabledBy() { return tabledBy; }
    public Instant getTabledAt() { return tabledAt; }
    public Instant getVotingDeadlineAt() { return votingDeadlineAt; }
    public Optional<Instant> getVotingClosedAt() { return Optional.ofNullable(votingClosedAt); }
    public Optional<Instant> getWithdrawnAt() { return Optional.ofNullable(withdrawnAt); }
    public Optional<Advice> getAdvice() { return Optional.ofNullable(advice); }
    public Optional<Instant> getAnswerDueAt() { return Optional.ofNullable(answerDueAt); }
    public Optional<Instant> getRemindedAt() { return Optional.ofNullable(remindedAt); }
    public Optional<Instant> getEscalatedAt() { return Optional.ofNullable(escalatedAt); }
    public Optional<String> getEscalationNote() { return Optional.ofNullable(escalationNote); }
    public Optional<Answer> getAnswer() { return Optional.ofNullable(answer); }
    public Optional<String> getAnswerReasons() { return Optional.ofNullable(answerReasons); }
    public Optional<Instant> getAnsweredAt() { return Optional.ofNullable(answeredAt); }
}
