package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.internal.PbCycleRepository;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Participatory-budgeting cycles: at most one open cycle per neighbourhood. */
@Service
@Transactional(readOnly = true)
public class PbCycles {

    static final List<CyclePhase> OPEN_PHASES = Arrays.stream(CyclePhase.values()).filter(CyclePhase::isOpen).toList();
    public static final Money MAX_ENVELOPE = Money.ofLira(1_000_000_000L);

    /** Who administers the programme's cycles (DD017). */
    static final String COORDINATORS = "hasAnyRole('admin','coordinator')";
    public static final int MAX_SUPPORT_THRESHOLD = 100_000;
    public static final int MAX_PROPOSALS_PER_RESIDENT = 20;
    public static final int MAX_MINIMUM_AGE = 99;
    /** The phases a coordinator creates a cycle in; later phases follow from the vote and allocation. */
    public static final Set<CyclePhase> CREATABLE_PHASES = EnumSet.of(CyclePhase.DRAFT, CyclePhase.SUBMISSION);

    private final PbCycleRepository cycles;
    private final NeighbourhoodCatalog neighbourhoods;
    // A provider: the voting feature's implementation needs this service itself.
    private final ObjectProvider<CycleBallots> ballots;
    private final CurrentUser currentUser;
    private final Clock clock;

