package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorableTextTest {

    @Test
    void ordinary_text_with_tabs_line_breaks_turkish_letters_and_emoji_is_storable() {
        assertThat(StorableText.firstInvalid("")).isEqualTo(-1);
        assertThat(StorableText.firstInvalid("Çınaraltı\tparkı\r\nİzmir 🌳 ğüşöç")).isEqualTo(-1);
        assertThat(StorableText.isStorable(null)).isTrue();
        // DEL and C1 controls are not what PostgreSQL refuses, and the rule is about C0.
        assertThat(StorableText.firstInvalid("a\u007fb\u0085c")).isEqualTo(-1);
    }

    @Test
    void nul_and_the_other_c0_controls_are_refused_at_their_position() {
        assertThat(StorableText.firstInvalid("ab\u0000")).isEqualTo(2);
        for (char c = 0; c < 0x20; c++) {
            boolean allowed = c == '\t' || c == '\n' || c == '\r';
            assertThat(StorableText.firstInvalid("x" + c)).as("U+%04X", (int) c).isEqualTo(allowed ? -1 : 1);
        }
    }

    @Test
    void unpaired_surrogates_are_refused_wherever_they_stand() {
        assertThat(StorableText.firstInvalid("a\uD83C")).as("high at the end").isEqualTo(1);
        assertThat(StorableText.firstInvalid("a\uD83Cb")).as("high before a letter").isEqualTo(1);
        assertThat(StorableText.firstInvalid("a\uDF33b")).as("lone low").isEqualTo(1);
        assertThat(StorableText.firstInvalid("\uDF33\uD83C")).as("reversed pair").isEqualTo(0);
        assertThat(StorableText.firstInvalid("\uD83C\uD83C\uDF33")).as("two highs, one pair").isEqualTo(0);
        assertThat(StorableText.firstInvalid("\uD83C\uDF33\uDF33")).as("a pair and a lone low").isEqualTo(2);
    }

    @Test
    void require_names_the_field_the_code_point_and_the_one_based_position() {
        assertThat(StorableText.require("title", "fine")).isEqualTo("fine");
        assertThat(StorableText.require("title", null)).isNull();
        assertThatThrownBy(() -> StorableText.require("title", "ab\u0000"))
                .isInstanceOfSatisfying(StorableText.Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("error.text.invalid-character");
                    assertThat(e.args()).containsExactly("title", "U+0000", "3");
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
        assertThatThrownBy(() -> StorableText.requireInForm("body", "\uDC00"))
                .isInstanceOfSatisfying(StorableText.Invalid.class, e -> {
                    assertThat(e.messageKey()).as("no code name in a form's message").isEqualTo("error.text.invalid-character-form");
                    assertThat(e.args()).containsExactly("body", "U+DC00", "1");
                });
    }
}
