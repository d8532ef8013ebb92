package tr.bel.izmir.bizizmir.transparency;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    /** The four query parameters every statistic takes, as the page's filter form writes them (all optional). */
    record FilterParams(String from, String to, String district, String neighbourhood) {
    }

    private StatisticsFilter filter(FilterParams p) {
        return StatisticsFilter.parse(p.from(), p.to(), p.district(), p.neighbourhood(), neighbourhoods);
    }

    @GetMapping("/participation")
    PublicStatistics.ParticipationTable participation(@ParameterObject FilterParams params) {
        return statistics.participation(filter(params));
    }

    @GetMapping("/voters-by-age")
    List<PublicStatistics.AgeGroup> votersByAge(@ParameterObject FilterParams params) {
        return statistics.votersByAge(filter(params));
    }

    @GetMapping("/votes-per-day")
    List<PublicStatistics.DayCount> votesPerDay(@ParameterObject FilterParams params) {
        return statistics.votesPerDay(filter(params));
    }

    @GetMapping("/allocated")
    List<PublicStatistics.Allocated> allocated(@ParameterObject FilterParams params) {
        return statistics.allocated(filter(params));
    }

    @GetMapping("/implementation")
    List<PublicStatistics.ProjectProgress> implementation(@ParameterObject FilterParams params) {
        return statistics.implementation(filter(params));
    }

    @GetMapping("/park-events")
    List<PublicStatistics.ParkMonth> parkEvents(@ParameterObject FilterParams params) {
        return statistics.parkEvents(filter(params));
    }
}