    public PbCycles(PbCycleRepository cycles, NeighbourhoodCatalog neighbourhoods, ObjectProvider<CycleBallots> ballots,
                    CurrentUser currentUser, Clock clock) {
        this.cycles = cycles;
        this.neighbourhoods = neighbourhoods;
        this.ballots = ballots;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open cycles of the whole city, the soonest vote first (public). */
    public List<PbCycleInfo> openCycles() {
        return List.copyOf(cycles.findByPhaseInOrderByVotingClosesAsc(OPEN_PHASES));
    }

    public Optional<PbCycleInfo> openCycleOf(long neighbourhoodId) {
        return cycles.findByNeighbourhoodIdAndPhaseIn(neighbourhoodId, OPEN_PHASES).stream().findFirst().map(PbCycleInfo.class::cast);
    }

    public PbCycleInfo require(long id) {
        return entity(id);
    }

    private PbCycle entity(long id) {
        return cycles.findById(id).orElseThrow(() -> new DomainException.NotFound("cycle.error.not-found", id));
    }

    @PreAuthorize("hasRole('admin')")
    @Transactional
    public PbCycleInfo open(CycleSpec spec) {
        validate(spec);
        if (spec.phase().isOpen() && openCycleOf(spec.neighbourhoodId()).isPresent()) {
            throw new DomainException.Conflict("cycle.error.already-open");
        }
        return cycles.save(new PbCycle(spec, clock.instant()));
    }

    /**
     * The cycle's public vote has opened (voting feature, inside its opening step): a cycle
     * still collecting or reviewing proposals now shows "voting". Later phases stay as they are.
     */
    @Transactional
    public void votingOpened(long cycleId) {
        PbCycle cycle = entity(cycleId);
        if (cycle.getPhase().compareTo(CyclePhase.VOTING) < 0) {
            cycle.moveTo(CyclePhase.VOTING);
            cycles.save(cycle);
        }
    }

    // ------------------------------------------------------------------ programme administration (DD017)

    /** Every cycle of a district (or the city) in a phase (or any), the latest first. */
    @PreAuthorize(COORDINATORS)
    public List<PbCycleInfo> search(Long districtId, CyclePhase phase) {
        List<PbCycle> found;
        if (districtId == null) {
            found = cycles.findAll();
        } else {
            var ids = neighbourhoods.neighbourhoodsOf(districtId).stream().map(NeighbourhoodInfo::getId).toList();
            found = ids.isEmpty() ? List.of() : cycles.findByNeighbourhoodIdIn(ids);
        }
        return found.stream().filter(c -> phase == null || c.getPhase() == phase)
                .sorted(Comparator.comparing(PbCycle::getSubmissionOpens).reversed().thenComparing(PbCycle::getId))
                .map(PbCycleInfo.class::cast).toList();
    }

    /** One cycle, as a coordinator edits it (the public {@link #require} serves every reader). */
    @PreAuthorize(COORDINATORS)
    public PbCycleInfo administered(long id) {
        return require(id);
    }

    /** A coordinator creates a cycle as a draft or open for proposals at once. */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public PbCycleInfo create(CycleSpec spec) {
        if (spec.phase() == null || !CREATABLE_PHASES.contains(spec.phase())) {
            throw new DomainException("cycle.error.create-phase");
        }
        check(spec, null);
        if (spec.phase().isOpen() && openCycleOf(spec.neighbourhoodId()).isPresent()) {
            throw new InvalidCycleException(CycleField.NEIGHBOURHOOD, "cycle.error.already-open");
        }
        if (spec.phase() == CyclePhase.SUBMISSION) {
            requireSubmissionNotOver(spec.submissionCloses());
        }
        var cycle = new PbCycle(spec, clock.instant());
        cycle.touched(currentUser.require().username(), clock.instant());
        return cycles.saveAndFlush(cycle);
    }

    /**
     * A coordinator saves an edit of the cycle they opened at {@code expectedVersion}. Only the
     * fields the cycle's phase allows may differ from what is stored (DD017); the phase itself
     * moves with {@link #advance}, so the spec's phase is not read.
     *
     * @throws CycleChangedException someone saved the cycle in the meantime
     */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public PbCycleInfo update(long id, long expectedVersion, CycleSpec spec) {
        PbCycle cycle = entity(id);
        if (cycle.getVersion() != expectedVersion) {
            throw new CycleChangedException(id);
        }
        CycleSpec stored = cycle.toSpec();
        boolean voteScheduled = ballots.getObject().voteScheduled(id);
        for (CycleField field : CycleField.values()) {
            if (!Objects.equals(field.valueIn(spec), field.valueIn(stored)) && !field.editable(cycle.getPhase(), voteScheduled)) {
                throw new InvalidCycleException(field, voteScheduled && field.editable(cycle.getPhase(), false)
                        ? "cycle.error.locked-by-vote" : "cycle.error.locked", label("cycle.field." + field.name()),
                        label("cycle.phase." + cycle.getPhase().name()));
            }
        }
        check(spec, cycle);
        cycle.apply(spec, currentUser.require().username(), clock.instant());
        return flush(cycle);
    }

    /**
     * The steps a coordinator takes by hand: publish a draft (proposals open), close the
     * proposal phase (review), close a cycle whose projects are implemented. Voting, allocation
     * and implementation begin by themselves (the vote opens; the budget office approves).
     */
    @PreAuthorize(COORDINATORS)
    @Transactional
    public PbCycleInfo advance(long id, long expectedVersion) {
        PbCycle cycle = entity(id);
        if (cycle.getVersion() != expectedVersion) {
            throw new CycleChangedException(id);
        }
        CyclePhase next = nextByHand(cycle.getPhase())
                .orElseThrow(() -> new DomainException("cycle.error.phase-automatic", label("cycle.phase." + cycle.getPhase().name())));
        if (next == CyclePhase.SUBMISSION && openCycleOf(cycle.getNeighbourhoodId()).isPresent()) {
            throw new DomainException.Conflict("cycle.error.already-open");
        }
        if (next == CyclePhase.SUBMISSION) {
            requireSubmissionNotOver(cycle.getSubmissionCloses());
        }
        cycle.moveTo(next);
        cycle.touched(currentUser.require().username(), clock.instant());
        return flush(cycle);
    }

    /** The phase a coordinator may move the cycle to from this one, if any. */
    public static Optional<CyclePhase> nextByHand(CyclePhase phase) {
        return switch (phase) {
            case DRAFT -> Optional.of(CyclePhase.SUBMISSION);
            case SUBMISSION -> Optional.of(CyclePhase.REVIEW);
            case IMPLEMENTATION -> Optional.of(CyclePhase.CLOSED);
            default -> Optional.empty();
        };
    }

    /** Which fields may change now, for the form to show the others read-only. */
    public Set<CycleField> editableFields(PbCycleInfo cycle) {
        boolean voteScheduled = ballots.getObject().voteScheduled(cycle.getId());
        var fields = EnumSet.noneOf(CycleField.class);
        for (CycleField f : CycleField.values()) {
            if (f.editable(cycle.getPhase(), voteScheduled)) {
                fields.add(f);
            }
        }
        return fields;
    }

    private PbCycle flush(PbCycle cycle) {
        try {
            return cycles.saveAndFlush(cycle);
        } catch (ObjectOptimisticLockingFailureException raced) {
            // Both read the same version; the other transaction committed first.
            throw new CycleChangedException(cycle.getId());
        }
    }

    /** Every rule of a cycle a coordinator saves, field by field, the first wrong field named. */
    private void check(CycleSpec spec, PbCycle existing) {
        try {
            neighbourhoods.require(spec.neighbourhoodId());
        } catch (DomainException.NotFound e) {
            throw new InvalidCycleException(CycleField.NEIGHBOURHOOD, "cycle.error.neighbourhood-required");
        }
        if (spec.title() == null || spec.title().isBlank()) {
            throw new InvalidCycleException(CycleField.TITLE, "cycle.error.title-required");
        }
        if (spec.title().trim().length() > 200) {
            throw new InvalidCycleException(CycleField.TITLE, "cycle.error.title-too-long", 200);
        }
        if (spec.envelope() == null || spec.envelope().amount().signum() <= 0 || spec.envelope().compareTo(MAX_ENVELOPE) > 0) {
            throw new InvalidCycleException(CycleField.ENVELOPE, "cycle.error.envelope");
        }
        require(CycleField.SUBMISSION_OPENS, spec.submissionOpens());
        require(CycleField.SUBMISSION_CLOSES, spec.submissionCloses());
        require(CycleField.VOTING_OPENS, spec.votingOpens());
        require(CycleField.VOTING_CLOSES, spec.votingCloses());
        if (spec.submissionCloses().isBefore(spec.submissionOpens())) {
            throw new InvalidCycleException(CycleField.SUBMISSION_CLOSES, "cycle.error.submission-closes-before-opens");
        }
        if (!spec.votingOpens().isAfter(spec.submissionCloses())) {
            throw new InvalidCycleException(CycleField.VOTING_OPENS, "cycle.error.voting-before-submission-closes");
        }
        if (spec.votingCloses().isBefore(spec.votingOpens())) {
            throw new InvalidCycleException(CycleField.VOTING_CLOSES, "cycle.error.voting-closes-before-opens");
        }
        LocalDate today = IzmirTime.now(clock).toLocalDate();
        boolean votingDatesChanged = existing == null || !spec.votingOpens().equals(existing.getVotingOpens())
                || !spec.votingCloses().equals(existing.getVotingCloses());
        if (votingDatesChanged && spec.votingOpens().isBefore(today)) {
            throw new InvalidCycleException(CycleField.VOTING_OPENS, "cycle.error.voting-in-past");
        }
        if (spec.supportThreshold() < 0 || spec.supportThreshold() > MAX_SUPPORT_THRESHOLD) {
            throw new InvalidCycleException(CycleField.SUPPORT_THRESHOLD, "cycle.error.threshold-range", MAX_SUPPORT_THRESHOLD);
        }
        if (spec.maxProposalsPerResident() < 1 || spec.maxProposalsPerResident() > MAX_PROPOSALS_PER_RESIDENT) {
            throw new InvalidCycleException(CycleField.MAX_PROPOSALS, "cycle.error.max-proposals-range", MAX_PROPOSALS_PER_RESIDENT);
        }
        if (spec.minimumAge() < 0 || spec.minimumAge() > MAX_MINIMUM_AGE) {
            throw new InvalidCycleException(CycleField.MINIMUM_AGE, "cycle.error.minimum-age-range", MAX_MINIMUM_AGE);
        }
        if (spec.ballotRule() == null) {
            throw new InvalidCycleException(CycleField.BALLOT_RULE, "cycle.error.rule-required");
        }
        if (spec.allocationRule() == null) {
            throw new InvalidCycleException(CycleField.ALLOCATION_RULE, "cycle.error.rule-required");
        }
        for (PbCycle other : cycles.findByNeighbourhoodIdIn(List.of(spec.neighbourhoodId()))) {
            if (existing != null && other.getId().equals(existing.getId())) {
                continue;
            }
            // A neighbourhood runs one cycle at a time: from proposals opening to voting closing.
            if (!spec.submissionOpens().isAfter(other.getVotingCloses()) && !other.getSubmissionOpens().isAfter(spec.votingCloses())) {
                throw new InvalidCycleException(CycleField.SUBMISSION_OPENS, "cycle.error.overlap", other.getTitle(),
                        other.getSubmissionOpens(), other.getVotingCloses());
            }
        }
    }

    /** Opening proposals after their closing day would open a window that is already shut. */
    private void requireSubmissionNotOver(LocalDate submissionCloses) {
        if (submissionCloses.isBefore(IzmirTime.now(clock).toLocalDate())) {
            throw new InvalidCycleException(CycleField.SUBMISSION_CLOSES, "cycle.error.submission-over");
        }
    }

    /** A message argument that is itself translated (a field or phase name). */
    private static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[]{key}, key);
    }

    private static void require(CycleField field, LocalDate date) {
        if (date == null) {
            throw new InvalidCycleException(field, "cycle.error.date-required");
        }
    }

    private void validate(CycleSpec spec) {
        neighbourhoods.require(spec.neighbourhoodId());
        if (spec.title() == null || spec.title().isBlank()) {
            throw new DomainException("cycle.error.title-required");
        }
        if (spec.title().length() > 200) {
            throw new DomainException("cycle.error.title-too-long", 200);
        }
        if (spec.envelope() == null || spec.envelope().amount().signum() <= 0
                || spec.envelope().compareTo(MAX_ENVELOPE) > 0) {
            throw new DomainException("cycle.error.envelope");
        }
        if (spec.submissionOpens().isAfter(spec.submissionCloses())
                || spec.submissionCloses().isAfter(spec.votingOpens())
                || spec.votingOpens().isAfter(spec.votingCloses())) {
            throw new DomainException("cycle.error.dates");
        }
        if (spec.supportThreshold() < 0 || spec.maxProposalsPerResident() < 1 || spec.minimumAge() < 0) {
            throw new DomainException("cycle.error.limits");
        }
    }
}
