package se.samverka.agreements.followup;

import se.samverka.platform.api.data.Records;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Follow-up reports: a partner user of a party organisation submits the report of a period; a
 * case officer accepts it or returns it with a comment, after which the partner corrects and
 * submits it again.
 */
@Singleton
public class Reports {

    static final String RECORD_TYPE = "report";
    static final String RECORD_LABEL = "agreements.record." + RECORD_TYPE;

    private final ReportNotices notices;
    private final ReportRepository reports;
    private final ReportFigureRepository figures;
    private final ReportingPeriodRepository periods;
    private final IndicatorRepository indicators;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Reports(ReportRepository reports, ReportFigureRepository figures, ReportingPeriodRepository periods,
            IndicatorRepository indicators, Agreements agreements, PartnerAccess access, CurrentUser currentUser,
            AuditLog audit, Clock clock, ReportNotices notices) {
        this.notices = notices;
        this.reports = reports;
        this.figures = figures;
        this.periods = periods;
        this.indicators = indicators;
        this.agreements = agreements;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits the report of a period, or sends a returned (or not yet reviewed) one again.
     *
     * @param expectedVersion the version of the report the partner corrected; null for a first submission
     */
    @Transactional
    public ReportDetails submit(long periodId, @Nullable Long expectedVersion, ReportSubmission submission) {
        ReportingPeriod period = periods.findById(periodId)
                .filter(p -> access.maySee(p.agreementId()))
                .orElseThrow(() -> new Refusal("agreements.report.period-missing", String.valueOf(periodId)).at("periodId"));
        requireRepresentsParty(period.agreementId());
        String actor = currentUser.actor();
        Agreement agreement = agreements.find(period.agreementId())
                .orElseThrow(() -> new RecordNotFound("agreements.record.agreement", period.agreementId()));
        if (agreement.status() != AgreementStatus.ACTIVE && agreement.status() != AgreementStatus.ENDED) {
            throw new Refusal("agreements.report.agreement-not-active", Refusal.label(agreement.status().labelKey()));
        }
        if (LocalDate.now(clock).isBefore(period.startsOn())) {
            throw new Refusal("agreements.report.period-not-started", period.label(), period.startsOn()).at("periodId");
        }
        List<ReportFigure> values = validFigures(period.agreementId(), submission.figures());
        String text = Texts.optional("agreements.field.report-text", submission.text(), Texts.LONG);

        Optional<Report> existing = reports.findByPeriodId(periodId);
        Map<Long, Object> before = new java.util.HashMap<>();
        Report saved;
        if (existing.isEmpty()) {
            saved = reports.save(new Report(null, null, period.agreementId(), periodId, ReportStatus.SUBMITTED, text,
                    clock.instant(), actor, null, null, null, null));
        } else {
            Report current = existing.get();
            if (current.status() == ReportStatus.ACCEPTED) {
                throw new Refusal("agreements.report.already-accepted", period.label());
            }
            Records.atVersion(RECORD_LABEL, current.id(), Optional.of(current), expectedVersion);
            saved = save(current, current.resubmitted(text, clock.instant(), actor));
            before.putAll(figures.findByReportId(saved.id()).stream().collect(java.util.stream.Collectors.toMap(
                    ReportFigure::indicatorId, f -> f.numberValue() != null ? (Object) f.numberValue() : f.textValue(), (x, y) -> x)));
            figures.deleteByReportId(saved.id());
        }
        List<ReportFigure> stored = values.stream().map(f -> figures.save(new ReportFigure(null, null, saved.id(),
                f.indicatorId(), f.numberValue(), f.textValue()))).toList();
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("status", new AuditLog.Change(existing.map(r -> r.status().name()).orElse(null), ReportStatus.SUBMITTED.name()));
        changes.put("period", new AuditLog.Change(null, period.label()));
        // a resubmission says each figure from → to (issue 13, bug 9: the old ones were shown as empty)
        stored.forEach(f -> changes.put("figure[" + f.indicatorId() + "]",
                new AuditLog.Change(before.get(f.indicatorId()), f.numberValue() != null ? f.numberValue() : f.textValue())));
        audit.record(existing.isEmpty() ? "create" : "resubmit", RECORD_TYPE, String.valueOf(saved.id()), changes);
        notices.submitted(agreement, period, saved);
        return new ReportDetails(saved, stored);
    }

    /** Accepts a submitted report. */
    @Transactional
    public Report accept(long reportId, long expectedVersion) {
        return review(reportId, expectedVersion, ReportStatus.ACCEPTED, null);
    }

    /** Returns a submitted report to the partner; the comment says what to correct. */
    @Transactional
    public Report returnForCorrection(long reportId, long expectedVersion, String comment) {
        String why = Texts.optional("agreements.field.review-comment", comment, Texts.LONG);
        if (why == null) {
            throw new Refusal("agreements.report.return-needs-comment").at("comment");
        }
        return review(reportId, expectedVersion, ReportStatus.RETURNED, why);
    }

    /** A report with its figures, if the current user may see its agreement. */
    @Transactional(readOnly = true)
    public Optional<ReportDetails> find(long reportId) {
        return reports.findById(reportId)
                .filter(report -> access.maySee(report.agreementId()))
                .map(report -> new ReportDetails(report, figures.findByReportId(reportId)));
    }

    private Report review(long reportId, long expectedVersion, ReportStatus outcome, @Nullable String comment) {
        String actor = currentUser.requireChanger();
        Report current = Records.atVersion(RECORD_LABEL, reportId, reports.findById(reportId), expectedVersion);
        if (current.status() != ReportStatus.SUBMITTED) {
            throw new Refusal("agreements.report.not-submitted", Refusal.label("agreements.report-status." + current.status()));
        }
        Report reviewed = save(current, current.reviewed(outcome, comment, clock.instant(), actor));
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("status", new AuditLog.Change(current.status().name(), outcome.name()));
        if (comment != null) {
            changes.put("reviewComment", new AuditLog.Change(current.reviewComment(), comment));
        }
        audit.record(outcome == ReportStatus.ACCEPTED ? "accept" : "return", RECORD_TYPE, String.valueOf(reportId), changes);
        if (outcome == ReportStatus.RETURNED) {
            notices.returned(agreements.details(reviewed.agreementId()).orElseThrow(), periods.findById(reviewed.periodId())
                    .orElseThrow(), reviewed);
        }
        return reviewed;
    }

    /** Only a partner user of an organisation that is party to the agreement reports for it (or the portal's own work). */
    private void requireRepresentsParty(long agreementId) {
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty() ? !currentUser.isSystemWork() : !access.representsParty(user.get(), agreementId)) {
            throw new NotPermitted("agreements.report.not-party");
        }
    }

