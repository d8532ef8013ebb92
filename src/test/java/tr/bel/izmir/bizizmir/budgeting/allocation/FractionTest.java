package tr.bel.izmir.bizizmir.budgeting.allocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FractionTest {

    @Test
    void fractions_are_kept_in_lowest_terms_with_a_positive_denominator() {
        assertThat(Fraction.of(6, -4)).isEqualTo(Fraction.of(-3, 2));
        assertThat(Fraction.of(6, -4).toString()).isEqualTo("-3/2");
        assertThat(Fraction.of(0, 7)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void thirds_add_up_to_exactly_one() {
        Fraction third = Fraction.of(1, 3);

        assertThat(third.add(third).add(third)).isEqualTo(Fraction.ONE);
    }

    @Test
    void decimals_convert_without_rounding() {
        assertThat(Fraction.of(new BigDecimal("0.1")).add(Fraction.of(new BigDecimal("0.2"))))
                .isEqualTo(Fraction.of(new BigDecimal("0.3")));
        assertThat(Fraction.of(new BigDecimal("1.5E+3"))).isEqualTo(Fraction.of(1500));
    }

    @Test
    void comparison_is_exact_even_for_nearly_equal_values() {
        Fraction a = Fraction.of(155000, 289);
        Fraction b = Fraction.of(155001, 289);

        assertThat(a).isLessThan(b);
        assertThat(a.min(b)).isSameAs(a);
        assertThat(a.multiply(289)).isEqualTo(Fraction.of(155000));
        assertThat(Fraction.of(1, 3).toBigDecimal(4)).isEqualByComparingTo("0.3333");
    }

    @Test
    void dividing_by_zero_is_refused() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.ONE.divide(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.ONE.divide(0)).isInstanceOf(ArithmeticException.class);
    }
}
