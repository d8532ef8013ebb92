package tr.bel.izmir.bizizmir.parkevent;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTest {

    static final PublicEvent EVENT = new PublicEvent(7, "Resim, müzik; ve oyun", ActivityType.ART,
            Instant.parse("2027-05-15T11:00:00Z"), Instant.parse("2027-05-15T13:30:00Z"),
            "Alsancak Mahalle Gönüllüleri", "Kültürpark", "Göl kenarı çimenlik",
            new BigDecimal("38.428500"), new BigDecimal("27.145100"), 1, "konak", EventStatus.APPROVED);

    @Test
    void writes_an_event_in_utc_with_escaped_text_and_crlf_lines() {
        String ics = ICalendar.write(List.of(EVENT), Instant.parse("2027-04-01T08:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:parkevent-7@bizizmir.izmir.bel.tr\r\n", "DTSTART:20270515T110000Z\r\n",
                "DTEND:20270515T133000Z\r\n", "SUMMARY:Resim\\, müzik\\; ve oyun\r\n", "GEO:38.428500;27.145100\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics).doesNotContain("URL:");
    }

    @Test
    void links_each_event_to_its_page_on_the_portal() {
        String ics = ICalendar.write(List.of(EVENT), Instant.parse("2027-04-01T08:00:00Z"), "https://bizizmir.izmir.bel.tr");
        assertThat(ics).contains("URL:https://bizizmir.izmir.bel.tr/parks/events/7\r\n");
    }

    @Test
    void folds_long_lines_at_75_octets_without_splitting_a_turkish_letter() {
        var sb = new StringBuilder();
        ICalendar.line(sb, "SUMMARY:" + "ğüşıöç".repeat(30));
        for (String line : sb.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(sb.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "ğüşıöç".repeat(30) + "\r\n");
    }
}
