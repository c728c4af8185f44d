package se.samverka.agreements.agreement;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;

class AgreementPartyNamesTest {

    final AgreementPartyNames names = TestPortal.bean(AgreementPartyNames.class);
    final PortalUser officer = TestPortal.officer(TENANT_A);

    @Test
    void staffGetThePartnerPartiesOfEachAgreementOfThePage() {
        PartnerOrganisation x = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("nx")));
        PartnerOrganisation y = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("ny")));
        AgreementDetails withX = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(x.id()));
        AgreementDetails withY = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(y.id()));

        Map<Long, List<String>> found = TestPortal.as(officer, TENANT_A, () -> names.partnersOf(List.of(withX.id(), withY.id())));
        assertThat(found).containsEntry(withX.id(), List.of(x.name())).containsEntry(withY.id(), List.of(y.name()));
    }

    @Test
    void aPartnerUserAndAnotherTenantGetNothingOfAgreementsTheyMayNotSee() {
        String aliasX = TestAgreements.alias("mx");
        PartnerOrganisation x = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(aliasX));
        PartnerOrganisation y = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("my")));
        AgreementDetails withX = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(x.id()));
        AgreementDetails withY = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(y.id()));
        List<Long> both = List.of(withX.id(), withY.id());

        assertThat(TestPortal.as(TestPortal.partner(aliasX, TENANT_A), TENANT_A, () -> names.partnersOf(both)))
                .containsOnlyKeys(withX.id());
        assertThat(TestPortal.as(TestPortal.officer(TENANT_B), TENANT_B, () -> names.partnersOf(both))).isEmpty();
    }
}
