package tr.bel.izmir.bizizmir.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount in Turkish lira (TRY), kuruş precision. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Currency TRY = Currency.getInstance("TRY");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static Money ofLira(long lira) {
        return new Money(BigDecimal.valueOf(lira));
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** "₺1.250.000,00" in Turkish, "₺1,250,000.00" in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Messages.supported(locale));
        format.setCurrency(TRY);
        if (format instanceof java.text.DecimalFormat decimal) {
            // The lira sign in both languages: English locales would otherwise print "TRY750,000.00".
            var symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol("₺");
            decimal.setDecimalFormatSymbols(symbols);
        }
        return format.format(amount);
    }
}
