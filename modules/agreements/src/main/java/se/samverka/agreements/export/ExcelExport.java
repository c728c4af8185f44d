package se.samverka.agreements.export;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The list as an Excel workbook (fastexcel writes it as it goes): a bold header row that stays in
 * view, dates as real dates, sums as numbers. Rows are flushed every page so memory stays flat.
 */
@Singleton
class ExcelExport {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int[] WIDTHS = {16, 50, 28, 18, 40, 13, 13, 13, 13, 16};

    private final ExportRows rows;

    ExcelExport(ExportRows rows) {
        this.rows = rows;
    }

    void write(ExportQuery query, Labels labels, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Samverka", "1.0");
            workbook.setGlobalDefaultFont("Calibri", 11);
            Worksheet sheet = workbook.newWorksheet(labels.get("agreements.export.sheet"));
            for (int column = 0; column < ExportRow.COLUMNS.size(); column++) {
                sheet.value(0, column, labels.get(ExportRow.COLUMNS.get(column)));
                sheet.width(column, WIDTHS[column]);
            }
            sheet.range(0, 0, 0, ExportRow.COLUMNS.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int[] next = {1};
            rows.forEach(query, row -> {
                int r = next[0]++;
                sheet.value(r, 0, row.registryNumber());
                sheet.value(r, 1, row.title());
                sheet.value(r, 2, labels.get("agreements.form." + row.form().name()));
                sheet.value(r, 3, labels.get(row.status().labelKey()));
                sheet.value(r, 4, String.join(", ", row.partners()));
                date(sheet, r, 5, row.periodStart());
                date(sheet, r, 6, row.periodEnd());
                date(sheet, r, 7, row.renewalTalksStart());
                date(sheet, r, 8, row.decisionDate());
                sheet.value(r, 9, row.contributionsSek());
                sheet.style(r, 9).format("# ##0").set();
                if (r % ExportRows.PAGE_SIZE == 0) {
                    flush(sheet);
                }
            });
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void date(Worksheet sheet, int row, int column, LocalDate date) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
