package se.samverka.agreements.deadlines;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Which dates each kind of deadline is looked for in (both ends included).
 *
 * @param shortfallYear the calendar year whose steering-group shortfall counts, or null for none
 */
public record DeadlineWindows(LocalDate renewalFrom, LocalDate renewalTo, LocalDate reportFrom, LocalDate reportTo,
                              LocalDate endFrom, LocalDate endTo, Integer shortfallYear) {

    /**
     * The day by which a year's missing steering-group meetings are a deadline: 1 October leaves a
     * quarter to hold the meetings still missing (a meeting planned later in the year still counts).
     */
    public static final MonthDay SHORTFALL_DAY = MonthDay.of(10, 1);

    /** The same range for every kind; the shortfall of the first year whose 1 October falls in it. */
    public static DeadlineWindows between(LocalDate from, LocalDate to) {
        Integer year = null;
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            LocalDate day = SHORTFALL_DAY.atYear(y);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                year = y;
                break;
            }
        }
        return new DeadlineWindows(from, to, from, to, from, to, year);
    }

    public LocalDate shortfallDate() {
        return shortfallYear == null ? null : SHORTFALL_DAY.atYear(shortfallYear);
    }
}
