package tr.bel.izmir.bizizmir.voting;

import tr.bel.izmir.bizizmir.shared.Money;

import java.time.Instant;

/** Everything a vote needs before it opens; validated by {@link PublicVotes}. */
public record VoteSpec(VoteKind kind, Long cycleId, Long consultationId, Long neighbourhoodId, Long districtId,
                       String title, VoteRule rule, Money budget, Integer maxChoices, int minimumAge,
                       boolean changeable, Instant opensAt, Instant closesAt) {
}
