package se.samverka.partnerships.export;

import jakarta.inject.Singleton;
import se.samverka.partnerships.budget.BudgetOverview;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.report.Report;
import se.samverka.partnerships.results.Indicator;
import se.samverka.partnerships.results.Result;
import se.samverka.partnerships.results.Results;
import se.samverka.partnerships.results.YearValue;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.kit.export.TableColumn;
import se.samverka.platform.kit.export.TableExport;
import se.samverka.platform.kit.pdf.PdfTable;
import se.samverka.platform.kit.pdf.TaggedPdf;

import java.io.OutputStream;
import java.util.List;

/**
 * A report to ICLD as files: the PDF (the narrative, the results table for the accounting year, the financial
 * account in the budget's own lines; an accessible document through the kit's {@link TaggedPdf}: tagged in this
 * reading order, in the reader's language, with page numbers) and the financial account as Excel
 * (ICLD asks for it as a spreadsheet too), in the budget's lines with real numbers.
 */
@Singleton
public class ReportExport {

    /** The report's content, read before the file is written. */
    public record Content(Partnership partnership, Report report, String phaseName, Results.Framework framework,
                          List<BudgetOverview.Line> account) {
    }

    /** The financial account's columns: the budget's lines for the report's phase and year. */
    public TableExport<BudgetOverview.Line> account(LocalTexts texts) {
        return new TableExport<>(texts.get("partnerships.export.account-sheet"), List.of(
                TableColumn.text(texts.get("partnerships.field.category"), 36, l -> texts.get(l.category().labelKey())
                        + (l.eligible() ? "" : " (" + texts.get("partnerships.ui.budget.ineligible") + ")")),
                TableColumn.sek(texts.get("partnerships.ui.budget.approved"), BudgetOverview.Line::approved),
                TableColumn.sek(texts.get("partnerships.ui.budget.spent"), BudgetOverview.Line::spent),
                TableColumn.sek(texts.get("partnerships.ui.budget.remaining"), BudgetOverview.Line::remaining)));
    }

    public String title(Content c, LocalTexts texts) {
        return texts.get("partnerships.export.title", texts.get(c.report().kind().labelKey()), c.report().accountingYear(),
                c.partnership().title());
    }

    public void writePdf(Content c, LocalTexts texts, OutputStream out) {
        String title = title(c, texts);
        TaggedPdf document = TaggedPdf.portrait(title, texts);
        document.title(title);
        document.paragraph(texts.get("partnerships.export.phase", c.phaseName(), c.report().status() == null ? ""
                : texts.get(c.report().status().labelKey())));
        section(document, texts.get("partnerships.field.achievements"), c.report().achievements());
        section(document, texts.get("partnerships.field.deviations"), c.report().deviations());
        section(document, texts.get("partnerships.field.challenges"), c.report().challenges());
        section(document, texts.get("partnerships.field.lessons"), c.report().lessons());

        document.heading(texts.get("partnerships.export.results"));
        PdfTable results = PdfTable.of(PdfTable.Column.left(texts.get("partnerships.field.result-text"), 4),
                PdfTable.Column.left(texts.get("partnerships.field.indicator-name"), 3),
                PdfTable.Column.left(texts.get("partnerships.field.baseline"), 2),
                PdfTable.Column.left(texts.get("partnerships.field.target"), 2),
                PdfTable.Column.left(texts.get("partnerships.export.actual-year", c.report().accountingYear()), 2));
        for (Result r : c.framework().results()) {
            List<Indicator> indicators = c.framework().of(r);
            String statement = texts.get(r.level().labelKey()) + ": " + r.text();
            if (indicators.isEmpty()) {
                results.row(statement, "–", "", "", "");
            }
            for (Indicator i : indicators) {
                String actual = i.actuals().stream().filter(v -> v.year() == c.report().accountingYear()).map(YearValue::value)
                        .findFirst().orElse("–");
                results.row(statement, i.name() + " (" + texts.get(i.level().labelKey()) + ")",
                        i.baseline() == null ? "–" : i.baseline(), i.target() == null ? "–" : i.target(), actual);
            }
        }
        document.table(results);

        document.heading(texts.get("partnerships.export.account", c.report().accountingYear()));
        PdfTable account = PdfTable.of(PdfTable.Column.left(texts.get("partnerships.field.category"), 4),
                PdfTable.Column.right(texts.get("partnerships.ui.budget.approved"), 2),
                PdfTable.Column.right(texts.get("partnerships.ui.budget.spent"), 2),
                PdfTable.Column.right(texts.get("partnerships.ui.budget.remaining"), 2));
        long approved = 0;
        long spent = 0;
        for (BudgetOverview.Line l : c.account()) {
            account.row(texts.get(l.category().labelKey()) + (l.eligible() ? "" : " (" + texts.get("partnerships.ui.budget.ineligible")
                    + ")"), Formats.sek(l.approved()), Formats.sek(l.spent()), Formats.sek(l.remaining()));
            approved += l.approved();
            spent += l.spent();
        }
        account.row(PdfTable.Cell.rowHeading(texts.get("partnerships.export.total")), PdfTable.Cell.of(Formats.sek(approved)).bold(),
                PdfTable.Cell.of(Formats.sek(spent)).bold(), PdfTable.Cell.of(Formats.sek(approved - spent)).bold());
        document.table(account);
        document.writeTo(out);
    }

    private static void section(TaggedPdf document, String heading, String text) {
        document.heading(heading);
        if (text == null || text.isBlank()) {
            document.paragraph("–");
        } else {
            document.paragraphs(text);
        }
    }
}
