package se.samverka.partnerships.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.PhaseKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report the phases call for, started or not: a project, steering-group, development or dissemination phase
 * reports each accounting year it runs by 31 January of the next year; an inception phase gives one final report
 * two months after it ends (with the project application). Only granted phases report.
 *
 * @param report the started report, or null while it is only due
 */
@Serdeable
public record ScheduledReport(long phaseId, PhaseKind phaseKind, ReportKind kind, int accountingYear, LocalDate dueOn,
                              ReportStatus status, @Nullable Report report) {

    static List<ScheduledReport> of(Phase phase) {
        List<ScheduledReport> due = new ArrayList<>();
        if (!phase.status().isGranted()) {
            return due;
        }
        if (phase.kind() == PhaseKind.INCEPTION) {
            due.add(new ScheduledReport(phase.id(), phase.kind(), ReportKind.FINAL, phase.endsOn().getYear(),
                    phase.endsOn().plusMonths(2), ReportStatus.DUE, null));
        } else {
            for (int year = phase.startsOn().getYear(); year <= phase.endsOn().getYear(); year++) {
                due.add(new ScheduledReport(phase.id(), phase.kind(), ReportKind.ANNUAL, year, LocalDate.of(year + 1, 1, 31),
                        ReportStatus.DUE, null));
            }
        }
        return due;
    }

    boolean matches(Report r) {
        return r.phaseId() == phaseId && r.kind() == kind && r.accountingYear() == accountingYear;
    }

    ScheduledReport started(Report r) {
        return new ScheduledReport(phaseId, phaseKind, kind, accountingYear, dueOn, r.status(), r);
    }
}
