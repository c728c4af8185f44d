package se.samverka.partnerships.partnership;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.core.testing.TenantIsolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** A partnership's rules: ICLD's countries by date, a core area, foreign parties from the register, locking, isolation. */
class PartnershipsTest {

    static long jbMarks;

    @BeforeAll
    static void aForeignLocalGovernment() {
        jbMarks = as(officer(ALMHULT), ALMHULT, () -> TestPortal.foreign(TestPortal.unique("JB Marks")).id());
    }

    static Partnerships partnerships() {
        return TestPortal.bean(Partnerships.class);
    }

    static Refusal refused(PartnershipDetails details) {
        try {
            as(officer(ALMHULT), ALMHULT, () -> partnerships().create(details));
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("not refused: " + details);
    }

    @Test
    void aPartnershipWithAnEligibleCountryIsCreatedAndFoundByItsFilters() {
        String title = TestPortal.unique("Mental Health");
        Partnership created = as(officer(ALMHULT), ALMHULT, () -> partnerships().create(TestPortal.partnership(title, jbMarks)));
        assertThat(created.countryCode()).isEqualTo("ZA");
        as(reader(ALMHULT), ALMHULT, () -> {
            assertThat(partnerships().search(new PartnershipSearch(PartnershipStatus.INCEPTION, "ZA", CoreArea.PARTICIPATION, null,
                    title), Pageable.from(0, 10)).getContent()).extracting(Partnership::id).containsExactly(created.id());
            assertThat(partnerships().count(new PartnershipSearch(null, null, CoreArea.ACCOUNTABILITY, null, title))).isZero();
            assertThat(partnerships().partnerNames(List.of(created))).containsValue(
                    TestPortal.bean(PartnerRegister.class).find(jbMarks).orElseThrow().name());
        });
    }

    @Test
    void eachRuleIsRefusedAtItsField() {
        PartnershipDetails ok = TestPortal.partnership(TestPortal.unique("Regler"), jbMarks);
        assertThat(refused(with(ok, "SE", ok.coreAreas(), ok.startsOn(), ok.foreignPartnerIds())).field()).contains("countryCode");
        assertThat(refused(with(ok, "ZA", ok.coreAreas(), LocalDate.of(2019, 6, 1), ok.foreignPartnerIds())).messageKey())
                .as("not on the list before 2020").isEqualTo("partnerships.partnership.country-not-eligible");
        assertThat(refused(with(ok, "ZA", EnumSet.noneOf(CoreArea.class), ok.startsOn(), ok.foreignPartnerIds())).field())
                .contains("coreAreas");
        assertThat(refused(with(ok, "ZA", ok.coreAreas(), ok.startsOn(), List.of())).field()).contains("foreignPartnerIds");
        long swedishAssociation = as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(PartnerRegister.class).create(new PartnerDetails(
                TestPortal.unique("Förening"), null, PartnerKind.NON_PROFIT_ASSOCIATION, null, null, null, null, null, null)).id());
        assertThat(refused(with(ok, "ZA", ok.coreAreas(), ok.startsOn(), List.of(swedishAssociation))).messageKey())
                .isEqualTo("partnerships.partnership.partner-not-foreign");
        long inOrust = as(officer(ORUST), ORUST, () -> TestPortal.foreign(TestPortal.unique("Annan")).id());
        assertThat(refused(with(ok, "ZA", ok.coreAreas(), ok.startsOn(), List.of(inOrust))).messageKey())
                .as("another tenant's register").isEqualTo("partnerships.partnership.partner-unknown");
    }

    @Test
    void theStatusGoesForwardOnlyAndASecondEditorIsToldWhoChangedIt() {
        Partnership created = as(officer(ALMHULT), ALMHULT, () -> partnerships().create(
                TestPortal.partnership(TestPortal.unique("Status"), jbMarks)));
        PartnershipDetails back = new PartnershipDetails(created.title(), "ZA", null, created.coreAreas(), PartnershipStatus.EXPLORING,
                created.startsOn(), created.endsOn(), null, created.foreignPartnerIds(), List.of(), List.of(), null);
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> partnerships().update(created.id(), created.version(), back)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("status"));
        PartnershipDetails forward = new PartnershipDetails(created.title(), "ZA", null, created.coreAreas(), PartnershipStatus.PROJECT,
                created.startsOn(), created.endsOn(), null, created.foreignPartnerIds(), List.of(), List.of(), null);
        as(officer(ALMHULT), ALMHULT, () -> partnerships().update(created.id(), created.version(), forward));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> partnerships().update(created.id(), created.version(), forward)))
                .isInstanceOf(StaleRecord.class);
    }

    @Test
    void readersAndPartnersChangeNothingPartnersSeeNothingAndAnotherTenantNeither() {
        Partnership created = as(officer(ALMHULT), ALMHULT, () -> partnerships().create(
                TestPortal.partnership(TestPortal.unique("Isolering"), jbMarks)));
        assertThatThrownBy(() -> as(reader(ALMHULT), ALMHULT, () -> partnerships().create(
                TestPortal.partnership(TestPortal.unique("Läsare"), jbMarks)))).isInstanceOf(NotPermitted.class);
        assertThat(as(partner(TestPortal.unique("org").replace(' ', '-'), ALMHULT), ALMHULT, () -> partnerships().find(created.id())))
                .as("the foreign side has no login; other partner users see no partnership").isEmpty();
        assertThat(as(officer(ORUST), ORUST, () -> partnerships().find(created.id()))).isEmpty();
        assertThatThrownBy(() -> as(officer(ORUST), ORUST, () -> TestPortal.bean(Phases.class).add(created.id(), TestPortal.inception())))
                .as("a phase for another tenant's partnership").isInstanceOf(RecordNotFound.class);
        TenantIsolation.assertIsolated(TestPortal.bean(PartnershipRepository.class), created.id(), Partnership::id, ALMHULT, ORUST,
                p -> new Partnership(p.id(), p.tenantId(), "Kapad", p.countryCode(), null, p.coreAreas(), p.status(), p.startsOn(),
                        p.endsOn(), null, p.foreignPartnerIds(), p.swedishParties(), p.contacts(), null, p.createdAt(), p.createdBy(),
                        p.updatedAt(), p.updatedBy(), p.version()));
    }

    static PartnershipDetails with(PartnershipDetails d, String country, Set<CoreArea> areas, LocalDate start, List<Long> foreign) {
        return new PartnershipDetails(d.title(), country, d.thematicArea(), areas, d.status(), start, d.endsOn(), d.icldReferences(),
                foreign, d.swedishParties(), d.contacts(), d.description());
    }
}
