package tr.bel.izmir.bizizmir.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days in Türkiye: Monday to Friday, minus the fixed national holidays and the
 * configured movable ones (Ramazan and Kurban Bayramı move with the lunar calendar, so they
 * are listed per year in {@code bizizmir.holidays}). Service levels are counted in these days.
 */
@Component
public class WorkingCalendar {

    static final List<MonthDay> FIXED_HOLIDAYS = List.of(
            MonthDay.of(1, 1),   // Yılbaşı
            MonthDay.of(4, 23),  // Ulusal Egemenlik ve Çocuk Bayramı
            MonthDay.of(5, 1),   // Emek ve Dayanışma Günü
            MonthDay.of(5, 19),  // Atatürk'ü Anma, Gençlik ve Spor Bayramı
            MonthDay.of(7, 15),  // Demokrasi ve Millî Birlik Günü
            MonthDay.of(8, 30),  // Zafer Bayramı
            MonthDay.of(10, 29)  // Cumhuriyet Bayramı
    );

    private final Set<LocalDate> movable;

    public WorkingCalendar(@Value("${bizizmir.holidays:}") List<LocalDate> movableHolidays) {
        this.movable = new HashSet<>(movableHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FIXED_HOLIDAYS.contains(MonthDay.from(day)) && !movable.contains(day);
    }

    /** The end (17:00 İzmir time) of the n-th working day after {@code start}. */
    public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        LocalDate day = start.withZoneSameInstant(IzmirTime.ZONE).toLocalDate();
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day.atTime(17, 0).atZone(IzmirTime.ZONE);
    }
}
