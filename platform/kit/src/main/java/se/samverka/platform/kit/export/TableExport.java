package se.samverka.platform.kit.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table a module exports, its columns declared once ({@link TableColumn}), written as CSV for Excel as
 * Swedish offices run it or as an Excel workbook, streamed: rows come from a {@link Rows} source that
 * reads the database a page at a time, and the files are written as they go, so memory stays flat.
 *
 * <p>CSV: UTF-8 with a byte-order mark (without it Excel reads Windows-1252 and mangles å, ä, ö),
 * semicolons between fields (Swedish Excel's list separator, as its decimal separator is the comma),
 * CRLF; dates ISO 8601, sums whole kronor; text that would start a formula gets an apostrophe in front,
 * so "=HYPERLINK(…)" stays text. Excel: a bold header row that stays in view, dates as dates, sums and
 * counts as numbers grouped the Swedish way.
 *
 * @param <R> the row
 */
public final class TableExport<R> {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Whole numbers grouped the Swedish way (1 234). */
    static final String NUMBER_FORMAT = "# ##0";
    /** Rows written between two flushes of the workbook. */
    static final int FLUSH_EVERY = 500;

    /** Where the rows come from: each row, in order, to the sink (a page at a time from the database). */
    @FunctionalInterface
    public interface Rows<R> {
        void forEach(Consumer<R> sink);
    }

    private final String sheetName;
    private final List<TableColumn<R>> columns;

    /** @param sheetName the workbook's sheet (already translated) */
    public TableExport(String sheetName, List<TableColumn<R>> columns) {
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
    }

    public void writeCsv(Rows<R> rows, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            printer.printRecord(columns.stream().map(TableColumn::header).toList());
            rows.forEach(row -> {
                List<Object> values = new ArrayList<>(columns.size());
                for (TableColumn<R> column : columns) {
                    values.add(csvValue(column, column.valueOf(row)));
                }
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeXlsx(Rows<R> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Samverka", "1.0");
            workbook.setGlobalDefaultFont("Calibri", 11);
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).header());
                sheet.width(c, columns.get(c).width());
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int[] next = {1};
            rows.forEach(row -> {
                int r = next[0]++;
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, r, c, columns.get(c), columns.get(c).valueOf(row));
                }
                if (r % FLUSH_EVERY == 0) {
                    flush(sheet);
                }
            });
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object csvValue(TableColumn<?> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> text(String.valueOf(value));
            case DATE -> value.toString();
            case SEK -> value;
            case FIGURE -> value instanceof Number ? value : text(String.valueOf(value));
        };
    }

    private static void cell(Worksheet sheet, int row, int column, TableColumn<?> kind, Object value) {
        if (value == null) {
            return;
        }
        switch (kind.kind()) {
            case TEXT -> sheet.value(row, column, String.valueOf(value));
            case DATE -> {
                sheet.value(row, column, (LocalDate) value);
                sheet.style(row, column).format(DATE_FORMAT).set();
            }
            case SEK -> number(sheet, row, column, (Number) value);
            case FIGURE -> {
                if (value instanceof Number number) {
                    number(sheet, row, column, number);
                } else {
                    sheet.value(row, column, String.valueOf(value));
                }
            }
        }
    }

    private static void number(Worksheet sheet, int row, int column, Number value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format(NUMBER_FORMAT).set();
    }

    /** Neutralises spreadsheet formulas (CSV injection). */
    static String text(String value) {
        if (value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
