package tr.bel.izmir.bizizmir.neighbourhood;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TurkishTextTest {

    @Test
    void slugs_turkish_letters_without_losing_dotted_and_dotless_i() {
        assertThat(TurkishText.slug("Karşıyaka Bostanlı")).isEqualTo("karsiyaka-bostanli");
        assertThat(TurkishText.slug("İZMİR Çiğli")).isEqualTo("izmir-cigli");
        assertThat(TurkishText.slug("  Ödemiş / Birgi ")).isEqualTo("odemis-birgi");
    }

    @Test
    void matches_names_typed_without_turkish_letters() {
        assertThat(TurkishText.key("sigacik")).isEqualTo(TurkishText.key("SIĞACIK"));
    }
}
