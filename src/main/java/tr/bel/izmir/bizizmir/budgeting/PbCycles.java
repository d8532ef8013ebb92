package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.budgeting.internal.PbCycleRepository;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Participatory-budgeting cycles: at most one open cycle per neighbourhood. */
@Service
@Transactional(readOnly = true)
public class PbCycles {

    static final List<CyclePhase> OPEN_PHASES = Arrays.stream(CyclePhase.values()).filter(CyclePhase::isOpen).toList();
    public static final Money MAX_ENVELOPE = Money.ofLira(1_000_000_000L);

    private final PbCycleRepository cycles;
    private final NeighbourhoodCatalog neighbourhoods;
    private final Clock clock;

    public PbCycles(PbCycleRepository cycles, NeighbourhoodCatalog neighbourhoods, Clock clock) {
        this.cycles = cycles;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /** Open cycles of the whole city, the soonest vote first (public). */
    public List<PbCycle> openCycles() {
        return cycles.findByPhaseInOrderByVotingClosesAsc(OPEN_PHASES);
    }

    public Optional<PbCycle> openCycleOf(long neighbourhoodId) {
        return cycles.findByNeighbourhoodIdAndPhaseIn(neighbourhoodId, OPEN_PHASES).stream().findFirst();
    }

    public PbCycle require(long id) {
        return cycles.findById(id).orElseThrow(() -> new DomainException.NotFound("cycle.error.not-found", id));
    }

    @PreAuthorize("hasRole('admin')")
    @Transactional
    public PbCycle open(CycleSpec spec) {
        return openTrusted(spec);
    }

    /**
     * The cycle's public vote has opened (voting feature, inside its opening step): a cycle
     * still collecting or reviewing proposals now shows "voting". Later phases stay as they are.
     */
    @Transactional
    public void votingOpened(long cycleId) {
        PbCycle cycle = require(cycleId);
        if (cycle.getPhase().compareTo(CyclePhase.VOTING) < 0) {
            cycle.moveTo(CyclePhase.VOTING);
            cycles.save(cycle);
        }
    }

    /** Demo data, which runs without a signed-in admin. */
    @Transactional
    public PbCycle openTrusted(CycleSpec spec) {
        validate(spec);
        if (spec.phase().isOpen() && openCycleOf(spec.neighbourhoodId()).isPresent()) {
            throw new DomainException.Conflict("cycle.error.already-open");
        }
        return cycles.save(new PbCycle(spec, clock.instant()));
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