    /** One figure per indicator of this agreement, of the indicator's kind; counts are never negative. */
    private List<ReportFigure> validFigures(long agreementId, List<FigureInput> inputs) {
        Map<Long, Indicator> own = indicators.findByAgreementIdOrderByPosition(agreementId).stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        return inputs.stream().map(input -> {
            Indicator indicator = own.get(input.indicatorId());
            if (indicator == null) {
                throw new Refusal("agreements.report.unknown-indicator", String.valueOf(input.indicatorId())).at("figures");
            }
            if (!seen.add(input.indicatorId())) {
                throw new Refusal("agreements.report.indicator-twice", indicator.name()).at("figures");
            }
            return switch (indicator.kind()) {
                case NUMBER -> {
                    if (input.number() == null || input.number() < 0 || input.text() != null) {
                        throw new Refusal("agreements.report.number-expected", indicator.name()).at("figures");
                    }
                    yield new ReportFigure(null, null, 0, indicator.id(), input.number(), null);
                }
                case TEXT -> new ReportFigure(null, null, 0, indicator.id(), null,
                        Texts.required("agreements.field.figure-text", input.text(), Texts.LONG));
            };
        }).toList();
    }

    private Report save(Report current, Report changed) {
        return Records.write(RECORD_LABEL, current.id(), () -> reports.update(changed), () -> reports.findById(current.id()));
    }
}
