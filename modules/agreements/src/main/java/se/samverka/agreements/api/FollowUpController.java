package se.samverka.agreements.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.Report;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;

import java.util.List;
import java.util.Objects;

/**
 * An agreement's follow-up: its indicators, its reporting periods with where each stands, and the
 * partner's reports with their review.
 */
@Controller("/api/v1/tenants/{tenant}/agreements/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Follow-up", description = "Indicators, reporting periods and reports of an agreement (module agreements)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class FollowUpController {

    private static final String REPORT = "report";

    private final Indicators indicators;
    private final ReportingPeriods periods;
    private final Reports reports;
    private final VisibleAgreements visible;

    FollowUpController(Indicators indicators, ReportingPeriods periods, Reports reports, VisibleAgreements visible) {
        this.indicators = indicators;
        this.periods = periods;
        this.reports = reports;
        this.visible = visible;
    }

    @Get("/indicators")
    @Operation(summary = "The agreement's indicators in order")
    public List<IndicatorView> listIndicators(String tenant, long id) {
        visible.require(id);
        return indicators.of(id).stream().map(IndicatorView::of).toList();
    }

    @Get("/reporting-periods")
    @Operation(summary = "The agreement's reporting periods, each with its standing (overdue flagged) and report")
    public List<PeriodView> listReportingPeriods(String tenant, long id) {
        visible.require(id);
        return periods.overview(id).stream().map(PeriodView::of).toList();
    }

    @Get("/reports")
    @Operation(summary = "The agreement's reports, by period (without figures)")
    public List<ReportView> listReports(String tenant, long id) {
        visible.require(id);
        return periods.overview(id).stream().filter(p -> p.report() != null)
                .map(p -> ReportView.of(p.report(), p.period().label(), null)).toList();
    }

    @Get("/reports/{reportId}")
    @Operation(summary = "One report with its figures")
    public ReportView getReport(String tenant, long id, long reportId) {
        ReportDetails details = reportOf(id, reportId);
        return ReportView.of(details, labelOf(id, details.report().periodId()));
    }

    @Post("/reports")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Submit the report of a period (partner users of a party)",
            description = "Send a returned report again with its version. A period that is not the agreement's is refused.")
    @ApiResponse(responseCode = "422", description = "Refused, e.g. a period that does not exist; detail says why")
    @ApiResponse(responseCode = "403", description = "Only a partner user of a party reports")
    public ReportView submitReport(String tenant, long id, @Body @Valid @NotNull ReportRequest request) {
        visible.require(id);
        PeriodOverview period = periods.overview(id).stream()
                .filter(p -> p.period().id().equals(request.periodId())).findFirst()
                .orElseThrow(() -> new Refusal("agreements.report.period-missing", String.valueOf(request.periodId())).at("periodId"));
        return ReportView.of(reports.submit(period.period().id(), request.version(), request.submission()),
                period.period().label());
    }

    @Post("/reports/{reportId}/review")
    @Operation(summary = "Accept a submitted report, or return it with a comment (case officers)")
    @ApiResponse(responseCode = "409", description = "The report changed after you read it: who and when")
    public ReportView reviewReport(String tenant, long id, long reportId, @Body @Valid ReviewRequest request) {
        ReportDetails details = reportOf(id, reportId);
        Report reviewed = request.outcome() == ReviewRequest.Outcome.ACCEPT
                ? reports.accept(reportId, request.version())
                : reports.returnForCorrection(reportId, request.version(), request.comment());
        return ReportView.of(reviewed, labelOf(id, reviewed.periodId()), details.figures());
    }

    /** The report, if it belongs to this agreement and the caller may see it. */
    private ReportDetails reportOf(long agreementId, long reportId) {
        visible.require(agreementId);
        return reports.find(reportId).filter(r -> r.report().agreementId() == agreementId)
                .orElseThrow(() -> new RecordNotFound("agreements.record." + REPORT, reportId));
    }

    private String labelOf(long agreementId, long periodId) {
        return periods.overview(agreementId).stream().filter(p -> Objects.equals(p.period().id(), periodId))
                .map(p -> p.period().label()).findFirst().orElse(null);
    }
}
