package se.samverka.agreements.links;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordEvent;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.TENANT_C;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/**
 * Agreements as records other modules link to: resolved and searched with the module's own sight, and
 * their status changes told to other modules after the change commits.
 */
class AgreementRecordsTest {

    static AgreementDetails ofX;
    static AgreementDetails ofY;
    static PortalUser xUser;

    @BeforeAll
    static void twoAgreementsWithTwoOrganisations() {
        String x = TestAgreements.alias("x");
        xUser = TestPortal.partner(x, TENANT_A, TENANT_C);
        as(officer(TENANT_A), TENANT_A, () -> {
            ofX = TestAgreements.active(TestAgreements.partner(x).id());
            ofY = TestAgreements.active(TestAgreements.partner(TestAgreements.alias("y")).id());
        });
    }

    static RecordReference reference(AgreementDetails agreement) {
        return RecordReference.of("agreements", "agreement", agreement.id());
    }

    static RecordDirectory directory() {
        return TestPortal.bean(RecordDirectory.class);
    }

    @Test
    void anAgreementResolvesToItsRegistryNumberTitlePeriodAndView() {
        LinkedRecord linked = as(officer(TENANT_A), TENANT_A, () -> directory().resolve(reference(ofX))).orElseThrow();

        assertThat(linked.title()).isEqualTo(ofX.agreement().registryNumber() + " " + ofX.agreement().title());
        assertThat(linked.detail()).isEqualTo("2024-01-01 – 2026-12-31");
        assertThat(linked.path()).isEqualTo("agreements/" + ofX.id());
    }

    @Test
    void aPartnerResolvesAndFindsOnlyItsOrganisationsAgreements() {
        assertThat(as(xUser, TENANT_A, () -> directory().resolve(reference(ofX)))).isPresent();
        assertThat(as(xUser, TENANT_A, () -> directory().resolve(reference(ofY)))).as("the agreement beside it").isEmpty();
        assertThat(as(xUser, TENANT_A, () -> directory().search("agreements", "agreement", "", 100)))
                .extracting(LinkedRecord::reference).containsExactly(reference(ofX));
        assertThat(as(officer(TENANT_A), TENANT_A, () -> directory().search("agreements", "agreement", "", 1000)))
                .extracting(LinkedRecord::reference).contains(reference(ofX), reference(ofY));
    }

    @Test
    void anotherTenantOrOneWithoutTheModuleResolvesNothing() {
        assertThat(as(officer(TENANT_C), TENANT_C, () -> directory().resolve(reference(ofX)))).as("another tenant's").isEmpty();
        assertThat(as(xUser, TENANT_C, () -> directory().resolve(reference(ofX)))).as("the partner in another tenant").isEmpty();
        assertThat(as(officer(TENANT_B), TENANT_B, () -> directory().resolve(reference(ofX)))).as("module off").isEmpty();
        assertThat(as(officer(TENANT_B), TENANT_B, () -> directory().isAvailable("agreements", "agreement"))).isFalse();
        assertThat(as(officer(TENANT_A), TENANT_A, () -> directory().isAvailable("agreements", "agreement"))).isTrue();
        assertThat(as(officer(TENANT_A), TENANT_A, () -> directory().resolve(new RecordReference("agreements", "agreement", "x1"))))
                .as("not an agreement's id").isEmpty();
    }

    @Test
    void aTerminatedAgreementIsToldToOtherModulesAfterItCommits() {
        HeardEvents heard = TestPortal.bean(HeardEvents.class);
        AgreementDetails ended = as(officer(TENANT_A), TENANT_A, () -> {
            AgreementDetails active = TestAgreements.active(TestAgreements.partner(TestAgreements.alias("z")).id());
            return TestPortal.bean(Agreements.class).transition(active.id(), active.agreement().version(),
                    AgreementStatus.TERMINATED, null, "Föreningen har upphört");
        });

        assertThat(heard.events).filteredOn(e -> e.reference().equals(reference(ended)))
                .extracting(RecordEvent::kind, RecordEvent::tenantId)
                .containsExactly(
                        tuple("proposed", TENANT_A),
                        tuple("decided", TENANT_A),
                        tuple("active", TENANT_A),
                        tuple("terminated", TENANT_A));
    }

    /** Another module's listener, as the groups module would have one. */
    @Singleton
    static class HeardEvents implements ApplicationEventListener<RecordEvent> {
        final List<RecordEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(RecordEvent event) {
            events.add(event);
        }
    }
}
