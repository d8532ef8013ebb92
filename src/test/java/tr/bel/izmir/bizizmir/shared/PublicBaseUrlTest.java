package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicBaseUrlTest {

    @Test
    void the_configured_address_without_its_trailing_slash() {
        var env = new MockEnvironment().withProperty(PublicBaseUrl.PROPERTY, "https://katilim.izmir.bel.tr/");
        assertThat(new PublicBaseUrl(env).get()).isEqualTo("https://katilim.izmir.bel.tr");
    }

    @Test
    void the_local_default_names_the_port_the_server_listens_on_once_it_does() {
        var env = new MockEnvironment().withProperty("server.port", "0")
                .withProperty(PublicBaseUrl.PROPERTY, "http://localhost:${local.server.port:${server.port}}");
        var url = new PublicBaseUrl(env);
        env.setProperty("local.server.port", "43210");
        assertThat(url.get()).isEqualTo("http://localhost:43210");
    }

    @Test
    void no_links_from_a_missing_or_unusable_address() {
        assertThatThrownBy(() -> new PublicBaseUrl(new MockEnvironment()).get()).isInstanceOf(IllegalStateException.class);
        for (String bad : new String[]{"katilim.izmir.bel.tr", "ftp://x.tr", "https://x.tr/?a=1", "https://x.tr/#top",
                "https://user:pw@x.tr", "https://", "http://exa mple.tr"}) {
            assertThat(PublicBaseUrl.valid(bad)).as(bad).isFalse();
        }
        assertThat(PublicBaseUrl.valid("https://katilim.izmir.bel.tr/portal")).isTrue();
    }
}
