package se.samverka.partnerships.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samverka.partnerships.budget.BudgetOverview;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.export.ReportExport;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.partnerships.report.Report;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.results.Results;
import se.samverka.platform.api.http.Attachment;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.kit.export.StreamedDownload;
import se.samverka.platform.kit.export.TableExport;

import java.util.List;
import java.util.Locale;

/** A report as a PDF (narrative, results, financial account) and its financial account as Excel, in the caller's language. */
@Controller("/api/v1/tenants/{tenant}/partnerships/{id}/reports/{reportId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership reports")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class ReportExportsController {

    private final Reports reports;
    private final Partnerships partnerships;
    private final Phases phases;
    private final Budgets budgets;
    private final Results results;
    private final ReportExport export;
    private final Translations translations;

    ReportExportsController(Reports reports, Partnerships partnerships, Phases phases, Budgets budgets, Results results,
                            ReportExport export, Translations translations) {
        this.reports = reports;
        this.partnerships = partnerships;
        this.phases = phases;
        this.budgets = budgets;
        this.results = results;
        this.export = export;
        this.translations = translations;
    }

    @Get("/export.pdf{?lang}")
    @Operation(summary = "The report as PDF: narrative, results for the year, financial account")
    public HttpResponse<Writable> reportPdf(String tenant, long id, long reportId, @Nullable @QueryValue String lang,
                                            HttpRequest<?> request) {
        LocalTexts texts = new LocalTexts(translations, Languages.of(request, lang));
        ReportExport.Content content = content(id, reportId, texts);
        String name = texts.get("partnerships.export.file", texts.get(content.report().kind().labelKey()),
                content.report().accountingYear(), content.partnership().title());
        return StreamedDownload.of(request, "application/pdf", fileName(name, "pdf"),
                out -> export.writePdf(content, texts, out));
    }

    @Get("/account.xlsx{?lang}")
    @Operation(summary = "The report's financial account as Excel, in the budget's lines")
    public HttpResponse<Writable> accountXlsx(String tenant, long id, long reportId, @Nullable @QueryValue String lang,
                                              HttpRequest<?> request) {
        LocalTexts texts = new LocalTexts(translations, Languages.of(request, lang));
        ReportExport.Content content = content(id, reportId, texts);
        String name = texts.get("partnerships.export.account-file", content.report().accountingYear(), content.partnership().title());
        return StreamedDownload.of(request, TableExport.XLSX_TYPE, fileName(name, "xlsx"),
                out -> export.account(texts).writeXlsx(consumer -> content.account().forEach(consumer), out));
    }

    private ReportExport.Content content(long partnershipId, long reportId, LocalTexts texts) {
        Partnership partnership = partnerships.require(partnershipId);
        Report report = reports.find(reportId).filter(r -> r.partnershipId() == partnershipId)
                .orElseThrow(() -> new RecordNotFound(Report.RECORD_LABEL, reportId));
        Phase phase = phases.require(report.phaseId());
        List<BudgetOverview.Line> account = budgets.overview(partnershipId, partnership.countryCode()).phases().stream()
                .filter(b -> b.phaseId() == phase.id()).flatMap(b -> b.lines().stream())
                .filter(l -> l.year() == report.accountingYear()).toList();
        String phaseName = texts.get(phase.kind().labelKey()) + (phase.projectYear() == null ? "" : " " + phase.projectYear());
        return new ReportExport.Content(partnership, report, phaseName, results.of(partnershipId), account);
    }

    private static String fileName(String title, String extension) {
        return Attachment.safeName(title, "rapport") + "." + extension.toLowerCase(Locale.ROOT);
    }
}
