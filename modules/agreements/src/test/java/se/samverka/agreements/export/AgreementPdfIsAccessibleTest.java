package se.samverka.agreements.export;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.AgreementTexts;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.platform.core.testing.PortalHttp;
import se.samverka.testkit.AccessiblePdf;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;
import static se.samverka.platform.core.testing.PortalHttp.text;

/**
 * The agreement's PDF is an accessible document, as a public body must publish (DOS-lagen, PDF/UA): tagged in
 * reading order from the title's H1 through the numbered sections and the contributions table to the
 * signatures, in the reader's language, its title shown, its font embedded, "Sida n av m" on every page.
 */
class AgreementPdfIsAccessibleTest {

    static AgreementDetails agreement;

    @BeforeAll
    static void aLongAgreement() {
        String alias = TestAgreements.alias("pdfua");
        as(officer(TENANT_A), TENANT_A, () -> {
            long partnerId = TestAgreements.partner(alias).id();
            AgreementTerms base = TestAgreements.terms(partnerId)
                    .withTitle("Tillgänglig överenskommelse " + UUID.randomUUID().toString().substring(0, 6) + " – Klubb BUSA");
            String longText = ("Parterna samverkar om stödgrupper för barn och unga i kommunens alla delar. ").repeat(40);
            agreement = TestPortal.bean(Agreements.class).createDraft(base
                    .withParties(List.of(
                            base.parties().get(0).withContributions(List.of(new ContributionTerms(2024, 250_000, "Personal"),
                                    new ContributionTerms(2025, 260_000, null))),
                            base.parties().get(1).withContributions(List.of(new ContributionTerms(2024, 40_000, "Ideellt arbete")))))
                    .withTexts(new AgreementTexts(longText, "Syftet är att stödja barn och unga.", null, longText, null, null,
                            null, null, "Parterna för en dialog.", "Part kan häva avtalet.", "Tvister löses genom dialog.")));
        });
    }

    static byte[] pdf(String query) {
        HttpResponse<byte[]> response = PortalHttp.as(TestPortal.shared(), officer(TENANT_A))
                .get("/api/v1/tenants/" + TENANT_A + "/agreements/" + agreement.id() + "/agreement.pdf" + query);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return response.body();
    }

    @Test
    void thePdfIsTaggedInReadingOrderWithItsLanguageTitleAndPageNumbers() {
        String title = agreement.agreement().title();
        AccessiblePdf pdf = AccessiblePdf.check(pdf(""), "sv", title);

        List<AccessiblePdf.Node> outline = pdf.outline();
        assertThat(outline.get(0).type()).isEqualTo("H1");
        assertThat(outline.get(0).text()).isEqualTo(title);
        List<String> headings = outline.stream().filter(n -> n.type().equals("H2")).map(AccessiblePdf.Node::text).toList();
        assertThat(headings).startsWith("1. Avtalsparter", "2. Bakgrund", "3. Syfte").contains("5. Åtaganden")
                .anySatisfy(h -> assertThat(h).endsWith("Parternas bidrag per år")).last().asString().endsWith("Underskrift");
        assertThat(outline).extracting(AccessiblePdf.Node::text).as("the sections' text in the document's order")
                .contains("Syftet är att stödja barn och unga.", "Tvister löses genom dialog.");

        AccessiblePdf.Node contributions = outline.stream().filter(n -> n.type().equals("Table")).findFirst().orElseThrow();
        assertThat(outline.get(outline.indexOf(contributions) - 1).text()).endsWith("Parternas bidrag per år");
        assertThat(contributions.children().get(0).children()).extracting(AccessiblePdf.Node::type, AccessiblePdf.Node::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TH", "Part"), org.assertj.core.groups.Tuple.tuple("TH", "År"),
                        org.assertj.core.groups.Tuple.tuple("TH", "Belopp"), org.assertj.core.groups.Tuple.tuple("TH", "Avser"));
        assertThat(contributions.children()).as("header, three contributions, the sum").hasSize(5);
        assertThat(contributions.children().get(1).allText()).isEqualTo("Kommunen 2024 250 000 kr Personal");
        assertThat(contributions.children().get(4).allText()).isEqualTo("Summa 550 000 kr");

        assertThat(outline.stream().filter(n -> n.type().equals("L")).findFirst()).as("the commitments as a list")
                .hasValueSatisfying(l -> assertThat(l.allText()).contains("Kommunen ordnar lokaler."));
        assertThat(outline.subList(outline.size() - 2, outline.size())).as("the signatures, last")
                .allSatisfy(d -> assertThat(d.type()).isEqualTo("Div"))
                .anySatisfy(d -> assertThat(d.allText()).contains("Fia Förening").contains("Ordförande"));

        int pages = pdf.pageTexts().size();
        assertThat(pages).as("long enough to need page numbers").isGreaterThanOrEqualTo(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.pageTexts().get(page - 1)).contains("Sida " + page + " av " + pages);
        }
    }

    @Test
    void inEnglishTheLanguageAndPageNumbersAreEnglish() {
        AccessiblePdf pdf = AccessiblePdf.check(pdf("?lang=en"), "en", agreement.agreement().title());

        assertThat(pdf.outline().stream().filter(n -> n.type().equals("H2")).findFirst().orElseThrow().text())
                .isEqualTo("1. Parties");
        assertThat(pdf.pageTexts().get(0)).contains("Page 1 of " + pdf.pageTexts().size());
    }
}
