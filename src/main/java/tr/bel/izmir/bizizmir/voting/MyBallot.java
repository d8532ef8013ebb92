package tr.bel.izmir.bizizmir.voting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a voter may see of their own participation: the day they voted and, while the vote is
 * open, their receipt and choices. After close the ballot is no longer linked to them (DD010).
 */
public record MyBallot(long voteId, LocalDate votedOn, Optional<String> receiptCode, List<Long> optionIds) {
}
