package se.samverka.partnerships.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
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

import java.io.OutputStream;
import java.util.List;

/**
 * A report to ICLD as files: the PDF (the narrative, the results table for the accounting year, the financial
 * account in the budget's own lines; tagged with its title and language) and the financial account as Excel
 * (ICLD asks for it as a spreadsheet too), in the budget's lines with real numbers.
 */
@Singleton
public class ReportExport {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);

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
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().getLanguage()));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.setDocumentLanguage(texts.locale().getLanguage());
            String title = title(c, texts);
            document.addTitle(title);
            document.addCreator("Samverka");
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(texts.get("partnerships.export.phase", c.phaseName(), c.report().status() == null ? ""
                    : texts.get(c.report().status().labelKey())), BODY));
            section(document, texts.get("partnerships.field.achievements"), c.report().achievements());
            section(document, texts.get("partnerships.field.deviations"), c.report().deviations());
            section(document, texts.get("partnerships.field.challenges"), c.report().challenges());
            section(document, texts.get("partnerships.field.lessons"), c.report().lessons());

            document.add(new Paragraph(texts.get("partnerships.export.results"), HEADING));
            PdfPTable results = table(new float[]{4, 3, 2, 2, 2}, texts.get("partnerships.field.result-text"),
                    texts.get("partnerships.field.indicator-name"), texts.get("partnerships.field.baseline"),
                    texts.get("partnerships.field.target"), texts.get("partnerships.export.actual-year", c.report().accountingYear()));
            for (Result r : c.framework().results()) {
                List<Indicator> indicators = c.framework().of(r);
                String statement = texts.get(r.level().labelKey()) + ": " + r.text();
                if (indicators.isEmpty()) {
                    addRow(results, statement, "–", "", "", "");
                }
                for (Indicator i : indicators) {
                    String actual = i.actuals().stream().filter(v -> v.year() == c.report().accountingYear()).map(YearValue::value)
                            .findFirst().orElse("–");
                    addRow(results, statement, i.name() + " (" + texts.get(i.level().labelKey()) + ")",
                            i.baseline() == null ? "–" : i.baseline(), i.target() == null ? "–" : i.target(), actual);
                }
            }
            document.add(results);

            document.add(new Paragraph(texts.get("partnerships.export.account", c.report().accountingYear()), HEADING));
            PdfPTable account = table(new float[]{4, 2, 2, 2}, texts.get("partnerships.field.category"),
                    texts.get("partnerships.ui.budget.approved"), texts.get("partnerships.ui.budget.spent"),
                    texts.get("partnerships.ui.budget.remaining"));
            long approved = 0;
            long spent = 0;
            for (BudgetOverview.Line l : c.account()) {
                addRow(account, texts.get(l.category().labelKey()) + (l.eligible() ? "" : " (" + texts.get("partnerships.ui.budget.ineligible")
                        + ")"), Formats.sek(l.approved()), Formats.sek(l.spent()), Formats.sek(l.remaining()));
                approved += l.approved();
                spent += l.spent();
            }
            addRow(account, texts.get("partnerships.export.total"), Formats.sek(approved), Formats.sek(spent), Formats.sek(approved - spent));
            document.add(account);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report's PDF could not be written", e);
        }
    }

    private static void section(Document document, String heading, String text) throws DocumentException {
        document.add(new Paragraph(heading, HEADING));
        document.add(new Paragraph(text == null ? "–" : text, BODY));
    }

    private static PdfPTable table(float[] widths, String... headers) throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(12);
        for (String header : headers) {
            table.addCell(cell(header, HEAD));
        }
        return table;
    }

    private static void addRow(PdfPTable table, String... cells) {
        for (String text : cells) {
            table.addCell(cell(text, BODY));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }
}
