package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The one way a date picker speaks the reader's language: month and weekday names, weeks from Monday. */
public final class DatePickers {

    /** DatePickerI18n counts weekdays from Sunday. */
    private static final List<DayOfWeek> FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickers() {
    }

    /**
     * Names in {@code locale}; the buttons and the "not a date" message from the bundles through
     * {@code translate} (a view's {@code getTranslation}).
     */
    public static DatePicker.DatePickerI18n i18n(Locale locale, Function<String, String> translate) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1) // Monday, in Turkey as in the UK
                .setToday(translate.apply("form.datepicker.today"))
                .setCancel(translate.apply("form.datepicker.cancel"))
                .setBadInputErrorMessage(translate.apply("form.validation.bad-date"));
    }
}
