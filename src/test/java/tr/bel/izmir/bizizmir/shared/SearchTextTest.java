package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void every_way_of_typing_a_turkish_word_folds_to_the_same_text() {
        assertThat(SearchText.fold("Göztepe İskelesi'ne")).isEqualTo("goztepe iskelesi'ne");
        for (String typed : new String[]{"iskele", "İskele", "ISKELE", "Iskele", "ıskele", "İSKELE"}) {
            assertThat(SearchText.fold(typed)).as(typed).isEqualTo("iskele");
        }
        assertThat(SearchText.fold("ŞĞÜÖÇ şğüöç âîû")).isEqualTo("sguoc sguoc aiu");
        assertThat(SearchText.fold("  Karşıyaka \n  Bostanlı ")).isEqualTo("karsiyaka bostanli");
    }

    @Test
    void a_text_matches_a_query_folded_on_both_sides_and_an_empty_query_matches_everything() {
        assertThat(SearchText.matches("Göztepe İskelesi'ne bisiklet yolu", "ISKELE")).isTrue();
        assertThat(SearchText.matches("Göztepe İskelesi'ne bisiklet yolu", "goztepe")).isTrue();
        assertThat(SearchText.matches("Göztepe", "kadıköy")).isFalse();
        assertThat(SearchText.matches("anything", "  ")).isTrue();
        assertThat(SearchText.matches(null, null)).isTrue();
    }

    @Test
    void a_like_pattern_treats_typed_wildcards_as_letters() {
        assertThat(SearchText.containsPattern("İskele")).isEqualTo("%iskele%");
        assertThat(SearchText.containsPattern("%_!")).isEqualTo("%!%!_!!%");
        assertThat(SearchText.containsPattern(null)).isEqualTo("%%");
    }
}
