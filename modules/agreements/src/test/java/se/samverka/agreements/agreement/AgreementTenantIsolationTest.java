package se.samverka.agreements.agreement;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.core.tenant.TenantContext;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.platform.core.testing.TenantIsolation.assertIsolated;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** Tenant A's agreement, with all its rows, from tenant B: invisible, unchangeable, undeletable. */
class AgreementTenantIsolationTest {

    static AgreementDetails inA;

    @BeforeAll
    static void anActiveAgreementWithContributionsInTenantA() {
        inA = as(officer(TENANT_A), TENANT_A, () -> {
            AgreementDetails active = TestAgreements.active(TestAgreements.partner(TestAgreements.alias("iso")).id());
            AgreementTerms terms = active.terms();
            AgreementTerms withMoney = terms.withParties(List.of(terms.parties().get(0)
                    .withContributions(List.of(new ContributionTerms(2024, 100_000, "Lokaler"))), terms.parties().get(1)));
            return TestPortal.bean(Agreements.class).amend(active.id(), active.agreement().version(),
                    new Amendment(withMoney, "Bidrag tillagt", null));
        });
    }

    @Test
    void theServiceAnswersNotFoundFromAnotherTenant() {
        Agreements agreements = TestPortal.bean(Agreements.class);
        long id = inA.id();
        long version = inA.agreement().version();

        as(officer(TENANT_B), TENANT_B, () -> {
            assertThat(agreements.find(id)).isEmpty();
            assertThat(agreements.details(id)).isEmpty();
            assertThat(agreements.statusChanges(id)).isEmpty();
            assertThat(agreements.search(AgreementSearch.ALL, Pageable.from(0, 1000)).getContent()).extracting(Agreement::id)
                    .doesNotContain(id);
            assertThat(agreements.search(new AgreementSearch(null, null, null, null, inA.agreement().title()),
                    Pageable.from(0, 10)).getTotalSize()).isZero();
            assertThatThrownBy(() -> agreements.edit(id, version, inA.terms().withTitle("Kapad"))).isInstanceOf(RecordNotFound.class);
            assertThatThrownBy(() -> agreements.transition(id, version, AgreementStatus.TERMINATED, null, "Kapad"))
                    .isInstanceOf(RecordNotFound.class);
            assertThatThrownBy(() -> agreements.amend(id, version, new Amendment(inA.terms().withTitle("Kapad"), "Kapad", null)))
                    .isInstanceOf(RecordNotFound.class);
        });
        assertThat(as(officer(TENANT_A), TENANT_A, () -> agreements.find(id)).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void theAgreementRow() {
        assertIsolated(TestPortal.bean(AgreementRepository.class), inA.id(), Agreement::id, TENANT_A, TENANT_B,
                a -> new Agreement(a.id(), null, a.registryNumber(), "Kapad", a.form(), AgreementStatus.TERMINATED, a.background(),
                        a.purpose(), a.targetGroup(), a.activities(), a.valueBase(), a.overallGoals(), a.strategies(),
                        a.organisation(), a.renegotiationClause(), a.terminationClause(), a.disputeClause(),
                        a.steeringComposition(), a.minimumMeetingsPerYear(), a.followUpClause(), a.reportingFrequency(),
                        a.reportDueDays(), a.periodStart(), a.periodEnd(), a.renewalNoticeMonths(), a.renewalTalksStart(),
                        a.decisionBody(), a.decisionDate(), a.decisionRegistryNumber(), a.versionNumber(), a.createdAt(),
                        a.createdBy(), Instant.now(), "b", a.version()));
    }

    @Test
    void itsParties() {
        AgreementPartyRepository repository = TestPortal.bean(AgreementPartyRepository.class);
        for (AgreementParty party : rowsInA(() -> repository.findByAgreementIdOrderByPosition(inA.id()))) {
            assertIsolated(repository, party.id(), AgreementParty::id, TENANT_A, TENANT_B,
                    p -> new AgreementParty(p.id(), null, p.agreementId(), p.position(), p.partnerId(), "Kapad", null, false));
        }
        assertThat(TenantContext.callAs(TENANT_B, () -> repository.existsByAgreementIdAndPartnerId(inA.id(),
                inA.parties().get(1).partnerId()))).isFalse();
    }

    @Test
    void itsCommitments() {
        PartyCommitmentRepository repository = TestPortal.bean(PartyCommitmentRepository.class);
        List<PartyCommitment> rows = rowsInA(() -> repository.findByAgreementIdOrderByPosition(inA.id()));
        assertThat(rows).isNotEmpty();
        rows.forEach(row -> assertIsolated(repository, row.id(), PartyCommitment::id, TENANT_A, TENANT_B,
                c -> new PartyCommitment(c.id(), null, c.agreementId(), c.partyId(), c.position(), "Kapad")));
    }

    @Test
    void itsSignatories() {
        PartySignatoryRepository repository = TestPortal.bean(PartySignatoryRepository.class);
        List<PartySignatory> rows = rowsInA(() -> repository.findByAgreementIdOrderByPosition(inA.id()));
        assertThat(rows).isNotEmpty();
        rows.forEach(row -> assertIsolated(repository, row.id(), PartySignatory::id, TENANT_A, TENANT_B,
                s -> new PartySignatory(s.id(), null, s.agreementId(), s.partyId(), s.position(), "Kapad", null, null)));
    }

    @Test
    void itsContributions() {
        PartyContributionRepository repository = TestPortal.bean(PartyContributionRepository.class);
        List<PartyContribution> rows = rowsInA(() -> repository.findByAgreementIdOrderByContributionYear(inA.id()));
        assertThat(rows).hasSize(1);
        assertIsolated(repository, rows.get(0).id(), PartyContribution::id, TENANT_A, TENANT_B,
                c -> new PartyContribution(c.id(), null, c.agreementId(), c.partyId(), c.contributionYear(), 1, "Kapad"));
    }

    @Test
    void itsLifecycleAndTheChildRowsDeletedInBulk() {
        StatusChangeRepository changes = TestPortal.bean(StatusChangeRepository.class);
        assertThat(rowsInA(() -> changes.findByAgreementIdOrderById(inA.id()))).hasSize(3);
        assertThat(TenantContext.callAs(TENANT_B, () -> changes.findByAgreementIdOrderById(inA.id()))).isEmpty();

        TenantContext.callAs(TENANT_B, () -> {
            TestPortal.bean(PartyContributionRepository.class).deleteByAgreementId(inA.id());
            TestPortal.bean(PartySignatoryRepository.class).deleteByAgreementId(inA.id());
            TestPortal.bean(PartyCommitmentRepository.class).deleteByAgreementId(inA.id());
            return null;
        });
        AgreementDetails afterwards = as(officer(TENANT_A), TENANT_A, () -> TestPortal.bean(Agreements.class).details(inA.id()))
                .orElseThrow();
        assertThat(afterwards.terms()).isEqualTo(inA.terms());
    }

    private static <T> List<T> rowsInA(java.util.function.Supplier<List<T>> query) {
        return TenantContext.callAs(TENANT_A, query);
    }
}
