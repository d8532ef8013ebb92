package tr.bel.izmir.bizizmir.assembly;

import java.time.Instant;
import java.util.Optional;

/**
 * Advisory item as other features see it: read-only; the entity stays in the assembly feature.
 */
public interface AdvisoryItemInfo {

    /** The assembly's advice; NO_QUORUM when fewer than half of the members voted. */
    enum Advice { RECOMMENDED, NOT_RECOMMENDED, SPLIT, NO_QUORUM }
    /** The department's answer to the advice. */
    enum Answer { ACCEPTED, PARTLY_ACCEPTED, REJECTED }
    /** Where the item stands, derived from its dates. */
    enum Stage { VOTING, AWAITING_ANSWER, ANSWERED, CLOSED_WITHOUT_ADVICE, WITHDRAWN }

    boolean acceptsVotesAt(Instant now);
    Stage getStage();
    Long getId();
    Long getAssemblyId();
    String getTitle();
    String getDescription();
    String getDepartmentGroup();
    String getTabledBy();
    Instant getTabledAt();
    Instant getVotingDeadlineAt();
    Optional<Instant> getVotingClosedAt();
    Optional<Instant> getWithdrawnAt();
    Optional<Advice> getAdvice();
    Optional<Instant> getAnswerDueAt();
    Optional<Instant> getRemindedAt();
    Optional<Instant> getEscalatedAt();
    Optional<String> getEscalationNote();
    Optional<Answer> getAnswer();
    Optional<String> getAnswerReasons();
    Optional<Instant> getAnsweredAt();
}
