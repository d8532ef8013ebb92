package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void formats_lira_the_turkish_way_in_turkish() {
        assertThat(Money.ofLira(1_500_000).format(Messages.TURKISH)).isEqualTo("₺1.500.000,00");
    }

    @Test
    void formats_lira_with_english_separators_in_english() {
        assertThat(Money.of("1250.5").format(Messages.ENGLISH)).isEqualTo("₺1,250.50");
        assertThat(Money.ofLira(750_000).format(Messages.ENGLISH)).as("the sign, not the ISO code")
                .isEqualTo("₺750,000.00").doesNotContain("TRY");
    }

    @Test
    void keeps_kurus_precision_and_compares_by_value() {
        assertThat(new Money(new BigDecimal("10.005")).amount()).isEqualByComparingTo("10.00");
        assertThat(Money.of("10.0")).isEqualTo(Money.of("10.00"));
        assertThat(Money.ofLira(5).minus(Money.ofLira(7)).isNegative()).isTrue();
    }

    @Test
    void izmir_time_is_istanbul_time_whatever_the_server_zone() {
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T21:30:00Z"), java.time.ZoneOffset.UTC);
        assertThat(IzmirTime.now(clock).toLocalDate()).hasToString("2026-03-02");
        assertThat(IzmirTime.formatDate(java.time.LocalDate.of(2026, 3, 2), Locale.forLanguageTag("tr-TR"))).isEqualTo("2 Mar 2026");
    }
}
