package se.samverka.agreements.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.followup.Indicators;
import se.samverka.platform.api.http.Attachment;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.kit.export.StreamedDownload;
import se.samverka.platform.kit.export.TableExport;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Exports: the agreements list as CSV or Excel with the list's filters as query parameters
 * (exactly the rows the list shows the caller), and one agreement as a PDF. Plain GETs, so the
 * views link to them and the browser's session cookie signs them in. Labels are Swedish unless
 * {@code lang=en} or the browser asks for English.
 */
@Controller("/api/v1/tenants/{tenant}/agreements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Agreement exports")
public class ExportController {

    static final String CSV = TableExport.CSV_TYPE;
    static final String XLSX = TableExport.XLSX_TYPE;
    static final String PDF = "application/pdf";

    private final AgreementTable table;
    private final AgreementPdf pdf;
    private final Agreements agreements;
    private final Indicators indicators;
    private final Clock clock;
    private final Translations translations;

    ExportController(AgreementTable table, AgreementPdf pdf, Agreements agreements, Indicators indicators,
                     Clock clock, Translations translations) {
        this.translations = translations;
        this.table = table;
        this.pdf = pdf;
        this.agreements = agreements;
        this.indicators = indicators;
        this.clock = clock;
    }

    // The answers are typed HttpResponse<?>: the platform's tenant filter may answer 404 with a
    // problem body instead, which a response typed to the download's body could not carry. A
    // refusal (an unreadable filter, an agreement not there) is thrown before the body is written,
    // so the platform's problem renderer answers it.
    @Get(value = "/export.csv", produces = CSV)
    @Operation(summary = "The agreements list as CSV (UTF-8 with BOM, semicolon-separated, for Swedish Excel)")
    public HttpResponse<?> exportCsv(String tenant, HttpRequest<?> request, @RequestBean ExportParameters parameters) {
        return listDownload(request, parameters, CSV, "csv", (query, labels, out) -> table.in(labels).writeCsv(table.rows(query), out));
    }

    @Get(value = "/export.xlsx", produces = XLSX)
    @Operation(summary = "The agreements list as an Excel workbook")
    public HttpResponse<?> exportExcel(String tenant, HttpRequest<?> request, @RequestBean ExportParameters parameters) {
        return listDownload(request, parameters, XLSX, "xlsx", (query, labels, out) -> table.in(labels).writeXlsx(table.rows(query), out));
    }

    @Get(value = "/{id}/agreement.pdf", produces = PDF)
    @Operation(summary = "One agreement as a PDF that reads like the agreement document")
    public HttpResponse<?> agreementPdf(String tenant, long id, HttpRequest<?> request, @Nullable @QueryValue String lang) {
        AgreementDetails details = agreements.details(id).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", id));
        LocalTexts labels = labels(request, lang);
        byte[] document = pdf.render(details, indicators.of(id), labels);
        String name = Attachment.safeName(details.agreement().registryNumber(), labels.get("agreements.export.pdf-name") + "-" + id);
        return Attachment.download(HttpResponse.ok(document), PDF, name + ".pdf");
    }

    /** How a list export writes its file (CSV or Excel). */
    private interface ListWriter {
        void write(ExportQuery query, LocalTexts labels, OutputStream out);
    }

    /** The filters are read (and refused if unreadable) now, before anything is written. */
    private HttpResponse<?> listDownload(HttpRequest<?> request, ExportParameters parameters, String contentType,
                                         String extension, ListWriter writer) {
        ExportQuery query = parameters.query();
        LocalTexts labels = labels(request, parameters.lang());
        return StreamedDownload.of(request, contentType, fileName(labels, extension), out -> writer.write(query, labels, out));
    }

    private String fileName(LocalTexts labels, String extension) {
        return labels.get("agreements.export.file-name") + "-" + LocalDate.now(clock) + "." + extension;
    }

    private LocalTexts labels(HttpRequest<?> request, @Nullable String lang) {
        return new LocalTexts(translations, Languages.of(request, lang));
    }
}
