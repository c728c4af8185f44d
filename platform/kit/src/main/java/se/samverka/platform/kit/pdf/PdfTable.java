package se.samverka.platform.kit.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table for {@link TaggedPdf}: a header row of column headings (tagged TH with scope Column and repeated,
 * as an artifact, at the top of each further page) and rows of cells (TD; a row's heading cell is TH with scope
 * Row). A cell may span columns. Rows are not split across pages.
 */
public final class PdfTable {

    /** A column: its heading, its share of the width and whether its figures align right. */
    public record Column(String heading, float weight, boolean right) {
        public static Column left(String heading, float weight) {
            return new Column(heading, weight, false);
        }

        public static Column right(String heading, float weight) {
            return new Column(heading, weight, true);
        }
    }

    /** A cell: its text, how many columns it spans, whether it is bold and whether it heads its row. */
    public record Cell(String text, int span, boolean strong, boolean rowHeading) {
        public Cell {
            text = text == null ? "" : text;
            if (span < 1) {
                throw new IllegalArgumentException("A cell spans at least one column");
            }
        }

        public static Cell of(String text) {
            return new Cell(text, 1, false, false);
        }

        /** The cell that names its row (a sum's "Total"), read as the row's heading. */
        public static Cell rowHeading(String text) {
            return new Cell(text, 1, true, true);
        }

        public Cell span(int columns) {
            return new Cell(text, columns, strong, rowHeading);
        }

        public Cell bold() {
            return new Cell(text, span, true, rowHeading);
        }
    }

    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    private PdfTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static PdfTable of(Column... columns) {
        return new PdfTable(List.of(columns));
    }

    public static PdfTable of(List<Column> columns) {
        return new PdfTable(columns);
    }

    public PdfTable row(String... texts) {
        return row(java.util.Arrays.stream(texts).map(Cell::of).toList());
    }

    public PdfTable row(Cell... cells) {
        return row(List.of(cells));
    }

    public PdfTable row(List<Cell> cells) {
        int spanned = cells.stream().mapToInt(Cell::span).sum();
        if (spanned != columns.size()) {
            throw new IllegalArgumentException("A row of " + spanned + " columns in a table of " + columns.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    List<Column> columns() {
        return columns;
    }

    List<List<Cell>> rows() {
        return rows;
    }
}
