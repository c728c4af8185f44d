package se.samverka.agreements.followup;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.ResponsibleOfficers;
import se.samverka.agreements.deadlines.DirectoryPortals;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.testkit.PortalTestServer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.deadlines.DirectoryPortals.as;
import static se.samverka.agreements.deadlines.DirectoryPortals.column;

/**
 * The follow-up's workflow notices on the real database with the demo directory: a submitted report tells
 * the responsible officer (bell and e-mail, once per submission), a returned one tells the partner's users
 * with the officer's comment.
 */
class ReportNoticesTest {

    static final String TENANT = "orust";
    static final PortalUser JUNIS = new PortalUser("partner.junis", "Linnea Karlsson (demo, Junis)", Set.of(Roles.PARTNER),
            List.of(TENANT), Optional.of("junis"));

    List<String> told(String keyPattern) {
        return column("SELECT CONCAT(recipient, ' | ', subject_sv, ' | ', body_sv) FROM notification WHERE tenant_id = ? "
                + "AND notice_key LIKE ? ORDER BY id", TENANT, keyPattern);
    }

    List<String> mailed(String keyPattern) {
        return column("SELECT to_address FROM mail_outbox WHERE tenant_id = ? AND notice_key LIKE ? ORDER BY id", TENANT, keyPattern);
    }

    @Test
    void aSubmittedReportTellsTheResponsibleOfficerAndAReturnTellsThePartnerWhy() {
        PortalTestServer portal = DirectoryPortals.first();
        AgreementDetails agreement = DirectoryPortals.activeAgreementWith(TENANT, "junis");
        PortalUser officer = DirectoryPortals.officer(TENANT);
        as(officer, TENANT, () -> portal.bean(ResponsibleOfficers.class).assign(agreement.id(), List.of(), List.of(officer.username())));
        long periodId = as(officer, TENANT, () -> portal.bean(ReportingPeriods.class).overview(agreement.id())).get(0).period().id();
        Reports reports = portal.bean(Reports.class);

        ReportDetails submitted = as(JUNIS, TENANT, () -> reports.submit(periodId, null, new ReportSubmission(List.of(), "Enligt plan.")));

        String base = "agreements:" + agreement.id() + ":report:" + submitted.report().id() + ":";
        assertThat(told(base + "submitted:%")).singleElement().satisfies(n -> assertThat(n)
                .startsWith("officer.orust | Rapport att granska: 2024-H1")
                .contains("Linnea Karlsson (demo, Junis) har lämnat in rapporten för 2024-H1"));
        assertThat(mailed(base + "submitted:%")).containsExactly("officer.orust@demo.samverka.example");

        Report returned = as(officer, TENANT, () -> reports.returnForCorrection(submitted.report().id(), submitted.report().version(),
                "Antalet deltagare saknas."));
        assertThat(told(base + "returned:%")).singleElement().satisfies(n -> assertThat(n)
                .startsWith("partner.junis | Rapporten för 2024-H1 behöver kompletteras")
                .contains("\"Antalet deltagare saknas.\""));

        // the corrected report is a new submission: told again, once
        as(JUNIS, TENANT, () -> reports.submit(periodId, returned.version(), new ReportSubmission(List.of(), "Enligt plan, 12 deltagare.")));
        assertThat(told(base + "submitted:%")).hasSize(2);
    }

    @Test
    void remindersGoToTheChosenOfficersAndToAllWhenNoneIsChosen() {
        Person anna = new Person("officer.anna", "Anna", Optional.empty());
        Person omar = new Person("officer.omar", "Omar", Optional.empty());
        List<Person> officers = List.of(anna, omar);

        assertThat(ResponsibleOfficers.told(officers, null)).containsExactly(anna, omar);
        assertThat(ResponsibleOfficers.told(officers, Set.of())).containsExactly(anna, omar);
        assertThat(ResponsibleOfficers.told(officers, Set.of("officer.omar"))).containsExactly(omar);
        // a chosen officer who has left the tenant: everybody, rather than nobody
        assertThat(ResponsibleOfficers.told(officers, Set.of("officer.gone"))).containsExactly(anna, omar);
    }
}
