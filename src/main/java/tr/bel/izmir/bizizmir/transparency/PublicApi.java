package tr.bel.izmir.bizizmir.transparency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.assembly.AssemblyDirectory;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Open data, readable by anyone without signing in (the only unauthenticated part of
 * {@code /api}): districts, neighbourhoods, assemblies and PB cycles.
 */
@RestController
@RequestMapping("/api/v1/public")
@PreAuthorize("permitAll()")
class PublicApi {

    private final NeighbourhoodCatalog neighbourhoods;
    private final AssemblyDirectory assemblies;
    private final PbCycles cycles;

    PublicApi(NeighbourhoodCatalog neighbourhoods, AssemblyDirectory assemblies, PbCycles cycles) {
        this.neighbourhoods = neighbourhoods;
        this.assemblies = assemblies;
        this.cycles = cycles;
    }

    record DistrictDto(String code, String name) {
    }

    record NeighbourhoodDto(String code, String name, String district, Integer population) {
    }

    record AssemblyDto(long id, String name, String neighbourhood, boolean pilot, LocalDate establishedOn) {
    }

    record CycleDto(long id, String title, String neighbourhood, BigDecimal envelopeTry, String currency,
                    String phase, LocalDate submissionOpens, LocalDate submissionCloses,
                    LocalDate votingOpens, LocalDate votingCloses, String ballotRule, String allocationRule) {
    }

    @GetMapping("/districts")
    List<DistrictDto> districts() {
        return neighbourhoods.districts().stream().map(d -> new DistrictDto(d.getCode(), d.getName())).toList();
    }

    @GetMapping("/districts/{code}/neighbourhoods")
    List<NeighbourhoodDto> neighbourhoodsOf(@PathVariable String code) {
        var district = neighbourhoods.districts().stream().filter(d -> d.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new tr.bel.izmir.bizizmir.shared.DomainException.NotFound("district.error.not-found", code));
        return neighbourhoods.neighbourhoodsOf(district.getId()).stream()
                .map(n -> new NeighbourhoodDto(n.getCode(), n.getName(), district.getCode(), n.getPopulation())).toList();
    }

    @GetMapping("/neighbourhoods/{code}")
    NeighbourhoodDto neighbourhood(@PathVariable String code) {
        var n = neighbourhoods.requireByCode(code);
        return new NeighbourhoodDto(n.getCode(), n.getName(), n.getDistrict().getCode(), n.getPopulation());
    }

    @GetMapping("/assemblies")
    List<AssemblyDto> assemblies() {
        return assemblies.all().stream().map(a -> new AssemblyDto(a.getId(), a.getName(),
                neighbourhoods.require(a.getNeighbourhoodId()).getCode(), a.isPilot(), a.getEstablishedOn())).toList();
    }

    @GetMapping("/cycles")
    List<CycleDto> cycles() {
        return cycles.openCycles().stream().map(c -> new CycleDto(c.getId(), c.getTitle(),
                neighbourhoods.require(c.getNeighbourhoodId()).getCode(), c.getEnvelope().amount(), "TRY",
                c.getPhase().name(), c.getSubmissionOpens(), c.getSubmissionCloses(), c.getVotingOpens(),
                c.getVotingCloses(), c.getBallotRule().name(), c.getAllocationRule().name())).toList();
    }
}
