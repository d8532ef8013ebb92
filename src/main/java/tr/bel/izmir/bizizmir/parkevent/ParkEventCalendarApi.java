package tr.bel.izmir.bizizmir.parkevent;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** The public Living Parks calendar as an iCalendar feed: the last month and the next year. */
@RestController
@RequestMapping("/api/v1/public/parks")
@PreAuthorize("permitAll()")
class ParkEventCalendarApi {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ParkEventApplications applications;
    private final Clock clock;

    ParkEventCalendarApi(ParkEventApplications applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> events() {
        var now = clock.instant();
        var events = applications.publicEvents(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366)));
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ICalendar.write(events, now));
    }
}
