package tr.bel.izmir.bizizmir.transparency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;

import java.util.List;

/**
 * The public statistics as JSON, with the statistics page's filters: {@code from} and {@code to}
 * (ISO dates, both included), {@code district} and {@code neighbourhood} codes. A filter that
 * cannot be read is a 400 problem naming it, in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/public/statistics")
@PreAuthorize("permitAll()")
class StatisticsApi {

    private final PublicStatistics statistics;
    private final NeighbourhoodCatalog neighbourhoods;

    StatisticsApi(PublicStatistics statistics, NeighbourhoodCatalog neighbourhoods) {
        this.statistics = statistics;
        this.neighbourhoods = neighbourhoods;
    }

    private StatisticsFilter filter(String from, String to, String district, String neighbourhood) {
        return StatisticsFilter.parse(from, to, district, neighbourhood, neighbourhoods);
    }

    @GetMapping("/participation")
    PublicStatistics.ParticipationTable participation(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String district,
            @RequestParam(required = false) String neighbourhood) {
        return statistics.participation(filter(from, to, district, neighbourhood));
    }

    @GetMapping("/voters-by-age")
    List<PublicStatistics.AgeGroup> votersByAge(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String district,
            @RequestParam(required = false) String neighbourhood) {
        return statistics.votersByAge(filter(from, to, district, neighbourhood));
    }

    @GetMapping("/votes-per-day")
    List<PublicStatistics.DayCount> votesPerDay(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String district,
            @RequestParam(required = false) String neighbourhood) {
        return statistics.votesPerDay(filter(from, to, district, neighbourhood));
    }

    @GetMapping("/allocated")
    List<PublicStatistics.Allocated> allocated(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String district,
            @RequestParam(required = false) String neighbourhood) {
        return statistics.allocated(filter(from, to, district, neighbourhood));
    }

    @GetMapping("/implementation")
    List<PublicStatistics.ProjectProgress> implementation(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String district,
            @RequestParam(required = false) String neighbourhood) {
        return statistics.implementation(filter(from, to, district, neighbourhood));
    }

    @GetMapping("/park-events")
    List<PublicStatistics.ParkMonth> parkEvents(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String district,
            @RequestParam(required = false) String neighbourhood) {
        return statistics.parkEvents(filter(from, to, district, neighbourhood));
    }
}
