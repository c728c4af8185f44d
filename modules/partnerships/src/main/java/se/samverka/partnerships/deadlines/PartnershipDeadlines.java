package se.samverka.partnerships.deadlines;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.PhaseStatus;
import se.samverka.partnerships.phase.Phases;
import se.samverka.partnerships.report.ReportKind;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.report.ScheduledReport;
import se.samverka.partnerships.round.Round;
import se.samverka.partnerships.round.Rounds;
import se.samverka.platform.api.ui.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnerships' deadlines in the current tenant: the reports to ICLD not yet submitted, the ends of granted
 * phases not yet reported, and the application rounds the tenant entered. Four queries per tenant: the
 * partnerships that have not ended, their phases, their reports, the rounds.
 */
@Singleton
public class PartnershipDeadlines {

    private final Partnerships partnerships;
    private final Phases phases;
    private final Reports reports;
    private final Rounds rounds;

    PartnershipDeadlines(Partnerships partnerships, Phases phases, Reports reports, Rounds rounds) {
        this.partnerships = partnerships;
        this.phases = phases;
        this.reports = reports;
        this.rounds = rounds;
    }

    /** What is asked for on the day (due within {@value PartnershipDeadline#DAYS_AHEAD} days, or a report overdue), oldest first. */
    @Transactional(readOnly = true)
    public List<PartnershipDeadline> standingOn(LocalDate day) {
        return all(day, day.plusDays(PartnershipDeadline.DAYS_AHEAD)).stream().filter(d -> d.standsOn(day)).toList();
    }

    /** Every open deadline dated between the two days, both included, for a calendar. */
    @Transactional(readOnly = true)
    public List<PartnershipDeadline> between(LocalDate from, LocalDate to) {
        return all(from, to).stream().filter(d -> !d.date().isBefore(from)).toList();
    }

    private List<PartnershipDeadline> all(LocalDate roundsFrom, LocalDate until) {
        List<Partnership> active = partnerships.active();
        List<PartnershipDeadline> all = new ArrayList<>();
        if (!active.isEmpty()) {
            List<Phase> theirPhases = phases.ofPartnerships(active);
            Map<Long, List<ScheduledReport>> schedules = reports.schedules(active, theirPhases);
            for (Partnership partnership : active) {
                for (ScheduledReport report : schedules.getOrDefault(partnership.id(), List.of())) {
                    if (report.status().isOpen() && !report.dueOn().isAfter(until)) {
                        all.add(report(partnership, report));
                    }
                }
            }
            Map<Long, Partnership> byId = new HashMap<>();
            active.forEach(p -> byId.put(p.id(), p));
            for (Phase phase : theirPhases) {
                if (phase.status().isGranted() && phase.status() != PhaseStatus.REPORTED && phase.status() != PhaseStatus.CLOSED
                        && !phase.endsOn().isAfter(until)) {
                    Partnership partnership = byId.get(phase.partnershipId());
                    all.add(new PartnershipDeadline(PartnershipDeadline.Kind.PHASE_ENDING, phase.endsOn(), partnership.title(),
                            Formats.period(phase.startsOn(), phase.endsOn()),
                            "partnerships:" + partnership.id() + ":phase:" + phase.id() + ":ends",
                            path(partnership.id()) + "?tab=phases"));
                }
            }
        }
        for (Round round : rounds.closingBetween(roundsFrom, until)) {
            all.add(new PartnershipDeadline(PartnershipDeadline.Kind.ROUND_CLOSES, round.closesOn(), round.name(), "",
                    "partnerships:round:" + round.id(), PartnershipsModule.ID + "?show=rounds"));
        }
        all.sort(Comparator.comparing(PartnershipDeadline::date).thenComparing(PartnershipDeadline::uid));
        return all;
    }

    private static PartnershipDeadline report(Partnership partnership, ScheduledReport report) {
        boolean finalReport = report.kind() == ReportKind.FINAL;
        return new PartnershipDeadline(finalReport ? PartnershipDeadline.Kind.FINAL_REPORT_DUE : PartnershipDeadline.Kind.ANNUAL_REPORT_DUE,
                report.dueOn(), partnership.title(), String.valueOf(report.accountingYear()),
                "partnerships:" + partnership.id() + ":report:" + report.phaseId() + ":" + report.kind().name().toLowerCase()
                        + ":" + report.accountingYear(),
                path(partnership.id()) + "?tab=reports");
    }

    /** The partnership's view (the module's deadlines do not depend on its views). */
    private static String path(long partnershipId) {
        return PartnershipsModule.ID + "/" + partnershipId;
    }
}
