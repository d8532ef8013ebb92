package tr.bel.izmir.bizizmir.proposal;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.MapSettings;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** A proposal's point lies in İzmir, and the tile server's origin is what the CSP allows (DD030). */
class ProposalPointTest {

    static ProposalDraft draft(String latitude, String longitude) {
        return new ProposalDraft("Kale önüne gölgelik", "Kale önündeki meydana gölgelik ve oturma bankları.",
                ProposalCategory.PARKS, "Sığacık kalesi", latitude == null ? null : new BigDecimal(latitude),
                longitude == null ? null : new BigDecimal(longitude), null);
    }

    @Test
    void a_point_in_izmir_or_none_is_accepted() {
        assertThatNoException().isThrownBy(() -> draft("38.1965", "26.7858").validate()); // Sığacık
        assertThatNoException().isThrownBy(() -> draft("39.1210", "27.1800").validate()); // Bergama
        assertThatNoException().isThrownBy(() -> draft("38.3240", "26.3050").validate()); // Çeşme
        assertThatNoException().isThrownBy(() -> draft(null, null).validate());
    }

    @Test
    void a_point_outside_izmir_is_refused_with_its_own_message() {
        for (String[] point : new String[][]{{"39.2", "26.0"}, {"41.0082", "28.9784"}, {"37.0", "27.4"}, {"38.4", "29.0"}}) {
            assertThatThrownBy(() -> draft(point[0], point[1]).validate()).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("proposal.error.outside-izmir");
        }
        // Half a point or one off the globe stays the malformed-coordinates error.
        assertThatThrownBy(() -> draft("38.4", null).validate()).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("proposal.error.coordinates");
        assertThatThrownBy(() -> draft("138.4", "27").validate()).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("proposal.error.coordinates");
    }

    @Test
    void the_csp_source_of_a_tile_url_is_its_origin() {
        assertThat(MapSettings.tileOrigin(MapSettings.OSM_TILES)).isEqualTo("https://tile.openstreetmap.org");
        assertThat(MapSettings.tileOrigin("https://{s}.tile.example.org/osm/{z}/{x}/{y}.png")).isEqualTo("https://*.tile.example.org");
        assertThat(MapSettings.tileOrigin("http://127.0.0.1:9/tiles/{z}/{x}/{y}.png")).isEqualTo("http://127.0.0.1:9");
        assertThatThrownBy(() -> new MapSettings("javascript:alert(1)//{z}", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapSettings("tiles/{z}/{x}/{y}.png", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
