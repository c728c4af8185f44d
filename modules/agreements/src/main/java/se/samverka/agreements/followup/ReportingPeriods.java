package se.samverka.agreements.followup;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementEvent;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps each agreement's reporting periods in step with its period and frequency, and tells where
 * each stands. When the terms change, a period is matched by its calendar label: its dates move
 * with the agreement, a period no longer in the schedule goes, unless a report was already made
 * for it (reports are never thrown away).
 */
@Singleton
public class ReportingPeriods implements ApplicationEventListener<AgreementEvent> {

    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final Clock clock;

    ReportingPeriods(ReportingPeriodRepository periods, ReportRepository reports, Agreements agreements,
                     PartnerAccess access, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.agreements = agreements;
        this.access = access;
        this.clock = clock;
    }

    /** The agreement's periods, each with its report and standing, if the current user may see the agreement. */
    @Transactional(readOnly = true)
    public List<PeriodOverview> overview(long agreementId) {
        if (!access.maySee(agreementId)) {
            return List.of();
        }
        Map<Long, Report> reportByPeriod = reports.findByAgreementId(agreementId).stream()
                .collect(Collectors.toMap(Report::periodId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return periods.findByAgreementIdOrderByStartsOn(agreementId).stream().map(period -> {
            Report report = reportByPeriod.get(period.id());
            return new PeriodOverview(period, report, PeriodStanding.of(period, report == null ? null : report.status(), today));
        }).toList();
    }

    /** The periods whose report is overdue today. */
    @Transactional(readOnly = true)
    public List<PeriodOverview> overdue(long agreementId) {
        return overview(agreementId).stream().filter(p -> p.standing().isOverdue()).toList();
    }

    /** Runs inside the transaction of the agreement's change. */
    @Override
    public void onApplicationEvent(AgreementEvent event) {
        if (event.kind() == AgreementEvent.Kind.STATUS_CHANGED) {
            return; // a status change moves no dates
        }
        agreements.find(event.agreementId()).ifPresent(this::sync);
    }

    void sync(Agreement agreement) {
        Map<String, PlannedPeriod> planned = ReportingSchedule.plan(agreement.period(), agreement.reportingFrequency(),
                        agreement.reportDueDays()).stream()
                .collect(Collectors.toMap(PlannedPeriod::label, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (ReportingPeriod existing : periods.findByAgreementIdOrderByStartsOn(agreement.id())) {
            PlannedPeriod plan = planned.remove(existing.label());
            if (plan != null) {
                if (!plan.startsOn().equals(existing.startsOn()) || !plan.endsOn().equals(existing.endsOn())
                        || !plan.dueOn().equals(existing.dueOn())) {
                    periods.update(new ReportingPeriod(existing.id(), existing.tenantId(), existing.agreementId(),
                            existing.label(), plan.startsOn(), plan.endsOn(), plan.dueOn()));
                }
            } else if (!reports.existsByPeriodId(existing.id())) {
                periods.delete(existing);
            }
        }
        planned.values().forEach(plan -> periods.save(new ReportingPeriod(null, null, agreement.id(), plan.label(),
                plan.startsOn(), plan.endsOn(), plan.dueOn())));
    }
}
