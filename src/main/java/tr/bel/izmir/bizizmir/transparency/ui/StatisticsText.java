package tr.bel.izmir.bizizmir.transparency.ui;

import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the statistics pages write them: a dash where there is none, one decimal at most, in the reader's language. */
final class StatisticsText {

    private StatisticsText() {
    }

    /** The value with one decimal at most, inside the text of {@code key} (e.g. "%{0}"); "–" without a value. */
    static String oneDecimal(Component page, Locale locale, String key, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return page.getTranslation(key, format.format(value));
    }
}
