package se.samverka.agreements.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.agreements.followup.Indicator;
import se.samverka.platform.api.i18n.LocalTexts;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

/**
 * One agreement as a PDF that reads like the agreement document the parties sign (seed 003): the
 * title, the parties with their organisation numbers, numbered sections in the document's order
 * (background, purpose, target group, activities, values, goals, strategies, organisation, each
 * party's commitments, the steering group, follow-up, contributions per year, period and renewal,
 * renegotiation, termination, dispute), and a block for the signatures. Sections the agreement
 * leaves empty are left out rather than printed blank. Helvetica's Windows-1252 encoding carries
 * the Swedish letters and the dashes and quotes of the texts.
 */
@Singleton
class AgreementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 11, Font.ITALIC);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10.5f);
    private static final Font SMALL = new Font(Font.HELVETICA, 9);

    byte[] render(AgreementDetails details, java.util.List<Indicator> indicators, LocalTexts labels) {
        Agreement agreement = details.agreement();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.locale().getLanguage()));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.setDocumentLanguage(labels.locale().getLanguage());
            document.addTitle(agreement.title());
            document.addSubject(labels.get("agreements.form." + agreement.form().name()));
            document.addCreator("Samverka");
            document.open();
            new Writer(document, details, indicators, labels).write();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The agreement's PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** Writes one document; keeps the running section number. */
    private static final class Writer {
        private final Document document;
        private final AgreementDetails details;
        private final Agreement agreement;
        private final java.util.List<Indicator> indicators;
        private final LocalTexts labels;
        private int section;

        Writer(Document document, AgreementDetails details, java.util.List<Indicator> indicators, LocalTexts labels) {
            this.document = document;
            this.details = details;
            this.agreement = details.agreement();
            this.indicators = indicators;
            this.labels = labels;
        }

        void write() throws DocumentException {
            header();
            parties();
            text("agreements.field.background", agreement.background());
            text("agreements.field.purpose", agreement.purpose());
            text("agreements.field.target-group", agreement.targetGroup());
            text("agreements.field.activities", agreement.activities());
            text("agreements.field.value-base", agreement.valueBase());
            text("agreements.field.overall-goals", agreement.overallGoals());
            text("agreements.field.strategies", agreement.strategies());
            text("agreements.field.organisation", agreement.organisation());
            commitments();
            steering();
            followUp();
            contributions();
            period();
            text("agreements.field.renegotiation-clause", agreement.renegotiationClause());
            text("agreements.field.termination-clause", agreement.terminationClause());
            text("agreements.field.dispute-clause", agreement.disputeClause());
            signatures();
        }

        private void header() throws DocumentException {
            Paragraph title = new Paragraph(agreement.title(), TITLE);
            title.setSpacingAfter(6);
            document.add(title);
            document.add(new Paragraph(labels.get("agreements.form." + agreement.form().name()), SUBTITLE));
            java.util.List<String> facts = new ArrayList<>();
            if (agreement.registryNumber() != null) {
                facts.add(labels.get("agreements.pdf.registry-number", agreement.registryNumber()));
            }
            facts.add(labels.get("agreements.pdf.status", labels.get(agreement.status().labelKey())));
            agreement.decision().ifPresent(d -> facts.add(labels.get("agreements.pdf.decision", d.body(), date(d.date()),
                    d.registryNumber())));
            if (agreement.versionNumber() > 1) {
                facts.add(labels.get("agreements.pdf.version", agreement.versionNumber()));
            }
            Paragraph meta = new Paragraph(String.join(" · ", facts), SMALL);
            meta.setSpacingBefore(4);
            meta.setSpacingAfter(10);
            document.add(meta);
        }

        private void parties() throws DocumentException {
            heading(labels.get("agreements.pdf.parties"));
            for (PartyTerms party : details.parties()) {
                String line = party.organisationNumber() == null ? party.name()
                        : labels.get("agreements.pdf.party-with-number", party.name(), party.organisationNumber());
                document.add(body(line));
            }
        }

        private void text(String labelKey, String text) throws DocumentException {
            if (text == null || text.isBlank()) {
                return;
            }
            heading(labels.get(labelKey));
            paragraphs(text);
        }

        private void commitments() throws DocumentException {
            if (details.parties().stream().allMatch(p -> p.commitments().isEmpty())) {
                return;
            }
            heading(labels.get("agreements.pdf.commitments"));
            for (PartyTerms party : details.parties()) {
                if (party.commitments().isEmpty()) {
                    continue;
                }
                Paragraph who = new Paragraph(labels.get("agreements.pdf.commitments-of", party.name()), SUBHEADING);
                who.setSpacingBefore(4);
                document.add(who);
                List list = new List(List.UNORDERED, 12);
                list.setListSymbol(new Chunk("\u2022", BODY));
                party.commitments().forEach(c -> list.add(new ListItem(c, BODY)));
                document.add(list);
            }
        }

        private void steering() throws DocumentException {
            heading(labels.get("agreements.pdf.steering"));
            if (agreement.steeringComposition() != null) {
                paragraphs(agreement.steeringComposition());
            }
            document.add(body(labels.get("agreements.pdf.steering-minimum", agreement.minimumMeetingsPerYear())));
            for (PartyTerms party : details.parties()) {
                if (party.convenesSteeringGroup()) {
                    document.add(body(labels.get("agreements.pdf.steering-convener", party.name())));
                }
            }
        }

        private void followUp() throws DocumentException {
            heading(labels.get("agreements.field.follow-up-clause"));
            if (agreement.followUpClause() != null) {
                paragraphs(agreement.followUpClause());
            }
            document.add(body(labels.get("agreements.pdf.follow-up-frequency",
                    labels.get("agreements.reporting-frequency." + agreement.reportingFrequency().name()),
                    agreement.reportDueDays())));
            if (!indicators.isEmpty()) {
                List list = new List(List.UNORDERED, 12);
                list.setListSymbol(new Chunk("-", BODY));
                indicators.forEach(i -> list.add(new ListItem(i.name(), BODY)));
                document.add(list);
            }
        }

        private void contributions() throws DocumentException {
            heading(labels.get("agreements.pdf.contributions"));
            PdfPTable table = new PdfPTable(new float[]{4, 1.2f, 2, 5});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            for (String key : java.util.List.of("agreements.pdf.contribution-party", "agreements.pdf.contribution-year",
                    "agreements.pdf.contribution-amount", "agreements.pdf.contribution-description")) {
                PdfPCell cell = new PdfPCell(new Phrase(labels.get(key), SUBHEADING));
                cell.setPadding(4);
                table.addCell(cell);
            }
            long total = 0;
            for (PartyTerms party : details.parties()) {
                for (ContributionTerms c : party.contributions()) {
                    table.addCell(cell(party.name(), Element.ALIGN_LEFT));
                    table.addCell(cell(String.valueOf(c.year()), Element.ALIGN_LEFT));
                    table.addCell(cell(kronor(c.amountSek()), Element.ALIGN_RIGHT));
                    table.addCell(cell(c.description() == null ? "" : c.description(), Element.ALIGN_LEFT));
                    total += c.amountSek();
                }
            }
            if (total == 0 && details.parties().stream().allMatch(p -> p.contributions().isEmpty())) {
                document.add(body(labels.get("agreements.pdf.no-contributions")));
                return;
            }
            PdfPCell sum = new PdfPCell(new Phrase(labels.get("agreements.pdf.contribution-total"), SUBHEADING));
            sum.setColspan(2);
            sum.setPadding(4);
            table.addCell(sum);
            PdfPCell amount = new PdfPCell(new Phrase(kronor(total), SUBHEADING));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            amount.setPadding(4);
            table.addCell(amount);
            table.addCell(cell("", Element.ALIGN_LEFT));
            document.add(table);
        }

        private void period() throws DocumentException {
            heading(labels.get("agreements.pdf.period"));
            if (agreement.periodStart() == null || agreement.periodEnd() == null) {
                document.add(body(labels.get("agreements.pdf.period-open")));
                return;
            }
            document.add(body(labels.get("agreements.pdf.period-text", date(agreement.periodStart()), date(agreement.periodEnd()))));
            if (agreement.renewalTalksStart() != null) {
                document.add(body(labels.get("agreements.pdf.renewal-text", agreement.renewalNoticeMonths(),
                        date(agreement.renewalTalksStart()))));
            }
        }

        private void signatures() throws DocumentException {
            heading(labels.get("agreements.pdf.signatures"));
            document.add(body(labels.get("agreements.pdf.signatures-intro", details.parties().size())));
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            int cells = 0;
            for (PartyTerms party : details.parties()) {
                for (SignatoryTerms signatory : party.signatories()) {
                    table.addCell(signatureCell(party, signatory));
                    cells++;
                }
            }
            if (cells % 2 == 1) {
                PdfPCell empty = new PdfPCell(new Phrase(""));
                empty.setBorder(PdfPCell.NO_BORDER);
                table.addCell(empty);
            }
            if (cells > 0) {
                document.add(table);
            }
        }

        private PdfPCell signatureCell(PartyTerms party, SignatoryTerms signatory) {
            Paragraph block = new Paragraph();
            block.add(new Phrase(signatory.signedOn() == null ? labels.get("agreements.pdf.place-date")
                    : labels.get("agreements.pdf.signed-on", date(signatory.signedOn())), SMALL));
            block.add(Chunk.NEWLINE);
            block.add(Chunk.NEWLINE);
            block.add(new Phrase("_______________________________", BODY));
            block.add(Chunk.NEWLINE);
            block.add(new Phrase(signatory.name(), SUBHEADING));
            block.add(Chunk.NEWLINE);
            String role = signatory.role() == null ? party.name() : signatory.role() + ", " + party.name();
            block.add(new Phrase(role, SMALL));
            PdfPCell cell = new PdfPCell(block);
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPaddingBottom(18);
            return cell;
        }

        private void heading(String text) throws DocumentException {
            Paragraph heading = new Paragraph(++section + ". " + text, HEADING);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            heading.setKeepTogether(true);
            document.add(heading);
        }

        private void paragraphs(String text) throws DocumentException {
            for (String paragraph : text.split("\\R\\s*\\R")) {
                document.add(body(paragraph.strip()));
            }
        }

        private static Paragraph body(String text) {
            Paragraph paragraph = new Paragraph(text, BODY);
            paragraph.setSpacingAfter(4);
            paragraph.setLeading(14);
            return paragraph;
        }

        private static PdfPCell cell(String text, int alignment) {
            PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
            cell.setHorizontalAlignment(alignment);
            cell.setPadding(4);
            return cell;
        }

        private String kronor(long amount) {
            String grouped = String.format(Locale.ROOT, "%,d", amount);
            return labels.get("agreements.pdf.kronor", "en".equals(labels.locale().getLanguage()) ? grouped
                    : grouped.replace(',', ' '));
        }

        private static String date(LocalDate date) {
            return date == null ? "" : date.toString();
        }
    }
}
