package tr.bel.izmir.bizizmir.assembly;

import java.time.Instant;

/**
 * Advisory vote as other features see it: read-only; the entity stays in the assembly feature.
 */
public interface AdvisoryVoteInfo {

    enum Choice { RECOMMEND, NOT_RECOMMEND, ABSTAIN }

    Long getItemId();
    String getMember();
    Choice getChoice();
    String getComment();
    Instant getVotedAt();
    java.util.Optional<Long> getMeetingId();
}
