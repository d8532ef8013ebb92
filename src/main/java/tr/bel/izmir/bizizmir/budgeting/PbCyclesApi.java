package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Programme administration of PB cycles (DD017), the same as the staff page {@code staff/cycles}:
 * list, read, create, edit and step a cycle's phase. An edit and a phase step carry the
 * {@code version} the client read; a save over someone else's answers 409.
 */
@RestController
@RequestMapping("/api/v1/pb/cycles")
@PreAuthorize(PbCycles.COORDINATORS)
class PbCyclesApi {

    private final PbCycles cycles;

    PbCyclesApi(PbCycles cycles) {
        this.cycles = cycles;
    }

    record CycleDto(long id, long version, long neighbourhoodId, String title, BigDecimal envelope, String currency,
                    String phase, LocalDate submissionOpens, LocalDate submissionCloses, LocalDate votingOpens,
                    LocalDate votingCloses, int supportThreshold, int maxProposalsPerResident, int minimumAge,
                    String ballotRule, String allocationRule, List<String> editableFields, Instant updatedAt,
                    String updatedBy) {
    }

    /** What a client sends; {@code version} only for an edit, {@code phase} only for a new cycle. */
    record CycleRequest(Long version, Long neighbourhoodId, String title, BigDecimal envelope, CyclePhase phase,
                        LocalDate submissionOpens, LocalDate submissionCloses, LocalDate votingOpens,
                        LocalDate votingCloses, Integer supportThreshold, Integer maxProposalsPerResident,
                        Integer minimumAge, BallotRule ballotRule, AllocationRule allocationRule) {

        CycleSpec spec(CyclePhase phaseToUse) {
            return new CycleSpec(neighbourhoodId == null ? 0 : neighbourhoodId, title,
                    envelope == null ? null : new Money(envelope), phaseToUse, submissionOpens, submissionCloses,
                    votingOpens, votingCloses, supportThreshold == null ? -1 : supportThreshold,
                    maxProposalsPerResident == null ? -1 : maxProposalsPerResident, minimumAge == null ? -1 : minimumAge,
                    ballotRule, allocationRule);
        }
    }

    record VersionRequest(Long version) {
    }

    @GetMapping
    List<CycleDto> list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) CyclePhase phase) {
        return cycles.search(districtId, phase).stream().map(this::dto).toList();
    }

    @GetMapping("/{id}")
    CycleDto get(@PathVariable long id) {
        return dto(cycles.administered(id));
    }

    @PostMapping
    ResponseEntity<CycleDto> create(@RequestBody CycleRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(cycles.create(request.spec(request.phase()))));
    }

    @PutMapping("/{id}")
    CycleDto update(@PathVariable long id, @RequestBody CycleRequest request) {
        PbCycleInfo cycle = cycles.require(id);
        return dto(cycles.update(id, version(request.version()), request.spec(cycle.getPhase())));
    }

    /** Publish a draft, close proposals, or close an implemented cycle (the next step by hand). */
    @PostMapping("/{id}/advance")
    CycleDto advance(@PathVariable long id, @RequestBody VersionRequest request) {
        return dto(cycles.advance(id, version(request.version())));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new DomainException("cycle.error.version-required");
        }
        return version;
    }

    private CycleDto dto(PbCycleInfo c) {
        return new CycleDto(c.getId(), c.getVersion(), c.getNeighbourhoodId(), c.getTitle(), c.getEnvelope().amount(), "TRY",
                c.getPhase().name(), c.getSubmissionOpens(), c.getSubmissionCloses(), c.getVotingOpens(), c.getVotingCloses(),
                c.getSupportThreshold(), c.getMaxProposalsPerResident(), c.getMinimumAge(), c.getBallotRule().name(),
                c.getAllocationRule().name(), cycles.editableFields(c).stream().map(Enum::name).toList(),
                c.getUpdatedAt().orElse(null), c.getUpdatedBy().orElse(null));
    }
}
