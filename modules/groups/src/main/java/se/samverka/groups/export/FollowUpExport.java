package se.samverka.groups.export;

import jakarta.inject.Singleton;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.followup.FollowUpTable;
import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.kit.export.TableColumn;
import se.samverka.platform.kit.export.TableExport;
import se.samverka.platform.kit.pdf.PdfTable;
import se.samverka.platform.kit.pdf.TaggedPdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme's follow-up table as a file that leaves the portal: CSV for Swedish Excel, an Excel workbook,
 * or an accessible PDF (the kit's {@link TaggedPdf}: tagged, in the reader's language, page numbers), each cell as published (protected unless exact figures for
 * internal use were asked for and allowed), with the footnote that explains the hidden counts.
 */
@Singleton
public class FollowUpExport {

    static final String FOOTNOTE = "footnote";

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
        String title = texts.get("groups.export.title", programme.name());
        TaggedPdf document = TaggedPdf.landscape(title, texts);
        document.title(title);
        document.paragraph(texts.get(exact ? "groups.export.exact" : "groups.export.protected"));
        List<PdfTable.Column> columns = new ArrayList<>();
        columns.add(PdfTable.Column.left(texts.get("groups.ui.table.figure"), 3));
        table.columns().forEach(column -> columns.add(PdfTable.Column.right(header(column, texts), 1)));
        PdfTable grid = PdfTable.of(columns);
        for (FollowUpTable.Row row : table.rows()) {
            List<PdfTable.Cell> cells = new ArrayList<>();
            // a category under its figure is indented with no-break spaces, which the layout keeps
            cells.add(PdfTable.Cell.of((row.category() ? "\u00A0\u00A0\u00A0" : "") + texts.get(row.labelKey())));
            table.columns().forEach(column -> cells.add(PdfTable.Cell.of(table.text(shown, row, column))));
            grid.row(cells);
        }
        document.table(grid);
        if (shown.hidesAnything()) {
            document.paragraph(texts.get("groups.ui.table.footnote", shown.threshold()));
        }
        document.writeTo(out);
    }

    static String header(FollowUpTable.Column column, LocalTexts texts) {
        return column.yearTotal() ? texts.get("groups.ui.table.year", column.key()) : column.half().term().toString();
    }
}
