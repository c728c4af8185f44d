package se.samverka.agreements.export;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

/**
 * The list as CSV for Excel as Swedish offices run it: UTF-8 with a byte-order mark (without it
 * Excel reads the file as Windows-1252 and mangles å, ä, ö) and semicolons between fields (Swedish
 * Excel uses the comma as decimal separator, so it splits on ";" when a file is opened directly).
 * Dates are ISO 8601, sums whole kronor. Text that would start a spreadsheet formula is prefixed
 * with an apostrophe, so a title such as "=HYPERLINK(...)" stays text.
 */
@Singleton
class CsvExport {

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private final ExportRows rows;

    CsvExport(ExportRows rows) {
        this.rows = rows;
    }

    void write(ExportQuery query, Labels labels, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(ExportRow.COLUMNS.stream().map(labels::get).toList());
            rows.forEach(query, row -> print(printer, labels, row));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter printer, Labels labels, ExportRow row) {
        List<Object> values = new ArrayList<>();
        values.add(text(row.registryNumber()));
        values.add(text(row.title()));
        values.add(labels.get("agreements.form." + row.form().name()));
        values.add(labels.get(row.status().labelKey()));
        values.add(text(String.join(", ", row.partners())));
        values.add(date(row.periodStart()));
        values.add(date(row.periodEnd()));
        values.add(date(row.renewalTalksStart()));
        values.add(date(row.decisionDate()));
        values.add(row.contributionsSek());
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Neutralises spreadsheet formulas (CSV injection). */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
