package se.samverka.partnerships.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.partnerships.report.Narrative;
import se.samverka.partnerships.report.Report;
import se.samverka.partnerships.report.ReportKind;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.report.ScheduledReport;
import se.samverka.platform.api.http.Change;
import se.samverka.platform.api.refusal.RecordNotFound;

import java.time.LocalDate;
import java.util.List;

/** A partnership's reports to ICLD as its phases schedule them. */
@Controller("/api/v1/tenants/{tenant}/partnerships/{id}/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership reports", description = "Annual and final reports to ICLD (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class ReportsController {

    private final Reports reports;

    ReportsController(Reports reports) {
        this.reports = reports;
    }

    /** A report to start: which phase, kind and accounting year, and its first text. */
    @Serdeable
    public record Start(long phaseId, ReportKind kind, int accountingYear, @Nullable Narrative narrative) {
    }

    /** A step of a report's course: submitted to ICLD or approved by ICLD on a day (today when left out). */
    @Serdeable
    public record Step(@Nullable Long version, @Nullable LocalDate on) {
    }

    @Get
    @Operation(summary = "Every report the phases call for, by due date, started or only due")
    public List<ScheduledReport> schedule(String tenant, long id) {
        return reports.schedule(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Start a report the schedule calls for, as a draft")
    public Report startReport(String tenant, long id, @Body @NotNull Start start) {
        return reports.start(start.phaseId(), start.kind(), start.accountingYear(), start.narrative());
    }

    @Put("/{reportId}")
    @Operation(summary = "Write a draft's narrative", description = "Send the version you read.")
    public Report writeReport(String tenant, long id, long reportId, @Body @NotNull Change<Narrative> change) {
        reportOf(id, reportId);
        return reports.write(reportId, change.version(), change.details());
    }

    @Post("/{reportId}/submission")
    @Operation(summary = "The report went to ICLD (every part of the narrative written)")
    public Report submitReport(String tenant, long id, long reportId, @Body @NotNull Step step) {
        reportOf(id, reportId);
        return reports.submit(reportId, step.version(), step.on());
    }

    @Post("/{reportId}/approval")
    @Operation(summary = "ICLD approved the report")
    public Report approveReport(String tenant, long id, long reportId, @Body @NotNull Step step) {
        reportOf(id, reportId);
        return reports.approve(reportId, step.version(), step.on());
    }

    private Report reportOf(long partnershipId, long reportId) {
        return reports.find(reportId).filter(r -> r.partnershipId() == partnershipId)
                .orElseThrow(() -> new RecordNotFound(Report.RECORD_LABEL, reportId));
    }
}
