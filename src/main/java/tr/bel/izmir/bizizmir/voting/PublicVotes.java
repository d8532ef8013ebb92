package tr.bel.izmir.bizizmir.voting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.voting.internal.Ballot;
import tr.bel.izmir.bizizmir.voting.internal.BallotRepository;
import tr.bel.izmir.bizizmir.voting.internal.BallotWriter;
import tr.bel.izmir.bizizmir.voting.internal.SmallGroups;
import tr.bel.izmir.bizizmir.voting.internal.VoteOptionRepository;
import tr.bel.izmir.bizizmir.voting.internal.VoteParticipation;
import tr.bel.izmir.bizizmir.voting.internal.VoteParticipationRepository;
import tr.bel.izmir.bizizmir.voting.internal.VoteRepository;
import tr.bel.izmir.bizizmir.voting.internal.VoterKeys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Public votes: casting secret ballots with receipts, and reading votes, their public aggregates
 * and receipt lists after close. Scheduling, opening and closing are {@link VoteSchedule}'s.
 * <p>
 * One ballot per voter and vote is a database fact (unique voter key on the ballot, unique
 * voter on the participation); a retried submission returns the stored receipt (DD010).
 */
@Service
public class PublicVotes {

    public static final int MAX_SUBMISSION_KEY = 100;
    private static final Logger log = LoggerFactory.getLogger(PublicVotes.class);

    private final VoteRepository votes;
    private final VoteOptionRepository options;
    private final BallotRepository ballots;
    private final VoteParticipationRepository participations;
    private final VoterKeys keys;
    private final ResidentRegistry residents;
    private final NeighbourhoodCatalog neighbourhoods;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;
    /**
     * Options are frozen when a vote opens, so they can be shared between requests from then on;
     * bounded, so years of votes do not pile up in memory (Caffeine).
     */
    private final Cache<Long, List<VoteOptionInfo>> frozenOptions = Caffeine.newBuilder().maximumSize(1_000).build();
    /** Open votes as the casting path last read them, for at most five seconds (see acceptingVote). */
    private final Cache<Long, VoteInfo> openVotes = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(java.time.Duration.ofSeconds(5)).build();
    private final BallotWriter writer;
    private final int minGroupSize;

