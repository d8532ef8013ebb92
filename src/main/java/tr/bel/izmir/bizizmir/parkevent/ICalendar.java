package tr.bel.izmir.bizizmir.parkevent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the public events as an iCalendar feed (RFC 5545), so residents can subscribe in
 * any calendar app. Times are written in UTC, which every client understands without a
 * VTIMEZONE block.
 */
final class ICalendar {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String CRLF = "\r\n";

    private ICalendar() {
    }

    public static String write(List<PublicEvent> events, Instant now) {
        return write(events, now, null);
    }

    /** @param portalUrl the portal's address (no trailing slash), so each event links to its page; null for none */
    public static String write(List<PublicEvent> events, Instant now, String portalUrl) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//İzmir Büyükşehir Belediyesi//Bizİzmir Yaşayan Parklar//TR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text("Yaşayan Parklar etkinlikleri"));
        for (PublicEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:parkevent-" + e.id() + "@bizizmir.izmir.bel.tr");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(e.startsAt()));
            line(out, "DTEND:" + UTC.format(e.endsAt()));
            line(out, "SUMMARY:" + text(e.title()));
            line(out, "LOCATION:" + text(e.parkName() + " — " + e.areaName()));
            line(out, "GEO:" + e.latitude().toPlainString() + ";" + e.longitude().toPlainString());
            line(out, "DESCRIPTION:" + text(e.groupName()));
            if (portalUrl != null) {
                line(out, "URL:" + portalUrl + "/" + e.path());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Content lines fold at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
