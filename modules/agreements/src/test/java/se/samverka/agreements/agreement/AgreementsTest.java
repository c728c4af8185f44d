package se.samverka.agreements.agreement;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestMessages;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.core.testing.AuditTrail;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.officer;

/** Agreements from draft to end on the real database: the rules, the locking, the audit. */
class AgreementsTest {

    final Agreements agreements = TestPortal.bean(Agreements.class);

    static <T> T asOfficer(Supplier<T> work) {
        return TestPortal.as(officer(TENANT_A), TENANT_A, work);
    }

    static PartnerOrganisation partner() {
        return asOfficer(() -> TestAgreements.partner(TestAgreements.alias("p")));
    }

    static String refusalKey(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void aDraftKeepsItsTermsPartiesCommitmentsSignatoriesAndContributions() {
        PartnerOrganisation partner = partner();
        AgreementTerms terms = TestAgreements.terms(partner.id());
        PartyTerms tenant = terms.parties().get(0).withContributions(List.of(new ContributionTerms(2024, 350_000, "Lokaler")));
        AgreementTerms withMoney = terms.withParties(List.of(tenant, terms.parties().get(1)));

        AgreementDetails created = asOfficer(() -> agreements.createDraft(withMoney));
        AgreementDetails read = asOfficer(() -> agreements.details(created.id()).orElseThrow());

        assertThat(read.agreement().status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(read.agreement().versionNumber()).isEqualTo(1);
        assertThat(read.agreement().renewalTalksStart()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(read.agreement().tenantId()).isEqualTo(TENANT_A);
        assertThat(read.parties()).hasSize(2);
        assertThat(read.parties().get(1).name()).as("taken from the register").isEqualTo(partner.name());
        assertThat(read.terms()).isEqualTo(withMoney.withParties(List.of(tenant,
                new PartyTerms(partner.id(), partner.name(), null, false, List.of("Föreningen leder grupperna."),
                        terms.parties().get(1).signatories(), List.of()))));
        assertThat(AuditTrail.of(TestPortal.shared(), "agreement", created.id())).singleElement().asString()
                .startsWith("orust officer.orust create").contains("\"title\":[null,");
    }

    @Test
    void seed003sPeriodTypoIsRefusedAndNothingIsStored() {
        PartnerOrganisation partner = partner();
        AgreementTerms typo = TestAgreements.terms(partner.id())
                .withPeriod(AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31)));
        long before = asOfficer(() -> agreements.search(new AgreementSearch(null, partner.id(), null, null, null), Pageable.from(0, 10)))
                .getTotalSize();

        assertThatThrownBy(() -> asOfficer(() -> agreements.createDraft(typo)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.period.end-before-start"));
        assertThat(asOfficer(() -> agreements.search(new AgreementSearch(null, partner.id(), null, null, null), Pageable.from(0, 10)))
                .getTotalSize()).isEqualTo(before);
    }

    @Test
    void theLifecycleGoesStepByStepAndRefusesWhatIsMissing() {
        PartnerOrganisation partner = partner();
        AgreementTerms noNumber = TestAgreements.terms(partner.id()).withRegistryNumber(null);
        AgreementDetails draft = asOfficer(() -> agreements.createDraft(noNumber));

        assertThat(refusalKey(() -> asOfficer(() -> agreements.transition(draft.id(), draft.agreement().version(),
                AgreementStatus.ACTIVE, null, null)))).isEqualTo("agreements.lifecycle.not-allowed");
        assertThat(refusalKey(() -> asOfficer(() -> agreements.transition(draft.id(), draft.agreement().version(),
                AgreementStatus.PROPOSED, null, null)))).isEqualTo("agreements.lifecycle.needs-registry-number");

        AgreementDetails numbered = asOfficer(() -> agreements.edit(draft.id(), draft.agreement().version(),
                noNumber.withRegistryNumber("KS/2024:2095")));
        AgreementDetails proposed = asOfficer(() -> agreements.transition(numbered.id(), numbered.agreement().version(),
                AgreementStatus.PROPOSED, null, null));
        assertThat(refusalKey(() -> asOfficer(() -> agreements.transition(proposed.id(), proposed.agreement().version(),
                AgreementStatus.DECIDED, new Decision("Kommunstyrelsen", null, "KS/2024:2095"), null))))
                .isEqualTo("agreements.decision.incomplete");
        AgreementDetails decided = asOfficer(() -> agreements.transition(proposed.id(), proposed.agreement().version(),
                AgreementStatus.DECIDED, TestAgreements.decision(), null));
        assertThat(decided.agreement().decision()).contains(TestAgreements.decision());
        AgreementDetails active = asOfficer(() -> agreements.transition(decided.id(), decided.agreement().version(),
                AgreementStatus.ACTIVE, null, null));

        MovableClock.today(LocalDate.of(2026, 12, 31));
        assertThat(refusalKey(() -> asOfficer(() -> agreements.transition(active.id(), active.agreement().version(),
                AgreementStatus.ENDED, null, null)))).isEqualTo("agreements.lifecycle.period-not-over");
        MovableClock.today(LocalDate.of(2027, 1, 1));
        AgreementDetails ended = asOfficer(() -> agreements.transition(active.id(), active.agreement().version(),
                AgreementStatus.ENDED, null, null));

        assertThat(ended.agreement().status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(asOfficer(() -> agreements.statusChanges(draft.id()))).extracting(StatusChange::toStatus)
                .containsExactly(AgreementStatus.PROPOSED, AgreementStatus.DECIDED, AgreementStatus.ACTIVE, AgreementStatus.ENDED);
        assertThat(AuditTrail.of(TestPortal.shared(), "agreement", draft.id())).filteredOn(line -> line.contains(" transition "))
                .hasSize(4).first().asString().contains("\"status\":[\"DRAFT\",\"PROPOSED\"]");
    }

    @Test
    void activationNeedsSignaturesAndTerminationAReason() {
        PartnerOrganisation partner = partner();
        AgreementTerms terms = TestAgreements.terms(partner.id());
        AgreementTerms unsigned = terms.withParties(List.of(terms.parties().get(0), terms.parties().get(1).withSignatories(List.of(
                new SignatoryTerms("Fia Förening", "Ordförande", null)))));
        AgreementDetails draft = asOfficer(() -> agreements.createDraft(unsigned));
        AgreementDetails proposed = asOfficer(() -> agreements.transition(draft.id(), draft.agreement().version(), AgreementStatus.PROPOSED, null, null));
        AgreementDetails decided = asOfficer(() -> agreements.transition(proposed.id(), proposed.agreement().version(),
                AgreementStatus.DECIDED, TestAgreements.decision(), null));

        assertThat(refusalKey(() -> asOfficer(() -> agreements.transition(decided.id(), decided.agreement().version(),
                AgreementStatus.ACTIVE, null, null)))).isEqualTo("agreements.lifecycle.needs-signatures");
        assertThat(refusalKey(() -> asOfficer(() -> agreements.transition(decided.id(), decided.agreement().version(),
                AgreementStatus.TERMINATED, null, " ")))).isEqualTo("agreements.lifecycle.needs-reason");
        AgreementDetails terminated = asOfficer(() -> agreements.transition(decided.id(), decided.agreement().version(),
                AgreementStatus.TERMINATED, null, "Föreningen har upphört"));

        assertThat(terminated.agreement().status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(asOfficer(() -> agreements.statusChanges(draft.id()))).last()
                .extracting(StatusChange::reason).isEqualTo("Föreningen har upphört");
    }

    @Test
    void readersAndPartnersNeverChangeAnAgreement() {
        PartnerOrganisation partner = partner();
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(partner.id()));

        assertThatThrownBy(() -> TestPortal.as(TestPortal.reader(TENANT_A), TENANT_A, () -> agreements.transition(draft.id(),
                draft.agreement().version(), AgreementStatus.PROPOSED, null, null))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> TestPortal.as(TestPortal.partner(partner.directoryAlias(), TENANT_A), TENANT_A,
                () -> agreements.edit(draft.id(), draft.agreement().version(), draft.terms().withTitle("Partnerns titel"))))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> TestPortal.as(TestPortal.reader(TENANT_A), TENANT_A,
                () -> agreements.createDraft(TestAgreements.terms(partner.id())))).isInstanceOf(NotPermitted.class);
        assertThat(asOfficer(() -> agreements.find(draft.id())).orElseThrow().status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void aTenantAdministratorChangesAgreementsToo() {
        PartnerOrganisation partner = partner();
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(partner.id()));

        AgreementDetails proposed = TestPortal.as(TestPortal.admin(TENANT_A), TENANT_A, () -> agreements.transition(draft.id(),
                draft.agreement().version(), AgreementStatus.PROPOSED, null, null));

        assertThat(proposed.agreement().updatedBy()).isEqualTo("admin.orust");
    }

    @Test
    void twoEditsOfTheSameVersionTheSecondIsRefusedAndNothingIsOverwritten() {
        PartnerOrganisation partner = partner();
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(partner.id()));
        long readByBoth = draft.agreement().version();

        asOfficer(() -> agreements.edit(draft.id(), readByBoth, draft.terms().withTitle("Den första handläggarens rubrik")));

        assertThatThrownBy(() -> TestPortal.as(TestPortal.admin(TENANT_A), TENANT_A,
                () -> agreements.edit(draft.id(), readByBoth, draft.terms().withTitle("Den andras rubrik"))))
                .isInstanceOfSatisfying(StaleRecord.class, r -> assertThat(TestMessages.in(java.util.Locale.forLanguageTag("sv"), r))
                        .startsWith("Överenskommelsen har ändrats av officer.orust "));
        assertThatThrownBy(() -> asOfficer(() -> agreements.transition(draft.id(), readByBoth, AgreementStatus.PROPOSED, null, null)))
                .isInstanceOf(StaleRecord.class);
        assertThat(asOfficer(() -> agreements.find(draft.id())).orElseThrow().title()).isEqualTo("Den första handläggarens rubrik");
    }

    @Test
    void aDecidedAgreementChangesOnlyByAnAmendmentWhichMakesANewVersion() {
        PartnerOrganisation partner = partner();
        AgreementDetails active = asOfficer(() -> TestAgreements.active(partner.id()));
        AgreementTerms longer = active.terms().withPeriod(AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));

        assertThat(refusalKey(() -> asOfficer(() -> agreements.edit(active.id(), active.agreement().version(), longer))))
                .isEqualTo("agreements.edit.not-editable");
        assertThat(refusalKey(() -> asOfficer(() -> agreements.amend(active.id(), active.agreement().version(),
                new Amendment(active.terms(), "Ingen ändring", null))))).isEqualTo("agreements.amend.nothing-changed");
        assertThat(refusalKey(() -> asOfficer(() -> agreements.amend(active.id(), active.agreement().version(),
                new Amendment(longer, " ", null))))).isEqualTo("refusal.text.required");
        assertThat(refusalKey(() -> asOfficer(() -> agreements.amend(active.id(), active.agreement().version(),
                new Amendment(active.terms().withPeriod(null), "Perioden tas bort", null))))).as("an active agreement keeps its dates")
                .isEqualTo("agreements.amend.needs-period");
        assertThat(refusalKey(() -> asOfficer(() -> agreements.amend(active.id(), active.agreement().version(),
                new Amendment(active.terms().withPeriod(AgreementPeriod.of(LocalDate.of(2024, 1, 1), null)), "Slutet tas bort", null)))))
                .isEqualTo("agreements.amend.needs-period");

        AgreementDetails amended = asOfficer(() -> agreements.amend(active.id(), active.agreement().version(),
                new Amendment(longer, "Perioden förlängs ett år", new Decision("Kommunstyrelsen", LocalDate.of(2024, 6, 1), "KS/2024:77"))));

        assertThat(amended.agreement().versionNumber()).isEqualTo(2);
        assertThat(amended.agreement().periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(amended.agreement().renewalTalksStart()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(amended.agreement().decisionRegistryNumber()).isEqualTo("KS/2024:77");
        assertThat(amended.agreement().status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AuditTrail.of(TestPortal.shared(), "agreement", active.id())).last().asString().contains(" amend ")
                .contains("\"period.end\":[\"2026-12-31\",\"2027-12-31\"]").contains("\"versionNumber\":[1,2]");
    }

    @Test
    void theListPagesFiltersAndSortsInTheDatabase() {
        PartnerOrganisation partner = partner();
        PartnerOrganisation other = partner();
        String marker = TestAgreements.alias("Lista");
        for (int i = 0; i < 4; i++) {
            int n = i;
            asOfficer(() -> agreements.createDraft(TestAgreements.terms(partner.id()).withTitle(marker + " " + n)
                    .withPeriod(AgreementPeriod.of(LocalDate.of(2020 + n, 1, 1), LocalDate.of(2021 + n, 12, 31)))));
        }
        AgreementDetails proposed = asOfficer(() -> TestAgreements.draft(other.id()));
        asOfficer(() -> agreements.transition(proposed.id(), proposed.agreement().version(), AgreementStatus.PROPOSED, null, null));

        Page<Agreement> page = asOfficer(() -> agreements.search(new AgreementSearch(null, null, null, null, marker.toLowerCase()),
                Pageable.from(1, 3, AgreementSort.PERIOD_END.sort(false))));
        assertThat(page.getTotalSize()).isEqualTo(4);
        assertThat(page.getContent()).extracting(Agreement::title).containsExactly(marker + " 0");
        // the list view's two halves of the same search: the page without its count, and the count
        AgreementSearch byMarker = new AgreementSearch(null, null, null, null, marker.toLowerCase());
        assertThat(asOfficer(() -> agreements.page(byMarker, Pageable.from(1, 3, AgreementSort.PERIOD_END.sort(false)))))
                .extracting(Agreement::title).containsExactly(marker + " 0");
        assertThat(asOfficer(() -> agreements.count(byMarker))).isEqualTo(4);
        assertThat(TestPortal.as(TestPortal.partner(other.directoryAlias(), TENANT_A), TENANT_A, () -> agreements.count(byMarker)))
                .as("a partner user counts only their organisation's").isZero();

        assertThat(asOfficer(() -> agreements.search(new AgreementSearch(null, partner.id(), null, null, null),
                Pageable.from(0, 10, AgreementSort.TITLE.sort(true)))).getContent())
                .extracting(Agreement::title).containsExactly(marker + " 0", marker + " 1", marker + " 2", marker + " 3");
        assertThat(asOfficer(() -> agreements.search(new AgreementSearch(null, partner.id(), LocalDate.of(2023, 6, 1),
                LocalDate.of(2023, 6, 30), null), Pageable.from(0, 10))).getContent())
                .extracting(Agreement::title).containsExactlyInAnyOrder(marker + " 2", marker + " 3");
        assertThat(asOfficer(() -> agreements.search(new AgreementSearch(AgreementStatus.PROPOSED, other.id(), null, null, null),
                Pageable.from(0, 10))).getContent()).extracting(Agreement::id).containsExactly(proposed.id());
        assertThat(asOfficer(() -> agreements.search(new AgreementSearch(AgreementStatus.DRAFT, other.id(), null, null, null),
                Pageable.from(0, 10))).getContent()).isEmpty();
        assertThat(asOfficer(() -> agreements.search(new AgreementSearch(null, null, null, null, other.name()),
                Pageable.from(0, 10))).getContent()).as("by a party's name").extracting(Agreement::id).containsExactly(proposed.id());
    }

    @Test
    void aPartnerOfAnotherTenantCannotBeMadeAParty() {
        PartnerOrganisation inB = TestPortal.as(officer(TestPortal.TENANT_B), TestPortal.TENANT_B,
                () -> TestAgreements.partner(TestAgreements.alias("b")));

        assertThat(refusalKey(() -> asOfficer(() -> agreements.createDraft(TestAgreements.terms(inB.id())))))
                .isEqualTo("agreements.party.unknown-partner");
    }
}
