package se.samverka.platform.kit.export;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTest {

    record Grant(String name, LocalDate decided, Long sek) {
    }

    static final TableExport<Grant> TABLE = new TableExport<>("Bidrag", List.of(
            TableColumn.text("Namn", 30, Grant::name),
            TableColumn.date("Beslutat", Grant::decided),
            TableColumn.sek("Belopp", Grant::sek)));

    static final List<Grant> GRANTS = List.of(new Grant("Läxhjälp på Orust", LocalDate.of(2024, 3, 12), 60_000L),
            new Grant("=HYPERLINK(\"http://x\")", null, null));

    @Test
    void csvIsUtf8WithAByteOrderMarkSemicolonsIsoDatesAndNoFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.writeCsv(GRANTS::forEach, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFNamn;Beslutat;Belopp\r\n");
        assertThat(csv).contains("Läxhjälp på Orust;2024-03-12;60000\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\";;\r\n");
    }

    @Test
    void theWorkbookHasTheHeaderDatesAsDatesAndSumsAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.writeXlsx(GRANTS::forEach, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Bidrag");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(IntStream.range(0, 3).mapToObj(c -> rows.get(0).getCell(c).asString())).containsExactly("Namn", "Beslutat", "Belopp");
            assertThat(rows.get(1).getCell(1).asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 12));
            assertThat(rows.get(1).getCell(1).getDataFormatString()).isEqualTo(TableExport.DATE_FORMAT);
            assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(60_000));
            assertThat(rows.get(2).getCell(0).asString()).as("Excel keeps text as text").isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void rowsAreWrittenAsTheyComeFromTheirSource() {
        int[] served = {0};
        TableExport.Rows<Grant> many = sink -> IntStream.range(0, 1_200).forEach(i -> {
            served[0]++;
            sink.accept(new Grant("Bidrag " + i, LocalDate.of(2025, 1, 1), (long) i));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.writeXlsx(many, out);
        assertThat(served[0]).isEqualTo(1_200);
        assertThat(out.size()).isPositive();
    }

    record Figures(String indicator, Object first, Object second) {
    }

    static final TableExport<Figures> FIGURES = new TableExport<>("Värden", List.of(
            TableColumn.text("Indikator", 30, Figures::indicator),
            TableColumn.figure("2024-H1", 12, Figures::first),
            TableColumn.figure("2024-H2", 12, Figures::second)));

    static final List<Figures> BY_PERIOD = List.of(new Figures("Antal deltagare", 1_204L, null),
            new Figures("Varifrån de kom", "-elevhälsan", "Skolan"));

    @Test
    void aFigureColumnWritesCountsAsNumbersAndWordsAsText() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        FIGURES.writeCsv(BY_PERIOD::forEach, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("Antal deltagare;1204;\r\n")
                .contains("Varifrån de kom;'-elevhälsan;Skolan\r\n");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        FIGURES.writeXlsx(BY_PERIOD::forEach, xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(1_204));
            assertThat(rows.get(1).getCell(1).getDataFormatString()).isEqualTo(TableExport.NUMBER_FORMAT);
            assertThat(rows.get(1).getCellText(2)).isEmpty();
            assertThat(rows.get(2).getCell(1).asString()).isEqualTo("-elevhälsan");
        }
    }
}
