package tr.bel.izmir.bizizmir.parkevent;

import java.math.BigDecimal;
import java.time.Instant;

/** An approved event as anyone may see it: no applicant, no attendance figures, no reasons. */
public record PublicEvent(long id, String title, ActivityType activity, Instant startsAt, Instant endsAt,
                          String groupName, String parkName, String areaName, BigDecimal latitude, BigDecimal longitude,
                          long parkId, String districtCode, EventStatus status) {

    /** Where the event page lives in the portal. */
    public String path() {
        return "parks/events/" + id;
    }
}
