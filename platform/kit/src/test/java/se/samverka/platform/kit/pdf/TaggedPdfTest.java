package se.samverka.platform.kit.pdf;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.testkit.AccessiblePdf;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document of every kind of content, long enough for three pages, passes the PDF/UA checks and reads in the
 * order it was written, with "Sida n av m" on each page.
 */
class TaggedPdfTest {

    static final Map<String, String> SWEDISH = Map.of("pdf.page", "Sida {0} av {1}");
    static final Map<String, String> ENGLISH = Map.of("pdf.page", "Page {0} of {1}");

    static LocalTexts texts(Locale locale) {
        Translations translations = (l, key, arguments) -> new MessageFormat(
                ("en".equals(l.getLanguage()) ? ENGLISH : SWEDISH).getOrDefault(key, "!" + key), l).format(arguments);
        return new LocalTexts(translations, locale);
    }

    static byte[] document(Locale locale, int rows) {
        TaggedPdf pdf = TaggedPdf.portrait("Överenskommelse om stödgrupper – Klubb ”BUSA”", texts(locale)).subject("IOP");
        pdf.title("Överenskommelse om stödgrupper – Klubb ”BUSA”");
        pdf.paragraph("Idéburet offentligt partnerskap", PdfStyle.EMPHASIS);
        pdf.heading("1. Bakgrund");
        pdf.paragraphs("Första stycket om barnens behov.\n\nAndra stycket, " + "långt ".repeat(120) + "slut.");
        pdf.subheading("Föreningens åtaganden");
        pdf.list(List.of("Leda grupperna.", "Rapportera varje halvår."));
        pdf.heading("2. Bidrag");
        PdfTable table = PdfTable.of(PdfTable.Column.left("Part", 4), PdfTable.Column.right("Belopp", 2));
        IntStream.range(0, rows).forEach(i -> table.row("Part " + i, (i * 1000) + "\u202Fkr"));
        table.row(PdfTable.Cell.rowHeading("Summa"), PdfTable.Cell.of("42 kr").bold());
        pdf.table(table);
        pdf.heading("3. Underskrifter");
        pdf.blocks(2, List.of(PdfBlock.create().line("Ort och datum", PdfStyle.SMALL).signingLine().line("Kim Kommun", PdfStyle.STRONG),
                PdfBlock.create().line("Ort och datum", PdfStyle.SMALL).signingLine().line("Fia Förening", PdfStyle.STRONG)));
        return pdf.toBytes();
    }

    @Test
    void aLongDocumentPassesThePdfUaChecksWithPageNumbersOnEveryPage() {
        AccessiblePdf pdf = AccessiblePdf.check(document(Locale.forLanguageTag("sv"), 90), "sv",
                "Överenskommelse om stödgrupper – Klubb ”BUSA”");

        assertThat(pdf.outline().stream().map(AccessiblePdf.Node::type).toList()).containsExactly("H1", "P", "H2", "P", "P",
                "H3", "L", "H2", "Table", "H2", "Div", "Div");
        assertThat(pdf.outline().get(0).text()).isEqualTo("Överenskommelse om stödgrupper – Klubb ”BUSA”");
        AccessiblePdf.Node table = pdf.outline().get(8);
        assertThat(table.children()).as("the header row and 91 rows, the repeated headers being artifacts").hasSize(92);
        assertThat(table.children().get(0).children()).extracting(AccessiblePdf.Node::type).containsExactly("TH", "TH");
        assertThat(table.children().get(0).allText()).isEqualTo("Part Belopp");
        assertThat(table.children().get(91).children()).extracting(AccessiblePdf.Node::type).containsExactly("TH", "TD");
        assertThat(pdf.outline().get(6).flatten()).extracting(AccessiblePdf.Node::type)
                .containsExactly("L", "LI", "Lbl", "LBody", "LI", "Lbl", "LBody");
        assertThat(pdf.outline().get(10).allText()).isEqualTo("Ort och datum Kim Kommun");
        assertThat(pdf.outline().get(4).text()).as("a paragraph over a page break is one P").startsWith("Andra stycket")
                .endsWith("slut.");

        int pages = pdf.pageTexts().size();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.pageTexts().get(page - 1)).contains("Sida " + page + " av " + pages);
        }
        assertThat(pdf.pageTexts().get(1)).as("the header repeated on the next page").contains("Part").contains("Belopp");
    }

    @Test
    void anEnglishDocumentSaysItsLanguageAndPages() {
        AccessiblePdf pdf = AccessiblePdf.check(document(Locale.ENGLISH, 2), "en", "Överenskommelse om stödgrupper – Klubb ”BUSA”");

        assertThat(pdf.pageTexts().get(0)).contains("Page 1 of " + pdf.pageTexts().size());
    }

    @Test
    void whatTheFontCannotDrawBecomesAQuestionMarkInsteadOfFailing() {
        TaggedPdf pdf = TaggedPdf.portrait("Tecken", texts(Locale.forLanguageTag("sv")));
        pdf.title("Tecken");
        pdf.paragraph("Ett ☃ och ett 中 och\ttabb");

        AccessiblePdf checked = AccessiblePdf.check(pdf.toBytes(), "sv", "Tecken");

        assertThat(checked.outline().get(1).text()).isEqualTo("Ett ? och ett ? och tabb");
    }
}
