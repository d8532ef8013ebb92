package tr.bel.izmir.bizizmir.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Europe/Istanbul is the programme's time zone, whatever the server's. */
public final class IzmirTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

    private IzmirTime() {
    }

    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock.withZone(ZONE));
    }

    public static String formatDateTime(TemporalAccessor value, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.supported(locale)).withZone(ZONE).format(value);
    }

    public static String formatDate(TemporalAccessor value, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Messages.supported(locale)).withZone(ZONE).format(value);
    }
}
