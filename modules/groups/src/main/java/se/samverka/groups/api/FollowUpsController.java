package se.samverka.groups.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.export.FollowUpExport;
import se.samverka.groups.followup.Figures;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUpTable;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.kit.export.StreamedDownload;
import se.samverka.platform.kit.export.TableExport;

import java.util.List;

/**
 * A programme's half-yearly follow-up. The records, with exact figures, are for who reports (the
 * organisation that runs the programme) and who reviews (the tenant's officers); the table is for everyone
 * who sees the programme, protected unless an officer asks for exact figures for internal use (audited).
 */
@Controller("/api/v1/tenants/{tenant}/groups/programmes/{id}/follow-ups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Follow-up", description = "Half-yearly counts of a programme, never about a child (module groups)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class FollowUpsController {

    private final FollowUps followUps;
    private final Programmes programmes;
    private final Disclosure disclosure;
    private final FollowUpExport exporter;
    private final Translations translations;

    FollowUpsController(FollowUps followUps, Programmes programmes, Disclosure disclosure, FollowUpExport exporter,
                        Translations translations) {
        this.followUps = followUps;
        this.programmes = programmes;
        this.disclosure = disclosure;
        this.exporter = exporter;
        this.translations = translations;
    }

    @Get
    @Operation(summary = "The programme's follow-ups, newest half-year first (who reports and reviews)")
    @ApiResponse(responseCode = "403", description = "You see the programme's protected table only")
    public List<FollowUpView> listFollowUps(String tenant, long id) {
        requireExactReader(programmes.require(id));
        return followUps.of(id).stream().map(FollowUpView::of).toList();
    }

    @Get("/table{?exact}")
    @Operation(summary = "The follow-up table: a column per half-year (and year), protected against disclosure",
            description = "exact=true: a case officer's exact figures for internal use (recorded in the audit log).")
    public FollowUpTableView followUpTable(String tenant, long id, @QueryValue(defaultValue = "false") boolean exact) {
        programmes.require(id);
        boolean exactFigures = disclosure.exactForInternalUse(exact, "groups:programme:" + id);
        FollowUpTable table = FollowUpTable.of(followUps.of(id));
        ProtectedTable shown = exactFigures ? Disclosure.exact(table.counts()) : disclosure.protectedTable(table.counts());
        return FollowUpTableView.of(table, shown, exactFigures);
    }

    @Get("/export.csv{?exact,lang}")
    @Operation(summary = "The follow-up table as CSV for Swedish Excel, protected unless exact=true (officers, audited)")
    public HttpResponse<Writable> exportCsv(HttpRequest<?> request, String tenant, long id,
                                            @QueryValue(defaultValue = "false") boolean exact, @Nullable @QueryValue String lang) {
        Export export = export(request, id, exact, lang);
        return StreamedDownload.of(request, TableExport.CSV_TYPE, export.fileName("csv"), out -> exporter.table(export.table,
                export.shown, export.texts).writeCsv(sink -> exporter.rows(export.table, export.shown).forEach(sink), out));
    }

    @Get("/export.xlsx{?exact,lang}")
    @Operation(summary = "The follow-up table as an Excel workbook, protected unless exact=true (officers, audited)")
    public HttpResponse<Writable> exportXlsx(HttpRequest<?> request, String tenant, long id,
                                             @QueryValue(defaultValue = "false") boolean exact, @Nullable @QueryValue String lang) {
        Export export = export(request, id, exact, lang);
        return StreamedDownload.of(request, TableExport.XLSX_TYPE, export.fileName("xlsx"), out -> exporter.table(export.table,
                export.shown, export.texts).writeXlsx(sink -> exporter.rows(export.table, export.shown).forEach(sink), out));
    }

    @Get("/export.pdf{?exact,lang}")
    @Operation(summary = "The follow-up table as a PDF, protected unless exact=true (officers, audited)")
    public HttpResponse<Writable> exportPdf(HttpRequest<?> request, String tenant, long id,
                                            @QueryValue(defaultValue = "false") boolean exact, @Nullable @QueryValue String lang) {
        Export export = export(request, id, exact, lang);
        return StreamedDownload.of(request, "application/pdf", export.fileName("pdf"), out -> exporter.writePdf(export.programme,
                export.table, export.shown, export.exact, export.texts, out));
    }

    /** What an export needs, read and checked before the body streams (a refusal is then still a proper answer). */
    private Export export(HttpRequest<?> request, long id, boolean exact, String lang) {
        Programme programme = programmes.require(id);
        boolean exactFigures = disclosure.exactForInternalUse(exact, "groups:programme:" + id);
        FollowUpTable table = FollowUpTable.of(followUps.of(id));
        ProtectedTable shown = exactFigures ? Disclosure.exact(table.counts()) : disclosure.protectedTable(table.counts());
        return new Export(programme, table, shown, exactFigures, new LocalTexts(translations, Languages.of(request, lang)));
    }

    private record Export(Programme programme, FollowUpTable table, ProtectedTable shown, boolean exact, LocalTexts texts) {
        String fileName(String extension) {
            return texts.get("groups.export.file", programme.name()) + (exact ? "-" + texts.get("groups.export.exact-suffix") : "")
                    + "." + extension;
        }
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Start a half-year's follow-up (a draft)", description = "period: 2025-1 or 2025-2.")
    @ApiResponse(responseCode = "422", description = "Refused at a field: figures that do not add up, a period that has not begun or is already reported, a personal identity number in the comment")
    public FollowUpView startFollowUp(String tenant, long id, @Body @NotNull FollowUpChange change) {
        HalfYear period = HalfYear.parseKey(change.period())
                .orElseThrow(() -> new Refusal("groups.follow-up.period", String.valueOf(change.period())).at("period"));
        return FollowUpView.of(followUps.start(id, period, figures(change), change.comment()));
    }

    @Put("/{followUpId}")
    @Operation(summary = "Change an open follow-up's figures", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the follow-up after you read it: who and when")
    public FollowUpView updateFollowUp(String tenant, long id, long followUpId, @Body @NotNull FollowUpChange change) {
        followUpOf(id, followUpId);
        return FollowUpView.of(followUps.update(followUpId, change.version(), figures(change), change.comment()));
    }

    @Post("/{followUpId}/submission")
    @Operation(summary = "Submit the follow-up for review (every required figure given)")
    public FollowUpView submitFollowUp(String tenant, long id, long followUpId, @Body @NotNull FollowUpChange.Review review) {
        followUpOf(id, followUpId);
        return FollowUpView.of(followUps.submit(followUpId, review.version()));
    }

    @Post("/{followUpId}/acceptance")
    @Operation(summary = "Accept submitted figures (case officers)")
    public FollowUpView acceptFollowUp(String tenant, long id, long followUpId, @Body @NotNull FollowUpChange.Review review) {
        followUpOf(id, followUpId);
        return FollowUpView.of(followUps.accept(followUpId, review.version()));
    }

    @Post("/{followUpId}/return")
    @Operation(summary = "Return submitted figures for correction, saying what (case officers)")
    public FollowUpView returnFollowUp(String tenant, long id, long followUpId, @Body @NotNull FollowUpChange.Review review) {
        followUpOf(id, followUpId);
        return FollowUpView.of(followUps.returnForCorrection(followUpId, review.version(), review.comment()));
    }

    private void requireExactReader(Programme programme) {
        if (!followUps.mayReport(programme)) {
            throw new NotPermitted("groups.follow-up.exact-only-reporters");
        }
    }

    private FollowUp followUpOf(long programmeId, long followUpId) {
        FollowUp followUp = followUps.find(followUpId).filter(f -> f.programmeId() == programmeId)
                .orElseThrow(() -> new RecordNotFound(FollowUp.RECORD_LABEL, followUpId));
        requireExactReader(programmes.require(programmeId));
        return followUp;
    }

    private static Figures figures(FollowUpChange change) {
        return change.figures() == null ? Figures.NONE : change.figures();
    }
}
