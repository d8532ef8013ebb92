package tr.bel.izmir.bizizmir.parkevent;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.bel.izmir.bizizmir.shared.PublicBaseUrl;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** The public Living Parks calendar as an iCalendar feed: the last month and the next year, optionally of one park or district. */
@RestController
@RequestMapping("/api/v1/public/parks")
@PreAuthorize("permitAll()")
class ParkEventCalendarApi {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ParkEventApplications applications;
    private final Clock clock;
    private final PublicBaseUrl publicBaseUrl;

    ParkEventCalendarApi(ParkEventApplications applications, Clock clock, PublicBaseUrl publicBaseUrl) {
        this.applications = applications;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * @param park     only this park's events (the park page links to this)
     * @param district only events in this district, by its code (e.g. {@code konak})
     */
    @GetMapping("/events.ics")
    ResponseEntity<String> events(@RequestParam(required = false) Long park, @RequestParam(required = false) String district) {
        var now = clock.instant();
        var events = applications.publicEvents(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366))).stream()
                .filter(e -> park == null || e.parkId() == park)
                .filter(e -> district == null || e.districtCode().equals(district))
                .toList();
        // Links to the event pages from the configured address, never from the request's Host header.
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ICalendar.write(events, now, publicBaseUrl.get()));
    }
}
