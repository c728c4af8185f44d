package se.samverka.groups.export;

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
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.followup.FollowUpTable;
import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.kit.export.TableColumn;
import se.samverka.platform.kit.export.TableExport;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme's follow-up table as a file that leaves the portal: CSV for Swedish Excel, an Excel workbook,
 * or a PDF with its title and language set, each cell as published (protected unless exact figures for
 * internal use were asked for and allowed), with the footnote that explains the hidden counts.
 */
@Singleton
public class FollowUpExport {

    static final String FOOTNOTE = "footnote";
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9.5f);
    private static final Font HEAD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);

    /** The table's columns for the kit's CSV and Excel export: the figure, then a column per half-year. */
    public TableExport<FollowUpTable.Row> table(FollowUpTable table, ProtectedTable shown, LocalTexts texts) {
        List<TableColumn<FollowUpTable.Row>> columns = new ArrayList<>();
        columns.add(TableColumn.text(texts.get("groups.ui.table.figure"), 48, row -> row.key().equals(FOOTNOTE)
                ? texts.get("groups.ui.table.footnote", shown.threshold()) : texts.get(row.labelKey())));
        for (FollowUpTable.Column column : table.columns()) {
            columns.add(TableColumn.text(header(column, texts), 12, row -> table.text(shown, row, column)));
        }
        return new TableExport<>(texts.get("groups.export.sheet"), columns);
    }

    /** The rows, and below them the footnote when anything is hidden. */
    public List<FollowUpTable.Row> rows(FollowUpTable table, ProtectedTable shown) {
        List<FollowUpTable.Row> rows = new ArrayList<>(table.rows());
        if (shown.hidesAnything()) {
            rows.add(new FollowUpTable.Row(FOOTNOTE, "groups.ui.table.footnote", false));
        }
        return rows;
    }

    public void writePdf(Programme programme, FollowUpTable table, ProtectedTable shown, boolean exact, LocalTexts texts,
                         OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().getLanguage()));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.setDocumentLanguage(texts.locale().getLanguage());
            String title = texts.get("groups.export.title", programme.name());
            document.addTitle(title);
            document.addCreator("Samverka");
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(texts.get(exact ? "groups.export.exact" : "groups.export.protected"), BODY));
            PdfPTable grid = new PdfPTable(table.columns().size() + 1);
            grid.setWidthPercentage(100);
            grid.setHeaderRows(1);
            grid.setSpacingBefore(12);
            grid.addCell(cell(texts.get("groups.ui.table.figure"), HEAD, Element.ALIGN_LEFT));
            for (FollowUpTable.Column column : table.columns()) {
                grid.addCell(cell(header(column, texts), HEAD, Element.ALIGN_RIGHT));
            }
            for (FollowUpTable.Row row : table.rows()) {
                grid.addCell(cell((row.category() ? "   " : "") + texts.get(row.labelKey()), BODY, Element.ALIGN_LEFT));
                for (FollowUpTable.Column column : table.columns()) {
                    grid.addCell(cell(table.text(shown, row, column), BODY, Element.ALIGN_RIGHT));
                }
            }
            document.add(grid);
            if (shown.hidesAnything()) {
                document.add(new Paragraph(texts.get("groups.ui.table.footnote", shown.threshold()), BODY));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The follow-up's PDF could not be written", e);
        }
    }

    static String header(FollowUpTable.Column column, LocalTexts texts) {
        return column.yearTotal() ? texts.get("groups.ui.table.year", column.key()) : column.half().term().toString();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }
}
