package tr.bel.izmir.bizizmir.neighbourhood;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tr.bel.izmir.bizizmir.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TcKimlikNoTest {

    @ParameterizedTest
    @ValueSource(strings = {"10000000146", "12345678950", " 10000000146 "})
    void accepts_numbers_whose_check_digits_are_right(String number) {
        assertThat(TcKimlikNo.check(number)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "10000000147, CHECKSUM",
            "12345678951, CHECKSUM",
            "12345678940, CHECKSUM",
            "02345678950, LEADING_ZERO",
            "1234567895, NOT_ELEVEN_DIGITS",
            "123456789501, NOT_ELEVEN_DIGITS",
            "1234567895a, NOT_ELEVEN_DIGITS",
            "'1234 567895', NOT_ELEVEN_DIGITS",
            "'', EMPTY"})
    void names_what_is_wrong_with_an_invalid_number(String number, TcKimlikNo.Problem problem) {
        assertThat(TcKimlikNo.check(number)).isEqualTo(problem);
    }

    @Test
    void a_missing_number_is_empty() {
        assertThat(TcKimlikNo.check(null)).isEqualTo(TcKimlikNo.Problem.EMPTY);
    }

    @Test
    void completes_nine_digits_into_a_valid_number() {
        for (String nine : new String[]{"100000001", "123456789", "987654321", "555555555"}) {
            assertThat(TcKimlikNo.isValid(TcKimlikNo.complete(nine))).as(nine).isTrue();
        }
        assertThat(TcKimlikNo.complete("123456789")).isEqualTo("12345678950");
    }

    @Test
    void an_invalid_number_is_refused_with_a_translatable_error() {
        assertThatThrownBy(() -> TcKimlikNo.require("12345678951"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("resident.error.tckn.checksum"));
    }

    @Test
    void the_hash_is_keyed_and_never_contains_the_number() {
        var a = new IdHasher("first-secret-of-sixteen");
        var b = new IdHasher("second-secret-of-sixteen");
        String hash = a.hash("12345678950");
        assertThat(hash).hasSize(64).doesNotContain("12345678950");
        assertThat(a.hash(" 12345678950")).isEqualTo(hash);
        assertThat(b.hash("12345678950")).isNotEqualTo(hash);
    }
}
