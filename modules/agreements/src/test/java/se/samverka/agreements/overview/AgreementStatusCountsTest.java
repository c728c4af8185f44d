package se.samverka.agreements.overview;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;

class AgreementStatusCountsTest {

    final AgreementStatusCounts counts = TestPortal.bean(AgreementStatusCounts.class);

    @Test
    void eachNewAgreementCountsOnceInItsStatusAndOnlyInItsTenant() {
        PortalUser officerA = TestPortal.officer(TENANT_A);
        PortalUser officerB = TestPortal.officer(TENANT_B);
        Map<AgreementStatus, Long> beforeA = TestPortal.as(officerA, TENANT_A, counts::countsByStatus);
        Map<AgreementStatus, Long> beforeB = TestPortal.as(officerB, TENANT_B, counts::countsByStatus);

        PartnerOrganisation partner = TestPortal.as(officerA, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("c")));
        TestPortal.as(officerA, TENANT_A, () -> TestAgreements.draft(partner.id()));
        TestPortal.as(officerA, TENANT_A, () -> TestAgreements.draft(partner.id()));
        TestPortal.as(officerA, TENANT_A, () -> TestAgreements.active(partner.id()));

        Map<AgreementStatus, Long> afterA = TestPortal.as(officerA, TENANT_A, counts::countsByStatus);
        assertThat(afterA.get(AgreementStatus.DRAFT)).isEqualTo(beforeA.get(AgreementStatus.DRAFT) + 2);
        assertThat(afterA.get(AgreementStatus.ACTIVE)).isEqualTo(beforeA.get(AgreementStatus.ACTIVE) + 1);
        assertThat(afterA.get(AgreementStatus.PROPOSED)).isEqualTo(beforeA.get(AgreementStatus.PROPOSED));
        assertThat(TestPortal.as(officerB, TENANT_B, counts::countsByStatus)).as("another tenant's counts").isEqualTo(beforeB);
    }

    @Test
    void aPartnerUserGetsNoCounts() {
        String alias = TestAgreements.alias("cp");
        PortalUser officer = TestPortal.officer(TENANT_A);
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(alias));
        TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(partner.id()));

        Map<AgreementStatus, Long> seen = TestPortal.as(TestPortal.partner(alias, TENANT_A), TENANT_A, counts::countsByStatus);
        assertThat(seen).containsOnlyKeys(AgreementStatus.values()).allSatisfy((status, count) -> assertThat(count).isZero());
    }
}
