package se.samverka.partnerships.deadlines;

import java.time.LocalDate;

/**
 * Something of the partnerships that is due: a report to ICLD, the end of a granted phase, an application round.
 *
 * @param title   the partnership's title, or the round's name
 * @param subject what the texts say besides: the accounting year of an annual report, a phase's period
 * @param link    where in the portal it is dealt with
 */
public record PartnershipDeadline(Kind kind, LocalDate date, String title, String subject, String uid, String link) {

    /** How far ahead a deadline is asked for (the reminder, the dashboard's list). */
    public static final int DAYS_AHEAD = 30;

    /** The kinds of deadline the module has. */
    public enum Kind {
        /** The final report of an inception phase, due two months after it ends. */
        FINAL_REPORT_DUE,
        /** The annual report of an accounting year, due 31 January of the next year. */
        ANNUAL_REPORT_DUE,
        /** A granted phase ends: the report and the next application follow. */
        PHASE_ENDING,
        /** An application round the tenant entered closes. */
        ROUND_CLOSES;

        public String summaryKey() {
            return "partnerships.deadline." + name() + ".summary";
        }

        public String descriptionKey() {
            return "partnerships.deadline." + name() + ".description";
        }

        /** Only a report is still owed after its day; a phase that ended or a round that closed is past. */
        boolean staysWhenPast() {
            return this == FINAL_REPORT_DUE || this == ANNUAL_REPORT_DUE;
        }
    }

    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(date);
    }

    /** Whether it is asked for on the day: from {@link #DAYS_AHEAD} days before, a report until it is sent. */
    public boolean standsOn(LocalDate day) {
        return !day.isBefore(date.minusDays(DAYS_AHEAD)) && (kind.staysWhenPast() || !day.isAfter(date));
    }
}
