package se.samverka.agreements.export;

import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.agreements.followup.Indicator;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.api.validation.Amounts;
import se.samverka.platform.kit.pdf.PdfBlock;
import se.samverka.platform.kit.pdf.PdfStyle;
import se.samverka.platform.kit.pdf.PdfTable;
import se.samverka.platform.kit.pdf.TaggedPdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

/**
 * One agreement as a PDF that reads like the agreement document the parties sign (seed 003): the
 * title, the parties with their organisation numbers, numbered sections in the document's order
 * (background, purpose, target group, activities, values, goals, strategies, organisation, each
 * party's commitments, the steering group, follow-up, contributions per year, period and renewal,
 * renegotiation, termination, dispute), and a block for the signatures. Sections the agreement
 * leaves empty are left out rather than printed blank. The kit's {@link TaggedPdf} makes it an accessible
 * document (PDF/UA: tagged in this reading order, in the reader's language, page numbers), as a public body
 * must publish it.
 */
@Singleton
class AgreementPdf {

    byte[] render(AgreementDetails details, java.util.List<Indicator> indicators, LocalTexts labels) {
        Agreement agreement = details.agreement();
        TaggedPdf document = TaggedPdf.portrait(agreement.title(), labels)
                .subject(labels.get("agreements.form." + agreement.form().name()));
        new Writer(document, details, indicators, labels).write();
        return document.toBytes();
    }

    /** Writes one document; keeps the running section number. */
    private static final class Writer {
        private final TaggedPdf document;
        private final AgreementDetails details;
        private final Agreement agreement;
        private final java.util.List<Indicator> indicators;
        private final LocalTexts labels;
        private int section;

        Writer(TaggedPdf document, AgreementDetails details, java.util.List<Indicator> indicators, LocalTexts labels) {
            this.document = document;
            this.details = details;
            this.agreement = details.agreement();
            this.indicators = indicators;
            this.labels = labels;
        }

        void write() {
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

        private void header() {
            document.title(agreement.title());
            document.paragraph(labels.get("agreements.form." + agreement.form().name()), PdfStyle.EMPHASIS);
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
            document.paragraph(String.join(" · ", facts), PdfStyle.SMALL);
        }

        private void parties() {
            heading(labels.get("agreements.pdf.parties"));
            for (PartyTerms party : details.parties()) {
                document.paragraph(party.organisationNumber() == null ? party.name()
                        : labels.get("agreements.pdf.party-with-number", party.name(), party.organisationNumber()));
            }
        }

        private void text(String labelKey, String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            heading(labels.get(labelKey));
            document.paragraphs(text);
        }

        private void commitments() {
            if (details.parties().stream().allMatch(p -> p.commitments().isEmpty())) {
                return;
            }
            heading(labels.get("agreements.pdf.commitments"));
            for (PartyTerms party : details.parties()) {
                if (!party.commitments().isEmpty()) {
                    document.subheading(labels.get("agreements.pdf.commitments-of", party.name()));
                    document.list(party.commitments());
                }
            }
        }

        private void steering() {
            heading(labels.get("agreements.pdf.steering"));
            if (agreement.steeringComposition() != null) {
                document.paragraphs(agreement.steeringComposition());
            }
            document.paragraph(labels.get("agreements.pdf.steering-minimum", agreement.minimumMeetingsPerYear()));
            for (PartyTerms party : details.parties()) {
                if (party.convenesSteeringGroup()) {
                    document.paragraph(labels.get("agreements.pdf.steering-convener", party.name()));
                }
            }
        }

        private void followUp() {
            heading(labels.get("agreements.field.follow-up-clause"));
            if (agreement.followUpClause() != null) {
                document.paragraphs(agreement.followUpClause());
            }
            document.paragraph(labels.get("agreements.pdf.follow-up-frequency",
                    labels.get("agreements.reporting-frequency." + agreement.reportingFrequency().name()),
                    agreement.reportDueDays()));
            document.list(indicators.stream().map(Indicator::name).toList());
        }

        private void contributions() {
            heading(labels.get("agreements.pdf.contributions"));
            if (details.parties().stream().allMatch(p -> p.contributions().isEmpty())) {
                document.paragraph(labels.get("agreements.pdf.no-contributions"));
                return;
            }
            PdfTable table = PdfTable.of(PdfTable.Column.left(labels.get("agreements.pdf.contribution-party"), 4),
                    PdfTable.Column.left(labels.get("agreements.pdf.contribution-year"), 1.2f),
                    PdfTable.Column.right(labels.get("agreements.pdf.contribution-amount"), 2),
                    PdfTable.Column.left(labels.get("agreements.pdf.contribution-description"), 5));
            long total = 0;
            for (PartyTerms party : details.parties()) {
                for (ContributionTerms c : party.contributions()) {
                    table.row(party.name(), String.valueOf(c.year()), kronor(c.amountSek()),
                            c.description() == null ? "" : c.description());
                    total = Amounts.sum(total, c.amountSek());
                }
            }
            table.row(PdfTable.Cell.rowHeading(labels.get("agreements.pdf.contribution-total")).span(2),
                    PdfTable.Cell.of(kronor(total)).bold(), PdfTable.Cell.of(""));
            document.table(table);
        }

        private void period() {
            heading(labels.get("agreements.pdf.period"));
            if (agreement.periodStart() == null || agreement.periodEnd() == null) {
                document.paragraph(labels.get("agreements.pdf.period-open"));
                return;
            }
            document.paragraph(labels.get("agreements.pdf.period-text", date(agreement.periodStart()), date(agreement.periodEnd())));
            if (agreement.renewalTalksStart() != null) {
                document.paragraph(labels.get("agreements.pdf.renewal-text", agreement.renewalNoticeMonths(),
                        date(agreement.renewalTalksStart())));
            }
        }

        private void signatures() {
            heading(labels.get("agreements.pdf.signatures"));
            document.paragraph(labels.get("agreements.pdf.signatures-intro", details.parties().size()));
            java.util.List<PdfBlock> blocks = new ArrayList<>();
            for (PartyTerms party : details.parties()) {
                for (SignatoryTerms signatory : party.signatories()) {
                    String role = signatory.role() == null ? party.name() : signatory.role() + ", " + party.name();
                    blocks.add(PdfBlock.create()
                            .line(signatory.signedOn() == null ? labels.get("agreements.pdf.place-date")
                                    : labels.get("agreements.pdf.signed-on", date(signatory.signedOn())), PdfStyle.SMALL)
                            .signingLine()
                            .line(signatory.name(), PdfStyle.STRONG)
                            .line(role, PdfStyle.SMALL));
                }
            }
            document.blocks(2, blocks);
        }

        private void heading(String text) {
            document.heading(++section + ". " + text);
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
