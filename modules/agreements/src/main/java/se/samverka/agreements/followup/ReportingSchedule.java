package se.samverka.agreements.followup;

import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.ReportingFrequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting periods of an agreement: calendar blocks of the frequency's length ("varje
 * halvårsskifte": January–June, July–December), clipped to the agreement's period, each report due
 * a number of days after its period ends. Plain code.
 */
final class ReportingSchedule {

    private ReportingSchedule() {
    }

    static List<PlannedPeriod> plan(AgreementPeriod period, ReportingFrequency frequency, int dueDays) {
        if (!period.isComplete()) {
            return List.of();
        }
        List<PlannedPeriod> planned = new ArrayList<>();
        LocalDate blockStart = blockStart(period.start(), frequency);
        while (!blockStart.isAfter(period.end())) {
            LocalDate blockEnd = blockStart.plusMonths(frequency.months()).minusDays(1);
            LocalDate starts = blockStart.isBefore(period.start()) ? period.start() : blockStart;
            LocalDate ends = blockEnd.isAfter(period.end()) ? period.end() : blockEnd;
            planned.add(new PlannedPeriod(label(blockStart, frequency), starts, ends, ends.plusDays(dueDays)));
            blockStart = blockStart.plusMonths(frequency.months());
        }
        return planned;
    }

    /** The first day of the calendar block that contains the date. */
    static LocalDate blockStart(LocalDate date, ReportingFrequency frequency) {
        int firstMonth = (date.getMonthValue() - 1) / frequency.months() * frequency.months() + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1);
    }

    static String label(LocalDate blockStart, ReportingFrequency frequency) {
        int index = (blockStart.getMonthValue() - 1) / frequency.months() + 1;
        return switch (frequency) {
            case YEARLY -> String.valueOf(blockStart.getYear());
            case HALF_YEARLY -> blockStart.getYear() + "-H" + index;
            case QUARTERLY -> blockStart.getYear() + "-Q" + index;
        };
    }
}
