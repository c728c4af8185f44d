package se.samverka.app;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUpStatus;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeDetails;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.links.Contribution;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.testkit.PortalTestServer;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * Two modules through the platform, with no compile dependency between them: Klubb BUSA (groups) is run
 * under the Orust–Junis agreement (agreements), and its accepted half-years appear in that agreement's
 * follow-up, each exactly once, exact for officers and protected for everyone else; a link resolves only to
 * what the user may see. On the embedded default's demo data, as a newcomer sees it.
 */
class GroupsReportIntoTheirAgreementTest {

    static PortalTestServer portal;
    static Programme busa;
    static RecordReference agreement;

    @BeforeAll
    static void theDemo() {
        portal = PortalTestServer.start(PortalTestServer.repositoryTenants(), Map.of());
        busa = as(officer("orust"), "orust", () -> portal.bean(Programmes.class)
                .search(new ProgrammeSearch(null, "Klubb BUSA"), Pageable.from(0, 1)).getContent().get(0));
        agreement = RecordReference.parse(busa.agreementRef()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static List<Contribution> reportedAs(se.samverka.platform.api.security.CurrentUser.PortalUser user, String tenant) {
        return as(user, tenant, () -> portal.bean(RecordDirectory.class).contributionsTo(agreement));
    }

    @Test
    void theProgrammeIsLinkedToTheAgreementAndTheLinkResolvesOnlyForWhoMaySeeIt() {
        assertThat(agreement.module()).isEqualTo("agreements");
        assertThat(as(officer("orust"), "orust", () -> portal.bean(RecordDirectory.class).resolve(agreement))).get()
                .satisfies(linked -> assertThat(linked.title()).contains("Junis"));
        assertThat(as(partner("junis", "orust"), "orust", () -> portal.bean(RecordDirectory.class).resolve(agreement)))
                .as("Junis is party to it").isPresent();
        assertThat(as(partner("varsol", "orust"), "orust", () -> portal.bean(RecordDirectory.class).resolve(agreement)))
                .isEmpty();
        assertThat(as(officer("region-jonkoping"), "region-jonkoping", () -> portal.bean(RecordDirectory.class).resolve(agreement)))
                .as("another tenant's").isEmpty();
        // a programme of another tenant cannot be linked to Orust's agreement
        ProgrammeDetails d = busa.details();
        assertThatThrownBy(() -> as(officer("region-jonkoping"), "region-jonkoping", () -> portal.bean(Programmes.class).create(
                new ProgrammeDetails("Länkad " + System.nanoTime(), null, d.kind(), d.targetSituations(), null, null, null, null,
                        agreement.toString())))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("agreement"));
    }

    @Test
    void acceptedHalfYearsAppearInTheAgreementsFollowUpExactlyOnceAndProtectedForReaders() {
        List<Contribution> before = reportedAs(officer("orust"), "orust");
        assertThat(before).extracting(Contribution::title).containsOnly("Klubb BUSA");
        assertThat(before).extracting(c -> c.source().toString()).doesNotHaveDuplicates();
        assertThat(before.get(0).lines()).filteredOn(l -> l.labelKey().equals("groups.field.enrolled"))
                .extracting(Contribution.Line::value).containsExactly("12");

        FollowUp submitted = as(officer("orust"), "orust", () -> portal.bean(FollowUps.class).of(busa.id()).stream()
                .filter(f -> f.status() == FollowUpStatus.SUBMITTED).findFirst().orElseThrow());
        as(officer("orust"), "orust", () -> portal.bean(FollowUps.class).accept(submitted.id(), submitted.version()));

        List<Contribution> after = reportedAs(officer("orust"), "orust");
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after).extracting(c -> c.source().toString()).doesNotHaveDuplicates();
        assertThat(reportedAs(partner("junis", "orust"), "orust")).as("Junis runs it").hasSize(after.size());
        assertThat(reportedAs(reader("orust"), "orust")).flatExtracting(Contribution::lines)
                .filteredOn(l -> l.labelKey().equals("groups.field.violence-experience"))
                .extracting(Contribution.Line::value).containsOnly("<5");
        assertThat(reportedAs(partner("varsol", "orust"), "orust")).isEmpty();
    }
}
