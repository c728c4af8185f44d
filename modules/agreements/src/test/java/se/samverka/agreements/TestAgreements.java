package se.samverka.agreements;

import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds the records integration tests need, each with unique names so that tests never meet. */
public final class TestAgreements {

    public static final LocalDate START = LocalDate.of(2024, 1, 1);
    public static final LocalDate END = LocalDate.of(2026, 12, 31);

    private TestAgreements() {
    }

    /** A unique directory alias, e.g. {@code x-3f2a9c}. */
    public static String alias(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A partner organisation in the current tenant (call inside {@link TestPortal#as}). */
    public static PartnerOrganisation partner(String alias) {
        return TestPortal.bean(PartnerRegister.class).create(new PartnerDetails("Förening " + alias, null,
                PartnerKind.NON_PROFIT_ASSOCIATION, null, alias, null, null, null, null));
    }

    /** Complete terms with the tenant and the partner as signed parties, 2024–2026. */
    public static AgreementTerms terms(long partnerId) {
        return AgreementTerms.draft("Överenskommelse " + UUID.randomUUID(), List.of(
                        PartyTerms.tenant("Kommunen", "212000-1314").convening(true)
                                .withCommitments(List.of("Kommunen ordnar lokaler."))
                                .withSignatories(List.of(new SignatoryTerms("Kim Kommun", "Kommundirektör", START))),
                        PartyTerms.partner(partnerId)
                                .withCommitments(List.of("Föreningen leder grupperna."))
                                .withSignatories(List.of(new SignatoryTerms("Fia Förening", "Ordförande", START)))))
                .withRegistryNumber("KS/2024:" + Math.abs(UUID.randomUUID().hashCode() % 10000))
                .withPeriod(AgreementPeriod.of(START, END));
    }

    public static Decision decision() {
        return new Decision("Kommunstyrelsen", LocalDate.of(2023, 12, 14), "KS/2023:100");
    }

    /** A draft agreement with the partner (call inside {@link TestPortal#as} as a changer). */
    public static AgreementDetails draft(long partnerId) {
        return TestPortal.bean(Agreements.class).createDraft(terms(partnerId));
    }

    /** A proposed agreement with the partner: what a partner user sees first (drafts are the municipality's own). */
    public static AgreementDetails proposed(long partnerId) {
        AgreementDetails agreement = draft(partnerId);
        return TestPortal.bean(Agreements.class).transition(agreement.id(), agreement.agreement().version(),
                AgreementStatus.PROPOSED, null, null);
    }

    /** An active agreement with the partner, moved there through the lifecycle. */
    public static AgreementDetails active(long partnerId) {
        Agreements agreements = TestPortal.bean(Agreements.class);
        AgreementDetails agreement = draft(partnerId);
        agreement = agreements.transition(agreement.id(), agreement.agreement().version(), AgreementStatus.PROPOSED, null, null);
        agreement = agreements.transition(agreement.id(), agreement.agreement().version(), AgreementStatus.DECIDED, decision(), null);
        return agreements.transition(agreement.id(), agreement.agreement().version(), AgreementStatus.ACTIVE, null, null);
    }
}
