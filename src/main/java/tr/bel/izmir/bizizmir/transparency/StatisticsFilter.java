package tr.bel.izmir.bizizmir.transparency;

import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What a statistics page or request is narrowed to: a period of days (both ends included, in
 * İzmir's time zone, either end open), a district and a neighbourhood of it. Parsed from the
 * text a person typed or a URL carried; anything unreadable is refused with a translated error
 * naming the filter, never silently widened.
 */
public record StatisticsFilter(LocalDate from, LocalDate to, DistrictInfo district, NeighbourhoodInfo neighbourhood) {

    public static final StatisticsFilter ALL = new StatisticsFilter(null, null, null, null);

    /** A filter that cannot be applied (400): bad date, period the wrong way round, unknown place. */
    public static class Invalid extends DomainException {
        public Invalid(String messageKey, Object... args) {
            super(400, messageKey, args);
        }
    }

    /**
     * @param from         ISO date (yyyy-mm-dd) or blank
     * @param to           ISO date or blank
     * @param district     district code or blank
     * @param neighbourhood neighbourhood code or blank; must lie in the district when both are given
     */
    public static StatisticsFilter parse(String from, String to, String district, String neighbourhood,
                                         NeighbourhoodCatalog catalog) {
        LocalDate fromDate = date(from, "statistics.error.from");
        LocalDate toDate = date(to, "statistics.error.to");
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new Invalid("statistics.error.period", fromDate.toString(), toDate.toString());
        }
        DistrictInfo d = null;
        if (!blank(district)) {
            String code = district.strip();
            d = catalog.districts().stream().filter(x -> x.getCode().equals(code)).findFirst()
                    .orElseThrow(() -> new Invalid("statistics.error.district", shorten(code)));
        }
        NeighbourhoodInfo n = null;
        if (!blank(neighbourhood)) {
            String code = neighbourhood.strip();
            n = catalog.byCode(code).orElseThrow(() -> new Invalid("statistics.error.neighbourhood", shorten(code)));
            if (d != null && !n.getDistrict().getId().equals(d.getId())) {
                throw new Invalid("statistics.error.neighbourhood-district", n.getDisplayName(), d.getName());
            }
            if (d == null) {
                d = n.getDistrict();
            }
        }
        return new StatisticsFilter(fromDate, toDate, d, n);
    }

    private static LocalDate date(String text, String key) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new Invalid(key, shorten(text.strip()));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new Invalid(key, shorten(text.strip()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What a person sent, cut short so an error never repeats a page of text. */
    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The first instant of the period (inclusive), or the start of time. */
    public Instant startInstant() {
        return from == null ? Instant.parse("2000-01-01T00:00:00Z") : from.atStartOfDay(IzmirTime.ZONE).toInstant();
    }

    /** The instant after the period (exclusive), or far in the future. */
    public Instant endInstant() {
        return to == null ? Instant.parse("2101-01-01T00:00:00Z") : to.plusDays(1).atStartOfDay(IzmirTime.ZONE).toInstant();
    }

    public LocalDate startDate() {
        return from == null ? LocalDate.of(2000, 1, 1) : from;
    }

    public LocalDate endDate() {
        return to == null ? LocalDate.of(2100, 12, 31) : to;
    }

    public Long districtId() {
        return district == null ? null : district.getId();
    }

    public Long neighbourhoodId() {
        return neighbourhood == null ? null : neighbourhood.getId();
    }
}
