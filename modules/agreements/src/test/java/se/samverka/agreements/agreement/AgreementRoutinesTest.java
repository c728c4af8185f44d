package se.samverka.agreements.agreement;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.AuditTrail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.officer;

/** The routine steps without ceremony: signatures without a new version, renewal as a new draft, deleting a draft. */
class AgreementRoutinesTest {

    final AgreementRoutines routines = TestPortal.bean(AgreementRoutines.class);
    final Agreements agreements = TestPortal.bean(Agreements.class);

    static <T> T asOfficer(Supplier<T> work) {
        return TestPortal.as(officer(TENANT_A), TENANT_A, work);
    }

    PartnerOrganisation partner(String alias) {
        return asOfficer(() -> TestAgreements.partner(alias));
    }

    AgreementDetails decided(long partnerId) {
        return asOfficer(() -> {
            AgreementDetails a = TestAgreements.draft(partnerId);
            a = agreements.transition(a.id(), a.agreement().version(), AgreementStatus.PROPOSED, null, null);
            return agreements.transition(a.id(), a.agreement().version(), AgreementStatus.DECIDED, TestAgreements.decision(), null);
        });
    }

    @Test
    void signaturesOfADecidedAgreementAreRecordedWithoutANewVersionAndAFutureDateIsRefusedAtItsField() {
        AgreementDetails decided = decided(partner(TestAgreements.alias("sign")).id());
        long version = decided.agreement().version();

        assertThatThrownBy(() -> asOfficer(() -> routines.recordSignatures(decided.id(), version,
                List.of(List.of(LocalDate.now().plusDays(3)), List.of()))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains(AgreementRoutines.signedOnField(0, 0)));

        AgreementDetails signed = asOfficer(() -> routines.recordSignatures(decided.id(), version,
                List.of(List.of(LocalDate.of(2024, 1, 10)), List.of(LocalDate.of(2024, 1, 12)))));
        assertThat(signed.agreement().versionNumber()).isEqualTo(decided.agreement().versionNumber());
        assertThat(signed.parties()).extracting(p -> p.signatories().get(0).signedOn())
                .containsExactly(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 12));
        assertThat(signed.agreement().title()).isEqualTo(decided.agreement().title());
        assertThat(AuditTrail.of(TestPortal.shared(), "agreement", decided.id())).anyMatch(l -> l.contains(" sign "));

        assertThatThrownBy(() -> asOfficer(() -> routines.recordSignatures(decided.id(), version, List.of())))
                .as("from the version before the signatures").isInstanceOf(se.samverka.platform.api.refusal.StaleRecord.class);
    }

    @Test
    void anActiveAgreementIsRenewedAsALinkedDraftThatFollowsOnOnce() {
        AgreementDetails active = asOfficer(() -> TestAgreements.active(partner(TestAgreements.alias("renew")).id()));

        AgreementDetails draft = asOfficer(() -> routines.renewAsDraft(active.id()));

        Agreement renewed = draft.agreement();
        assertThat(renewed.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(renewed.title()).isEqualTo(active.agreement().title());
        assertThat(renewed.registryNumber()).isNull();
        assertThat(renewed.periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(renewed.periodEnd()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(draft.parties()).flatExtracting(PartyTerms::signatories).extracting(SignatoryTerms::signedOn).containsOnlyNulls();
        assertThat(draft.parties()).flatExtracting(PartyTerms::commitments).contains("Föreningen leder grupperna.");
        assertThat(asOfficer(() -> routines.linksOf(draft.id())).renews()).map(Agreement::id).contains(active.id());
        assertThat(asOfficer(() -> routines.linksOf(active.id())).renewedBy()).map(Agreement::id).contains(draft.id());

        assertThatThrownBy(() -> asOfficer(() -> routines.renewAsDraft(active.id())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.renew.already"));
        assertThatThrownBy(() -> asOfficer(() -> routines.renewAsDraft(draft.id())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.renew.not-running"));
    }

    @Test
    void aDraftNobodyDecidedOnIsDeletedAndAuditedButADecidedOneIsNot() {
        long partnerId = partner(TestAgreements.alias("del")).id();
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(partnerId));
        AgreementDetails decided = decided(partnerId);

        se.samverka.agreements.documents.AgreementDocuments documents = TestPortal.bean(se.samverka.agreements.documents.AgreementDocuments.class);
        asOfficer(() -> documents.attach(draft.id(), se.samverka.agreements.documents.DocumentKind.OTHER, "utkast.pdf",
                new java.io.ByteArrayInputStream(se.samverka.platform.core.testing.TestFiles.PDF)));

        asOfficer(() -> {
            routines.deleteDraft(draft.id(), draft.agreement().version());
            return null;
        });

        assertThat(asOfficer(() -> agreements.find(draft.id()))).isEmpty();
        assertThat(asOfficer(() -> TestPortal.bean(se.samverka.platform.api.documents.DocumentStore.class)
                .list(documents.kinds().ownerType(se.samverka.agreements.documents.DocumentKind.OTHER), String.valueOf(draft.id())))).as("its documents went with it").isEmpty();
        assertThat(AuditTrail.of(TestPortal.shared(), "agreement", draft.id())).anyMatch(l -> l.contains(" delete "));
        assertThatThrownBy(() -> asOfficer(() -> {
            routines.deleteDraft(decided.id(), decided.agreement().version());
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.delete.not-draft"));
    }

    @Test
    void sortedByStatusTheListFollowsTheLifecycleNotTheCodesAlphabet() {
        String alias = TestAgreements.alias("sort");
        long partnerId = partner(alias).id();
        AgreementDetails active = asOfficer(() -> TestAgreements.active(partnerId));
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(partnerId));
        AgreementSearch theirs = new AgreementSearch(null, partnerId, null, null, null);

        assertThat(asOfficer(() -> agreements.page(theirs, Pageable.from(0, 10, AgreementSort.STATUS.sort(true)))))
                .extracting(Agreement::id).containsExactly(draft.id(), active.id());
        assertThat(asOfficer(() -> agreements.search(theirs, Pageable.from(0, 10, AgreementSort.STATUS.sort(false)))).getContent())
                .extracting(Agreement::id).containsExactly(active.id(), draft.id());
    }

    @Test
    void aDraftIsNotShownToThePartnerUntilItIsProposed() {
        String alias = TestAgreements.alias("hidden");
        long partnerId = partner(alias).id();
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(partnerId));
        PortalUser partnerUser = TestPortal.partner(alias, TENANT_A);
        AgreementSearch all = AgreementSearch.ALL;

        assertThat(TestPortal.as(partnerUser, TENANT_A, () -> agreements.find(draft.id()))).isEmpty();
        assertThat(TestPortal.as(partnerUser, TENANT_A, () -> agreements.count(all))).isZero();
        assertThat(TestPortal.as(partnerUser, TENANT_A, () -> agreements.search(
                new AgreementSearch(AgreementStatus.DRAFT, null, null, null, null), Pageable.from(0, 10)).getContent())).isEmpty();

        AgreementDetails proposed = asOfficer(() -> agreements.transition(draft.id(), draft.agreement().version(),
                AgreementStatus.PROPOSED, null, null));
        assertThat(TestPortal.as(partnerUser, TENANT_A, () -> agreements.find(draft.id()))).isPresent();
        assertThat(TestPortal.as(partnerUser, TENANT_A, () -> agreements.count(all))).isEqualTo(1);
        assertThat(Arrays.asList(proposed.agreement().status())).containsExactly(AgreementStatus.PROPOSED);
    }
}
