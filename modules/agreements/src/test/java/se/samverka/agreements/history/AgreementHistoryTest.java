package se.samverka.agreements.history;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.Amendment;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.core.tenant.TenantContext;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.officer;

/** The versions of an agreement on the real database: recorded at the decision and at every amendment. */
class AgreementHistoryTest {

    final AgreementHistory history = TestPortal.bean(AgreementHistory.class);
    final Agreements agreements = TestPortal.bean(Agreements.class);

    static <T> T asOfficer(Supplier<T> work) {
        return TestPortal.as(officer(TENANT_A), TENANT_A, work);
    }

    @Test
    void aDraftHasNoHistoryTheDecisionIsVersionOneAndEachAmendmentTheNext() {
        long partner = asOfficer(() -> TestAgreements.partner(TestAgreements.alias("h")).id());
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(partner));
        assertThat(asOfficer(() -> history.versions(draft.id()))).isEmpty();

        AgreementDetails active = asOfficer(() -> TestAgreements.active(partner));
        AgreementTerms original = active.terms();
        AgreementTerms period2024 = original.withPeriod(AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        AgreementDetails second = asOfficer(() -> agreements.amend(active.id(), active.agreement().version(),
                new Amendment(period2024, "Perioden justeras", new Decision("Kommunstyrelsen", LocalDate.of(2024, 12, 20), "KS/2024:2095"))));
        PartyTerms junis = period2024.parties().get(1);
        AgreementTerms moreCommitments = period2024.withParties(List.of(period2024.parties().get(0),
                junis.withCommitments(List.of(junis.commitments().get(0), "Föreningen bjuder in till läger."))));
        asOfficer(() -> agreements.amend(active.id(), second.agreement().version(), new Amendment(moreCommitments, "Nytt åtagande", null)));

        List<AgreementVersion> versions = asOfficer(() -> history.versions(active.id()));
        assertThat(versions).extracting(AgreementVersion::versionNumber).containsExactly(1, 2, 3);
        assertThat(versions).extracting(AgreementVersion::status).containsOnly(AgreementStatus.DECIDED, AgreementStatus.ACTIVE);
        assertThat(versions.get(0).status()).isEqualTo(AgreementStatus.DECIDED);
        assertThat(versions.get(1).reason()).isEqualTo("Perioden justeras");
        assertThat(versions.get(1).decision()).contains(new Decision("Kommunstyrelsen", LocalDate.of(2024, 12, 20), "KS/2024:2095"));
        assertThat(versions.get(2).recordedBy()).isEqualTo("officer.orust");

        assertThat(asOfficer(() -> history.terms(active.id(), 1))).isEqualTo(original);
        assertThat(asOfficer(() -> history.differences(active.id(), 1, 2))).containsExactly(
                new Difference("period.end", "2026-12-31", "2027-12-31"),
                new Difference("decision.date", "2023-12-14", "2024-12-20"),
                new Difference("decision.registryNumber", "KS/2023:100", "KS/2024:2095"));
        assertThat(asOfficer(() -> history.differences(active.id(), 2, 3)))
                .containsExactly(new Difference("parties[2].commitments[2]", null, "Föreningen bjuder in till läger."));
        assertThat(asOfficer(() -> history.differences(active.id(), 1, 3))).hasSize(4);
    }

    @Test
    void anotherTenantSeesNoVersion() {
        long partner = asOfficer(() -> TestAgreements.partner(TestAgreements.alias("hb")).id());
        AgreementDetails active = asOfficer(() -> TestAgreements.active(partner));

        TestPortal.as(officer(TENANT_B), TENANT_B, () -> {
            assertThat(history.versions(active.id())).isEmpty();
            assertThatThrownBy(() -> history.terms(active.id(), 1)).isInstanceOf(RecordNotFound.class);
            assertThatThrownBy(() -> history.differences(active.id(), 1, 1)).isInstanceOf(RecordNotFound.class);
        });
        AgreementVersionRepository repository = TestPortal.bean(AgreementVersionRepository.class);
        assertThat(TenantContext.callAs(TENANT_B, () -> repository.findByAgreementIdOrderByVersionNumber(active.id()))).isEmpty();
        assertThat(TenantContext.callAs(TENANT_B, () -> repository.existsByAgreementIdAndVersionNumber(active.id(), 1))).isFalse();
        assertThat(TenantContext.callAs(TENANT_A, () -> repository.findByAgreementIdAndVersionNumber(active.id(), 1))).isPresent();
    }

    @Test
    void versionsCannotBeChangedOrDeleted() {
        assertThat(java.util.Arrays.stream(AgreementVersionRepository.class.getMethods()).map(java.lang.reflect.Method::getName))
                .noneMatch(name -> name.startsWith("update") || name.startsWith("delete"));
    }
}
