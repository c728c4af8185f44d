package se.samverka.agreements.partner;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestMessages;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.core.testing.AuditTrail;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** The partner register on the real database. */
class PartnerOrganisationsTest {

    final PartnerRegister partners = TestPortal.bean(PartnerRegister.class);

    static PartnerDetails details(String name, String number, String alias) {
        return new PartnerDetails(name, number, PartnerKind.NON_PROFIT_ASSOCIATION, null, alias, "Kontakt", "k@example.org", null, null);
    }

    @Test
    void anOfficerRegistersAndChangesAnOrganisationAndBothAreAudited() {
        String alias = TestAgreements.alias("junis");
        PartnerOrganisation created = as(officer(TENANT_A), TENANT_A,
                () -> partners.create(details("Junis Göteborg och Bohusläns distrikt", "857204–3795", alias)));

        assertThat(created.organisationNumber()).isEqualTo("857204-3795");
        PartnerOrganisation renamed = as(officer(TENANT_A), TENANT_A, () -> partners.update(created.id(), created.version(),
                details("Junis – Göteborg och Bohuslän", "857204-3795", alias)));

        assertThat(renamed.name()).isEqualTo("Junis – Göteborg och Bohuslän");
        assertThat(renamed.version()).isGreaterThan(created.version());
        assertThat(AuditTrail.of(TestPortal.shared(), "partner-organisation", created.id())).hasSize(2)
                .first().asString().startsWith("orust officer.orust create").contains("\"organisationNumber\":[null,\"857204-3795\"]");
        assertThat(AuditTrail.of(TestPortal.shared(), "partner-organisation", created.id()).get(1))
                .contains("update", "\"name\":[\"Junis Göteborg och Bohusläns distrikt\",\"Junis – Göteborg och Bohuslän\"]")
                .doesNotContain("organisationNumber");
    }

    @Test
    void anInvalidOrganisationNumberIsRefusedAndNothingStored() {
        String alias = TestAgreements.alias("bad");

        assertThatThrownBy(() -> as(officer(TENANT_A), TENANT_A, () -> partners.create(details("Felnummer", "857204-3794", alias))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("refusal.organisation-number.check-digit"));
        assertThat(as(officer(TENANT_A), TENANT_A, () -> partners.findByDirectoryAlias(alias))).isEmpty();
    }

    @Test
    void anOrganisationIsRegisteredOncePerTenantButEachTenantHasItsOwnRecord() {
        String alias = TestAgreements.alias("dup");
        as(officer(TENANT_A), TENANT_A, () -> partners.create(details("Första", null, alias)));

        assertThatThrownBy(() -> as(officer(TENANT_A), TENANT_A, () -> partners.create(details("Andra", null, alias))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("partners.alias-taken"));
        PartnerOrganisation inB = as(officer(TENANT_B), TENANT_B, () -> partners.create(details("Första i B", null, alias)));
        assertThat(as(officer(TENANT_B), TENANT_B, () -> partners.find(inB.id()))).as("B's own record").isPresent();
        assertThat(as(officer(TENANT_A), TENANT_A, () -> partners.find(inB.id()))).as("not A's").isEmpty();
    }

    @Test
    void readersAndPartnersChangeNothing() {
        assertThatThrownBy(() -> as(TestPortal.reader(TENANT_A), TENANT_A, () -> partners.create(details("X", null, null))))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> as(TestPortal.partner("junis", TENANT_A), TENANT_A, () -> partners.create(details("X", null, null))))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void twoEditsOfTheSameVersionTheSecondIsRefusedAndNothingIsOverwritten() {
        PartnerOrganisation created = as(officer(TENANT_A), TENANT_A,
                () -> partners.create(details("Original", null, TestAgreements.alias("lock"))));
        as(officer(TENANT_A), TENANT_A, () -> partners.update(created.id(), created.version(),
                details("Första ändringen", null, created.directoryAlias())));

        assertThatThrownBy(() -> as(TestPortal.admin(TENANT_A), TENANT_A, () -> partners.update(created.id(), created.version(),
                details("Andra ändringen", null, created.directoryAlias()))))
                .isInstanceOfSatisfying(StaleRecord.class, r -> {
                    assertThat(TestMessages.in(java.util.Locale.ENGLISH, r)).contains("was changed by officer.orust")
                            .contains("Nothing was saved");
                    assertThat(r.changedBy()).contains("officer.orust");
                    assertThat(r.changedAt()).isPresent();
                });
        assertThat(as(officer(TENANT_A), TENANT_A, () -> partners.find(created.id())).orElseThrow().name()).isEqualTo("Första ändringen");
    }

    @Test
    void anotherTenantsOrganisationIsInvisibleAndCannotBeChanged() {
        PartnerOrganisation inA = as(officer(TENANT_A), TENANT_A,
                () -> partners.create(details("Bara i A", null, TestAgreements.alias("iso"))));

        assertThat(as(officer(TENANT_B), TENANT_B, () -> partners.find(inA.id()))).isEmpty();
        assertThat(as(officer(TENANT_B), TENANT_B, () -> partners.search("Bara i A", Pageable.from(0, 50)).getContent())).isEmpty();
        assertThat(as(officer(TENANT_B), TENANT_B, () -> partners.findByDirectoryAlias(inA.directoryAlias()))).isEmpty();
        assertThatThrownBy(() -> as(officer(TENANT_B), TENANT_B, () -> partners.update(inA.id(), inA.version(), details("Kapad", null, null))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("refusal.not-found"));
    }

    @Test
    void theRegisterPagesAndFiltersInTheDatabase() {
        String marker = TestAgreements.alias("Sök");
        for (int i = 0; i < 5; i++) {
            int n = i;
            as(officer(TENANT_A), TENANT_A, () -> partners.create(details(marker + " förening " + n, null, null)));
        }

        var page = as(officer(TENANT_A), TENANT_A,
                () -> partners.search(marker.toUpperCase(), Pageable.from(1, 2, Sort.of(Sort.Order.asc("name")))));

        assertThat(page.getTotalSize()).isEqualTo(5);
        assertThat(page.getContent()).extracting(PartnerOrganisation::name).containsExactly(marker + " förening 2", marker + " förening 3");
        assertThat(as(officer(TENANT_A), TENANT_A, () -> partners.count(marker.toUpperCase()))).as("the count of its own").isEqualTo(5);
        assertThat(as(officer(TENANT_B), TENANT_B, () -> partners.count(marker))).isZero();
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnOrganisationsRecord() {
        String own = TestAgreements.alias("own");
        PartnerOrganisation mine = as(officer(TENANT_A), TENANT_A, () -> partners.create(details("Min förening", null, own)));
        PartnerOrganisation other = as(officer(TENANT_A), TENANT_A,
                () -> partners.create(details("Annan förening", null, TestAgreements.alias("other"))));

        assertThat(as(TestPortal.partner(own, TENANT_A), TENANT_A, () -> partners.find(mine.id()))).isPresent();
        assertThat(as(TestPortal.partner(own, TENANT_A), TENANT_A, () -> partners.find(other.id()))).isEmpty();
        assertThat(as(TestPortal.partner(own, TENANT_A), TENANT_A, () -> partners.search(null, Pageable.from(0, 100)).getContent()))
                .extracting(PartnerOrganisation::id).containsExactly(mine.id());
        assertThat(as(TestPortal.partner(own, TENANT_A), TENANT_A, () -> partners.count(null))).isEqualTo(1);
    }
}