    public PublicVotes(VoteRepository votes, VoteOptionRepository options, BallotRepository ballots,
                       VoteParticipationRepository participations, VoterKeys keys, ResidentRegistry residents,
                       NeighbourhoodCatalog neighbourhoods, CurrentUser currentUser, TransactionTemplate tx, Clock clock,
                       BallotWriter writer, @Value("${bizizmir.voting.min-group-size:10}") int minGroupSize) {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("bizizmir.voting.min-group-size must be 1 or more, not " + minGroupSize);
        }
        this.minGroupSize = minGroupSize;
        this.writer = writer;
        this.votes = votes;
        this.options = options;
        this.ballots = ballots;
        this.participations = participations;
        this.keys = keys;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
    }

    /** The notice audience of everyone who took part in a vote (key: the vote id). */
    public static final String PARTICIPANTS = "vote-participants";
    /** The notice audience of the residents a vote is for: its neighbourhood's, its district's or all (key: the vote id). */
    public static final String ELIGIBLE = "vote-residents";

    /** The residents a vote is for (whether old enough is checked when they vote). */
    java.util.Collection<String> residentsFor(long voteId) {
        var vote = require(voteId);
        return residents.usernamesIn(vote.getNeighbourhoodId(), vote.getDistrictId());
    }

    /** Drops the casting path's copy of a vote whose times staff changed (VoteControls). */
    void forget(long voteId) {
        openVotes.invalidate(voteId);
    }

    // ------------------------------------------------------------------ casting

    /**
     * Casts (or, where the vote allows it, changes) the signed-in resident's ballot. The same
     * {@code submissionKey} (one per ballot form) always answers with the same receipt; bad
     * input is refused before anything is written.
     */
    @PreAuthorize("hasAnyRole('citizen','resident')")
    public Receipt cast(long voteId, Collection<Long> optionIds, String submissionKey) {
        // Operations (issue 17): ballots accepted, and refused by reason, as bizizmir_ballots_total.
        try {
            Receipt receipt = castCounted(voteId, optionIds, submissionKey);
            io.micrometer.core.instrument.Metrics.counter("bizizmir.ballots", "outcome", "accepted", "reason", "none").increment();
            return receipt;
        } catch (DomainException refused) {
            io.micrometer.core.instrument.Metrics.counter("bizizmir.ballots", "outcome", "refused", "reason", refused.messageKey()).increment();
            throw refused;
        }
    }

    private Receipt castCounted(long voteId, Collection<Long> optionIds, String submissionKey) {
        String username = currentUser.require().username();
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > MAX_SUBMISSION_KEY) {
            throw new DomainException("vote.error.submission-key", MAX_SUBMISSION_KEY);
        }
        String voterKey = keys.voterKey(voteId, username);
        String subKey = keys.submissionKey(voteId, username, submissionKey);
        try {
            return castNew(voteId, username, optionIds, voterKey, subKey);
        } catch (DataIntegrityViolationException exists) {
            // The voter has a ballot already (a retry, a double click, a change): read it below.
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // One transaction for the checks and the writes: a refusal leaves nothing behind.
                return tx.execute(status -> castInTransaction(voteId, username, optionIds, voterKey, subKey));
            } catch (DataIntegrityViolationException race) {
                // A parallel submission of the same voter won the unique key: the retry reads what it stored.
                if (attempt >= 2) {
                    throw new DomainException.Conflict("vote.error.busy");
                }
            }
        }
    }

    /**
     * The common case, a voter's first ballot: checked against the open vote, then stored by the
     * group writer (the database refuses it if the voter has a ballot already, and the writer
     * refuses it if the vote stopped accepting ballots before the commit).
     */
    private Receipt castNew(long voteId, String username, Collection<Long> optionIds, String voterKey, String subKey) {
        var vote = acceptingVote(voteId);
        var checked = check(vote, username, optionIds);
        var ballot = new Ballot(keys.newBallotId(), voteId, voterKey, subKey, keys.newReceiptCode(), checked.choices(),
                checked.districtId());
        if (!writer.store(ballot, username, IzmirTime.now(clock).toLocalDate(), clock::instant)) {
            openVotes.invalidate(voteId);
            requireAccepting(require(voteId), clock.instant());
            throw new DomainException.Conflict("vote.error.closed");
        }
        return receipt(voteId, ballot);
    }

    private Receipt castInTransaction(long voteId, String username, Collection<Long> optionIds, String voterKey,
                                      String subKey) {
        var vote = votes.findForBallot(voteId)
                .orElseThrow(() -> new DomainException.NotFound("vote.error.not-found", voteId));
        var checked = check(vote, username, optionIds);
        return store(vote, username, voterKey, subKey, checked.choices(), checked.districtId());
    }

    private record Checked(String choices, Long districtId) {
    }

    /** Everything a ballot must satisfy before it is stored; refuses with the precise reason. */
    private Checked check(VoteInfo vote, String username, Collection<Long> optionIds) {
        requireAccepting(vote, clock.instant());
        Long districtId = eligibility(vote, username);
        var chosen = checkChoices(vote, optionIds);
        return new Checked(chosen.stream().map(String::valueOf).collect(Collectors.joining(",")), districtId);
    }

    /**
     * Why the signed-in person may not take part in a vote (not a verified resident, another
     * neighbourhood or district, under the minimum age), said before they fill in a ballot;
     * empty when they may. The same rules refuse the ballot itself.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<DomainException> whyCannotVote(long voteId) {
        try {
            eligibility(require(voteId), currentUser.require().username());
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused);
        }
    }

    /** Who may vote: refuses with the precise reason; the voter's district for a consultation's tally. */
    private Long eligibility(VoteInfo vote, String username) {
        var resident = residents.residentOf(username)
                .orElseThrow(() -> new DomainException("vote.error.not-resident"));
        Long districtId = null;
        if (vote.getNeighbourhoodId() != null && resident.neighbourhoodId() != vote.getNeighbourhoodId()) {
            throw new DomainException("vote.error.other-neighbourhood");
        }
        if (vote.getKind() == VoteKind.CONSULTATION) {
            districtId = neighbourhoods.require(resident.neighbourhoodId()).getDistrict().getId();
            if (vote.getDistrictId() != null && !vote.getDistrictId().equals(districtId)) {
                throw new DomainException("vote.error.other-district");
            }
        }
        if (resident.ageIn(IzmirTime.now(clock).getYear()) < vote.getMinimumAge()) {
            throw new DomainException("vote.error.too-young", vote.getMinimumAge());
        }
        return districtId;
    }

    /**
     * The vote as ballots see it. An open vote's rules do not change until it closes, so it is
     * kept for a few seconds between requests; whether it still accepts ballots is decided again
     * by the database when the ballot is written (BallotWriter), so a stale copy cannot let a late
     * ballot in.
     */
    private VoteInfo acceptingVote(long voteId) {
        var cached = openVotes.getIfPresent(voteId);
        if (cached != null) {
            return cached;
        }
        var vote = require(voteId);
        if (vote.getStatus() == VoteStatus.OPEN) {
            openVotes.put(voteId, vote);
        }
        return vote;
    }

    /**
     * The voter has a ballot already (the first try was refused by the unique key): the same
     * submission or the same choices answer with the stored receipt; other choices change it
     * where the vote allows. If the ballot is not there (it was refused for another reason, e.g.
     * a receipt code drawn twice), it is stored here in this transaction.
     */
    private Receipt store(VoteInfo vote, String username, String voterKey, String subKey, String choices, Long districtId) {
        var existing = ballots.findByVoteIdAndVoterKey(vote.getId(), voterKey);
        Receipt receipt;
        if (existing.isPresent()) {
            Ballot ballot = existing.get();
            if (!ballot.getSubmissionKey().equals(subKey) && !ballot.getChoices().equals(choices)) {
                if (!vote.isChangeable()) {
                    throw new DomainException.Conflict("vote.error.already-voted");
                }
                ballot.change(subKey, choices);
            }
            receipt = receipt(vote.getId(), ballot);
        } else {
            Ballot ballot = ballots.saveAndFlush(new Ballot(keys.newBallotId(), vote.getId(), voterKey, subKey,
                    keys.newReceiptCode(), choices, districtId));
            participations.saveAndFlush(new VoteParticipation(vote.getId(), username, IzmirTime.now(clock).toLocalDate()));
            receipt = receipt(vote.getId(), ballot);
        }
        // The clock again at the end: a ballot that reaches this point after close is rolled back.
        requireAccepting(vote, clock.instant());
        return receipt;
    }

    private static Receipt receipt(long voteId, Ballot ballot) {
        return new Receipt(voteId, ballot.getReceiptCode(), decode(ballot.getChoices()));
    }

    private static List<Long> decode(String choices) {
        if (choices.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : choices.split(",")) {
            ids.add(Long.parseLong(id));
        }
        return ids;
    }

    private void requireAccepting(VoteInfo vote, Instant now) {
        if (vote.getStatus() == VoteStatus.CLOSED || vote.getStatus() == VoteStatus.CANCELLED
                || !now.isBefore(vote.getClosesAt())) {
            throw new DomainException.Conflict("vote.error.closed");
        }
        if (!vote.isAcceptingAt(now)) {
            throw new DomainException("vote.error.not-open");
        }
    }

    private TreeSet<Long> checkChoices(VoteInfo vote, Collection<Long> optionIds) {
        if (optionIds == null || optionIds.isEmpty()) {
            throw new DomainException("vote.error.no-choice");
        }
        if (optionIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new DomainException("vote.error.unknown-option");
        }
        var chosen = new TreeSet<>(optionIds);
        if (chosen.size() != optionIds.size()) {
            throw new DomainException("vote.error.duplicate-choice");
        }
        Map<Long, VoteOptionInfo> byId = optionsOf(vote).stream()
                .collect(Collectors.toMap(VoteOptionInfo::getId, o -> o));
        var unknown = chosen.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new DomainException("vote.error.unknown-option", unknown.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        switch (vote.getRule()) {
            case KNAPSACK -> {
                Money total = chosen.stream().map(id -> byId.get(id).getCost().orElse(Money.ZERO))
                        .reduce(Money.ZERO, Money::plus);
                Money budget = vote.getBudget().orElseThrow();
                if (total.compareTo(budget) > 0) {
                    throw new DomainException("vote.error.over-budget", total.amount().toPlainString(),
                            budget.amount().toPlainString());
                }
            }
            case K_APPROVAL -> {
                if (chosen.size() > vote.getMaxChoices()) {
                    throw new DomainException("vote.error.too-many", vote.getMaxChoices());
                }
            }
            case SINGLE_CHOICE -> {
                if (chosen.size() != 1) {
                    throw new DomainException("vote.error.single-choice");
                }
            }
        }
        return chosen;
    }

    // ------------------------------------------------------------------ reading

    public Optional<VoteInfo> find(long voteId) {
        return votes.findById(voteId).map(VoteInfo.class::cast);
    }

    public VoteInfo require(long voteId) {
        return votes.findById(voteId).orElseThrow(() -> new DomainException.NotFound("vote.error.not-found", voteId));
    }

    public Optional<VoteInfo> ofCycle(long cycleId) {
        return votes.findByCycleId(cycleId).map(VoteInfo.class::cast);
    }

    public Optional<VoteInfo> ofConsultation(long consultationId) {
        return votes.findByConsultationId(consultationId).map(VoteInfo.class::cast);
    }

    /** The votes open now in a neighbourhood, the soonest closing first (public). */
    public List<VoteInfo> openIn(long neighbourhoodId) {
        return List.copyOf(votes.findByNeighbourhoodIdAndStatusOrderByClosesAtAsc(neighbourhoodId, VoteStatus.OPEN));
    }

    /** All votes, the latest closing first (public). */
    public List<VoteInfo> all() {
        return List.copyOf(votes.findAllByOrderByClosesAtDesc());
    }

    /** The ballot's lines in order (public). */
    public List<VoteOptionInfo> optionsOf(VoteInfo vote) {
        if (vote.getStatus() == VoteStatus.SCHEDULED) {
            return List.copyOf(options.findByVoteIdOrderByPosition(vote.getId()));
        }
        return frozenOptions.get(vote.getId(), id -> List.copyOf(options.findByVoteIdOrderByPosition(id)));
    }

    /** The signed-in voter's own participation in a vote, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MyBallot> myBallot(long voteId) {
        String username = currentUser.require().username();
        return participations.findByVoteIdAndUsername(voteId, username).map(p -> {
            var ballot = ballots.findByVoteIdAndVoterKey(voteId, keys.voterKey(voteId, username));
            return new MyBallot(voteId, p.getVotedOn(), ballot.map(Ballot::getReceiptCode),
                    ballot.map(b -> decode(b.getChoices())).orElse(List.of()));
        });
    }

    /** Ballots cast and people who took part so far (public turnout; no content before close). */
    public long participants(long voteId) {
        return participations.countByVoteId(voteId);
    }

    /** Aggregates of a closed vote (public); refused while the vote runs. */
    public VoteResults results(long voteId) {
        var vote = requireClosed(voteId);
        var opts = optionsOf(vote);
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, Map<Long, Long>> byDistrict = new TreeMap<>();
        Map<Long, Long> ballotsByDistrict = new HashMap<>();
        var all = ballots.findByVoteIdOrderByReceiptCode(voteId);
        for (Ballot b : all) {
            for (Long id : decode(b.getChoices())) {
                counts.merge(id, 1L, Long::sum);
                if (b.getDistrictId() != null) {
                    byDistrict.computeIfAbsent(b.getDistrictId(), d -> new LinkedHashMap<>()).merge(id, 1L, Long::sum);
                }
            }
            if (b.getDistrictId() != null) {
                ballotsByDistrict.merge(b.getDistrictId(), 1L, Long::sum);
            }
        }
        var optionResults = opts.stream().map(o -> new VoteResults.OptionResult(o, counts.getOrDefault(o.getId(), 0L))).toList();
        Map<Long, String> districtNames = neighbourhoods.districts().stream()
                .collect(Collectors.toMap(d -> d.getId(), d -> d.getName()));
        // Small groups are never shown on their own (issue 12, DD010).
        var split = SmallGroups.split(ballotsByDistrict, minGroupSize);
        List<VoteResults.DistrictResult> districtResults = new ArrayList<>();
        for (Long districtId : split.shown()) {
            districtResults.add(new VoteResults.DistrictResult(districtId, districtNames.getOrDefault(districtId, "?"),
                    ballotsByDistrict.get(districtId), byDistrict.getOrDefault(districtId, Map.of()), 1));
        }
        if (split.outcome() == SmallGroups.Outcome.MERGED) {
            Map<Long, Long> otherVotes = new LinkedHashMap<>();
            long otherBallots = 0;
            for (Long districtId : split.merged()) {
                otherBallots += ballotsByDistrict.get(districtId);
                byDistrict.getOrDefault(districtId, Map.of()).forEach((o, n) -> otherVotes.merge(o, n, Long::sum));
            }
            districtResults.add(new VoteResults.DistrictResult(null, null, otherBallots, otherVotes,
                    split.merged().size()));
        }
        return new VoteResults(vote, all.size(), participations.countByVoteId(voteId), optionResults,
                List.copyOf(districtResults), VoteResults.DistrictOutcome.valueOf(split.outcome().name()), minGroupSize);
    }

    /** The fewest ballots a group of any per-group result may have to be shown on its own (DD010). */
    public int minGroupSize() {
        return minGroupSize;
    }

    /** The receipt codes of every counted ballot, sorted (public after close). */
    public List<String> receiptCodes(long voteId) {
        requireClosed(voteId);
        return ballots.receiptCodes(voteId);
    }

    /** Whether a receipt code is among the counted ballots of a closed vote (public). */
    public boolean isCounted(long voteId, String receiptCode) {
        requireClosed(voteId);
        if (receiptCode == null) {
            return false;
        }
        return ballots.existsByVoteIdAndReceiptCode(voteId, normaliseReceipt(receiptCode));
    }

    /**
     * A receipt code as printed ({@code ABCD-EFGH-JKLM}) from what a voter types: any case, with
     * or without dashes or spaces. Letters are upper-cased without the Turkish locale, so an
     * {@code i} typed on a Turkish keyboard still reads as {@code I}.
     */
    public static String normaliseReceipt(String typed) {
        String symbols = typed.replaceAll("[\\s\\-_.]", "").toUpperCase(java.util.Locale.ROOT).replace('İ', 'I');
        if (symbols.length() != 12) {
            return symbols;
        }
        return symbols.substring(0, 4) + "-" + symbols.substring(4, 8) + "-" + symbols.substring(8);
    }

    /** Every counted ballot of a closed vote, as sets of option ids, in receipt order. */
    List<List<Long>> countedBallots(long voteId) {
        requireClosed(voteId);
        return ballots.findByVoteIdOrderByReceiptCode(voteId).stream().map(b -> decode(b.getChoices())).toList();
    }

    private VoteInfo requireClosed(long voteId) {
        var vote = require(voteId);
        if (vote.getStatus() != VoteStatus.CLOSED) {
            throw new DomainException.Conflict("vote.error.not-closed");
        }
        return vote;
    }
}
