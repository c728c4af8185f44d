package se.samverka.agreements.agreement;

import se.samverka.agreements.TestMessages;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTermsTest {

    static final AgreementPeriod PERIOD = AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));

    static PartyTerms partner(long id) {
        return new PartyTerms(id, "Förening " + id, null, false, List.of(), List.of(), List.of());
    }

    static AgreementTerms withParties(PartyTerms... parties) {
        return AgreementTerms.draft("IOP", List.of(parties)).withPeriod(PERIOD);
    }

    @Test
    void aDraftHasTheAgreedDefaults() {
        AgreementTerms draft = AgreementTerms.draft("Överenskommelse", List.of()).validated();

        assertThat(draft.form()).isEqualTo(AgreementForm.IOP);
        assertThat(draft.period().renewalNoticeMonths()).isEqualTo(6);
        assertThat(draft.steering().minimumMeetingsPerYear()).isEqualTo(2);
        assertThat(draft.followUp().frequency()).isEqualTo(ReportingFrequency.HALF_YEARLY);
        assertThat(draft.followUp().reportDueDays()).isEqualTo(30);
    }

    @Test
    void textsAreTrimmedAndBlankTextsAreNone() {
        AgreementTerms terms = AgreementTerms.draft("  IOP  ", List.of())
                .withTexts(new AgreementTexts(" Bakgrund ", "   ", null, null, null, null, null, null, null, null, null))
                .validated();

        assertThat(terms.title()).isEqualTo("IOP");
        assertThat(terms.texts().background()).isEqualTo("Bakgrund");
        assertThat(terms.texts().purpose()).isNull();
    }

    @Test
    void aTitleIsRequiredAndNotEndless() {
        assertThatThrownBy(() -> AgreementTerms.draft(" ", List.of()).validated()).satisfies(TestMessages.saysInEnglish("Title is required."));
        assertThatThrownBy(() -> AgreementTerms.draft("x".repeat(301), List.of()).validated())
                .satisfies(TestMessages.saysInEnglish("Title may be at most 300 characters long."));
    }

    @Test
    void longSwedishTextsFit() {
        String longText = "Stödgruppverksamheten ska verka för att öka barn och ungdomars kunskap. ".repeat(1000);

        AgreementTerms terms = AgreementTerms.draft("IOP", List.of())
                .withTexts(new AgreementTexts(longText, null, null, null, null, null, null, null, null, null, null)).validated();

        assertThat(terms.texts().background()).hasSize(longText.strip().length());
    }

    @Test
    void theTenantAndEachPartnerArePartiesOnceAndOneConvenes() {
        assertThatThrownBy(() -> withParties(PartyTerms.tenant("Orust kommun", null), PartyTerms.tenant("Orust", null)).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.party.tenant-twice"));
        assertThatThrownBy(() -> withParties(partner(1), partner(1)).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.party.partner-twice"));
        assertThatThrownBy(() -> withParties(partner(1).convening(true), partner(2).convening(true)).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.party.two-conveners"));
    }

    @Test
    void aPartysOrganisationNumberIsChecked() {
        assertThat(withParties(PartyTerms.tenant("Orust kommun", "212000–1314")).validated().parties().get(0).organisationNumber())
                .isEqualTo("212000-1314");
        assertThatThrownBy(() -> withParties(PartyTerms.tenant("Orust kommun", "212000-1313")).validated())
                .satisfies(TestMessages.saysInEnglishSomething("check digit"));
    }

    @Test
    void contributionsArePerYearWithinThePeriodAndNeverNegative() {
        PartyTerms paying = partner(1).withContributions(List.of(new ContributionTerms(2024, 350_000, "Lokaler")));
        assertThat(withParties(paying).validated().parties().get(0).contributions()).hasSize(1);

        assertThatThrownBy(() -> withParties(partner(1).withContributions(List.of(new ContributionTerms(2027, 1, null)))).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(TestMessages.in(java.util.Locale.ENGLISH, r))
                        .isEqualTo("The contribution for 2027 is outside the agreement's period 2024-01-01 – 2026-12-31."));
        assertThatThrownBy(() -> withParties(partner(1).withContributions(List.of(new ContributionTerms(2024, -5, null)))).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.contribution.negative"));
        // at most 999 999 999 999 kr (Amounts.MAX_SEK), so no total of an agreement's or an export's rows overflows
        assertThat(withParties(partner(1).withContributions(List.of(new ContributionTerms(2024, 999_999_999_999L, null))))
                .validated().parties().get(0).contributions()).hasSize(1);
        assertThatThrownBy(() -> withParties(partner(1).withContributions(List.of(new ContributionTerms(2024, 1_000_000_000_000L, null)))).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("refusal.amount.too-large"));
        assertThatThrownBy(() -> withParties(partner(1).withContributions(List.of(new ContributionTerms(2024, Long.MAX_VALUE, null)))).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("parties"));
        assertThatThrownBy(() -> withParties(partner(1).withContributions(List.of(new ContributionTerms(2024, 1, null),
                new ContributionTerms(2024, 2, null)))).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.contribution.duplicate-year"));
    }

    @Test
    void signatoriesNeedANameAndCommitmentsText() {
        assertThatThrownBy(() -> withParties(partner(1).withSignatories(List.of(new SignatoryTerms(" ", "Ordförande", null)))).validated())
                .satisfies(TestMessages.saysInEnglish("Signatory's name is required."));
        assertThatThrownBy(() -> withParties(partner(1).withCommitments(List.of(""))).validated())
                .satisfies(TestMessages.saysInEnglish("Commitment is required."));
    }

    @Test
    void aPartyIsSignedWhenSomeoneSignedForIt() {
        assertThat(partner(1).withSignatories(List.of(new SignatoryTerms("A", null, null))).isSigned()).isFalse();
        assertThat(partner(1).withSignatories(List.of(new SignatoryTerms("A", null, null),
                new SignatoryTerms("B", null, LocalDate.of(2024, 1, 2)))).isSigned()).isTrue();
    }

    @Test
    void steeringAndFollowUpHaveSensibleBounds() {
        assertThatThrownBy(() -> AgreementTerms.draft("IOP", List.of()).withSteering(new SteeringArrangement(null, -1)).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.steering.minimum-range"));
        assertThatThrownBy(() -> AgreementTerms.draft("IOP", List.of())
                .withFollowUp(new FollowUpArrangement(null, ReportingFrequency.YEARLY, 400)).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.followup.due-days-range"));
    }
}
