package se.samverka.agreements.reminders;

import se.samverka.agreements.deadlines.DeadlineWindows;

import java.time.LocalDate;

/**
 * How far ahead (and back) the daily job looks, per kind of deadline: renewal talks 30 days ahead,
 * reports 14 days ahead and up to 90 days overdue, the agreement's end 60 days ahead, and the
 * steering-group shortfall from 30 days before 1 October to the end of the year.
 */
final class ReminderWindows {

    static final int RENEWAL_DAYS = 30;
    static final int REPORT_DAYS = 14;
    /** Overdue reports are reminded of once; older ones than this are history, not news. */
    static final int REPORT_OVERDUE_DAYS = 90;
    static final int END_DAYS = 60;
    static final int SHORTFALL_DAYS = 30;

    private ReminderWindows() {
    }

    static DeadlineWindows on(LocalDate today) {
        LocalDate shortfallDay = DeadlineWindows.SHORTFALL_DAY.atYear(today.getYear());
        Integer shortfallYear = today.isBefore(shortfallDay.minusDays(SHORTFALL_DAYS)) ? null : today.getYear();
        return new DeadlineWindows(today, today.plusDays(RENEWAL_DAYS), today.minusDays(REPORT_OVERDUE_DAYS),
                today.plusDays(REPORT_DAYS), today, today.plusDays(END_DAYS), shortfallYear);
    }
}
