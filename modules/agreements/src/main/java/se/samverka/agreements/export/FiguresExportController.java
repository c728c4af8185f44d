package se.samverka.agreements.export;

import io.micronaut.core.annotation.Nullable;
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
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.followup.FigureTable;
import se.samverka.agreements.followup.FiguresOverTime;
import se.samverka.platform.api.http.Attachment;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.kit.export.StreamedDownload;
import se.samverka.platform.kit.export.TableExport;

import java.io.OutputStream;
import java.util.List;

/**
 * An agreement's figures over time (the follow-up tab's table) as CSV or Excel, for whoever sees the agreement:
 * the tenant's staff, and a partner's users for the agreements their organisation is party to; to anyone else,
 * another tenant's agreement included, it is not there (404). Labels are Swedish unless {@code lang=en} or the
 * browser asks for English.
 */
@Controller("/api/v1/tenants/{tenant}/agreements/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Agreement exports")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the agreement is not there for you")
public class FiguresExportController {

    private final Agreements agreements;
    private final FiguresOverTime figures;
    private final FiguresExport export;
    private final Translations translations;

    FiguresExportController(Agreements agreements, FiguresOverTime figures, FiguresExport export, Translations translations) {
        this.agreements = agreements;
        this.figures = figures;
        this.export = export;
        this.translations = translations;
    }

    @Get(value = "/figures.csv", produces = TableExport.CSV_TYPE)
    @Operation(summary = "The agreement's indicator figures by reporting period as CSV (UTF-8 with BOM, semicolons)")
    public HttpResponse<?> figuresCsv(String tenant, long id, HttpRequest<?> request, @Nullable @QueryValue String lang) {
        return download(id, request, lang, TableExport.CSV_TYPE, "csv", (table, rows, out) -> table.writeCsv(rows::forEach, out));
    }

    @Get(value = "/figures.xlsx", produces = TableExport.XLSX_TYPE)
    @Operation(summary = "The agreement's indicator figures by reporting period as an Excel workbook")
    public HttpResponse<?> figuresXlsx(String tenant, long id, HttpRequest<?> request, @Nullable @QueryValue String lang) {
        return download(id, request, lang, TableExport.XLSX_TYPE, "xlsx", (table, rows, out) -> table.writeXlsx(rows::forEach, out));
    }

    private interface Writer {
        void write(TableExport<FiguresExport.Row> table, List<FiguresExport.Row> rows, OutputStream out);
    }

    /** The agreement is found (or 404) and its figures read before anything is written. */
    private HttpResponse<?> download(long id, HttpRequest<?> request, @Nullable String lang, String contentType, String extension,
                                     Writer writer) {
        AgreementDetails details = agreements.details(id).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", id));
        LocalTexts labels = new LocalTexts(translations, Languages.of(request, lang));
        FigureTable table = figures.of(id);
        String name = labels.get("agreements.export.figures-name") + "-"
                + Attachment.safeName(details.agreement().registryNumber(), String.valueOf(id)) + "." + extension;
        return StreamedDownload.of(request, contentType, name,
                out -> writer.write(export.table(table, labels), export.rows(table, labels), out));
    }
}
