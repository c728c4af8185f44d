package se.samverka.agreements.followup;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Follow-up at a glance (issue 13, must-have 5): an agreement's indicator figures across all its periods,
 * for the follow-up tab's table and charts and for the CSV and Excel exports. Four queries whatever the
 * number of periods and indicators: the periods, the reports, the indicators and all figures at once.
 */
@Singleton
public class FiguresOverTime {

    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;
    private final IndicatorRepository indicators;
    private final ReportedFigureRepository figures;
    private final PartnerAccess access;
    private final CurrentTenant tenant;

    FiguresOverTime(ReportingPeriodRepository periods, ReportRepository reports, IndicatorRepository indicators,
                    ReportedFigureRepository figures, PartnerAccess access, CurrentTenant tenant) {
        this.periods = periods;
        this.reports = reports;
        this.indicators = indicators;
        this.figures = figures;
        this.access = access;
        this.tenant = tenant;
    }

    /** The agreement's figures, if the current user may see the agreement (a partner: one their organisation is party to). */
    @Transactional(readOnly = true)
    public FigureTable of(long agreementId) {
        if (!access.maySee(agreementId)) {
            return FigureTable.EMPTY;
        }
        Map<Long, ReportStatus> statusByPeriod = reports.findByAgreementId(agreementId).stream()
                .collect(Collectors.toMap(Report::periodId, Report::status));
        List<FigureTable.Column> columns = periods.findByAgreementIdOrderByStartsOn(agreementId).stream()
                .map(period -> new FigureTable.Column(period, statusByPeriod.get(period.id()))).toList();
        Map<Long, Map<Long, FigureTable.Figure>> byIndicator = new HashMap<>();
        for (ReportedFigure figure : figures.figuresOf(tenant.require(), agreementId)) {
            byIndicator.computeIfAbsent(figure.indicatorId(), id -> new HashMap<>())
                    .put(figure.periodId(), new FigureTable.Figure(figure.numberValue(), figure.textValue()));
        }
        List<FigureTable.Line> lines = indicators.findByAgreementIdOrderByPosition(agreementId).stream()
                .map(indicator -> new FigureTable.Line(indicator, Map.copyOf(byIndicator.getOrDefault(indicator.id(), Map.of()))))
                .toList();
        return new FigureTable(columns, lines);
    }
}
