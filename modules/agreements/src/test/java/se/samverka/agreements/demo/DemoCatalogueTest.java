package se.samverka.agreements.demo;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.audit.FieldValues;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogueTest {

    /** The people the source documents name: the demo data must invent its own. */
    static final List<String> REAL_PEOPLE = List.of("Anna-Karin", "Jansson Argani", "Gunnarsson Simu", "Malmgren Thörnblom",
            "Henrik Lindh", "Bråkenhielm", "Veronica Ottosson", "Josefine Göransson", "Lennart Magnusson", "0304-334413",
            "orust.se");

    /** The terms as the service completes them: a partner party named as in the register. */
    static AgreementTerms registered(DemoAgreement demo) {
        AgreementTerms terms = demo.terms().apply(1L);
        return terms.withParties(terms.parties().stream().map(p -> p.isTenant() ? p
                : new PartyTerms(p.partnerId(), demo.partner().name(), demo.partner().organisationNumber(),
                p.convenesSteeringGroup(), p.commitments(), p.signatories(), p.contributions())).toList());
    }

    @Test
    void theDemoAgreementsAreTheOnesOfTheSources() {
        assertThat(DemoCatalogue.byTenant()).containsOnlyKeys("orust", "region-jonkoping", "region-stockholm");
        assertThat(DemoCatalogue.byTenant().values().stream().flatMap(List::stream).map(d -> d.partner().directoryAlias()))
                .containsExactly("junis", "varsol", "origo", "ericastiftelsen");
    }

    @Test
    void everyDemoAgreementPassesTheRulesRealDataMust() {
        DemoCatalogue.byTenant().values().stream().flatMap(List::stream).forEach(demo -> {
            demo.partner().validated();
            AgreementTerms terms = registered(demo).validated();
            assertThat(terms.period().isComplete()).isTrue();
            demo.decision().validated(LocalDate.of(2026, 1, 1));
        });
    }

    @Test
    void seed003IsTakenAsWritten() {
        DemoAgreement orust = DemoCatalogue.orustJunis();
        AgreementTerms terms = registered(orust).validated();

        assertThat(terms.registryNumber()).isEqualTo("KS/2024:2095");
        assertThat(terms.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(terms.period().end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(terms.period().renewalNoticeMonths()).isEqualTo(6);
        assertThat(terms.steering().minimumMeetingsPerYear()).isEqualTo(2);
        assertThat(terms.parties().get(0).organisationNumber()).isEqualTo("212000-1314");
        assertThat(terms.parties().get(0).convenesSteeringGroup()).as("Orust kommun sammankallar styrgruppen").isTrue();
        assertThat(terms.parties().get(1).organisationNumber()).isEqualTo("857204-3795");
        assertThat(terms.texts().activities()).contains("Klubb BUSA", "Hela människan");
        assertThat(orust.indicators()).hasSize(9);
        assertThat(orust.target()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void noRealPersonAppearsInTheDemoData() {
        DemoCatalogue.byTenant().values().stream().flatMap(List::stream).forEach(demo -> {
            String everything = String.join("\n", FieldValues.of(demo.terms().apply(1L)).values())
                    + FieldValues.of(demo.partner()).values() + demo.meetingFunctions();
            REAL_PEOPLE.forEach(person -> assertThat(everything).doesNotContain(person));
        });
    }

    @Test
    void theLifecyclePathLeadsToTheTarget() {
        assertThat(DemoSeeder.stepsTo(AgreementStatus.DRAFT)).isEmpty();
        assertThat(DemoSeeder.stepsTo(AgreementStatus.ACTIVE))
                .containsExactly(AgreementStatus.PROPOSED, AgreementStatus.DECIDED, AgreementStatus.ACTIVE);
        assertThat(DemoSeeder.stepsTo(AgreementStatus.ENDED)).endsWith(AgreementStatus.ENDED);
    }
}
