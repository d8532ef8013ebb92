package tr.bel.izmir.bizizmir.parkevent;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a group may ask for: a name within its length, support in proportion to the event. */
class EventRequestTest {

    static final Instant START = Instant.parse("2027-05-01T07:00:00Z");

    static EventRequest request(String title, int attendance, int tents, int chairs, int tables) {
        return new EventRequest(1, 1, title, START, START.plus(2, ChronoUnit.HOURS), attendance, false, NoiseLevel.LOW,
                false, ActivityType.WORKSHOP, tents, false, false, chairs, tables);
    }

    @Test
    void five_hundred_tents_or_9999_chairs_for_twenty_people_are_refused_with_what_may_be_asked() {
        assertThatThrownBy(() -> request("Resim atölyesi", 20, 500, 0, 0).validate())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("parkevent.error.support-too-many");
                    assertThat(e.args()).containsExactly(20, 2, 20, 5);
                });
        assertThatThrownBy(() -> request("Resim atölyesi", 20, 0, 9999, 0).validate())
                .hasMessageContaining("parkevent.error.support-too-many");
        assertThatThrownBy(() -> request("Resim atölyesi", 20, 0, 0, 6).validate())
                .hasMessageContaining("parkevent.error.support-too-many");
    }

    @Test
    void support_in_proportion_is_accepted_up_to_the_departments_own_limits() {
        request("Resim atölyesi", 20, 2, 20, 5).validate();
        request("Büyük piknik", 5000, EventRequest.TENTS_MAX, EventRequest.CHAIRS_MAX, EventRequest.TABLES_MAX).validate();
        assertThatThrownBy(() -> request("Büyük piknik", 5000, 0, EventRequest.CHAIRS_MAX + 1, 0).validate())
                .hasMessageContaining("parkevent.error.support-too-many");
    }

    @Test
    void a_name_longer_than_150_characters_is_refused_not_cut() {
        assertThatThrownBy(() -> request("a".repeat(151), 20, 0, 0, 0).validate())
                .hasMessageContaining("parkevent.error.title-length");
        request("a".repeat(150), 20, 0, 0, 0).validate();
    }
}
