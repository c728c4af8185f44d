package se.samverka.agreements.search;

import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTexts;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.documents.AgreementDocuments;
import se.samverka.agreements.documents.DocumentKind;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.TestFiles;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/**
 * An agreement of its own organisation with a word no other test uses in its title, texts, a report, a
 * steering-group meeting's minutes and a document's name, for the search tests.
 */
record SearchRecords(String word, String alias, PortalUser partnerUser, AgreementDetails agreement) {

    /** A word of letters only (a search word), unique to the test run. */
    static String uniqueWord(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    }

    /** In tenant A, as a case officer and the partner's user; call with the clock where reports may be submitted. */
    static SearchRecords make(String word) {
        String alias = TestAgreements.alias("s");
        PortalUser partnerUser = TestPortal.partner(alias, TENANT_A);
        AgreementDetails agreement = as(officer(TENANT_A), TENANT_A, () -> {
            Agreements agreements = TestPortal.bean(Agreements.class);
            var terms = TestAgreements.terms(TestAgreements.partner(alias).id())
                    .withTitle("Föreningen Solrosens barngrupper " + word)
                    .withTexts(new AgreementTexts(null, "Stödgrupper för barn i familjer med missbruk, " + word + "syfte.",
                            null, null, null, null, null, null, null, null, null));
            AgreementDetails draft = agreements.createDraft(terms);
            draft = agreements.transition(draft.id(), draft.agreement().version(), AgreementStatus.PROPOSED, null, null);
            draft = agreements.transition(draft.id(), draft.agreement().version(), AgreementStatus.DECIDED, TestAgreements.decision(), null);
            AgreementDetails active = agreements.transition(draft.id(), draft.agreement().version(), AgreementStatus.ACTIVE, null, null);
            TestPortal.bean(SteeringMeetings.class).add(active.id(), new MeetingDetails(MeetingStatus.HELD, LocalDate.of(2024, 3, 12),
                    List.of("Socialtjänsten"), "Gruppledarna berättade om vårens " + word + "träffar.", null));
            TestPortal.bean(AgreementDocuments.class).attach(active.id(), DocumentKind.OTHER, "Årsberättelse " + word + ".pdf",
                    new ByteArrayInputStream(TestFiles.PDF));
            return active;
        });
        long period = as(officer(TENANT_A), TENANT_A, () -> TestPortal.bean(ReportingPeriods.class).overview(agreement.id()))
                .stream().map(PeriodOverview::period).filter(p -> p.label().equals("2024-H1")).findFirst().orElseThrow().id();
        as(partnerUser, TENANT_A, () -> TestPortal.bean(Reports.class).submit(period, null,
                new ReportSubmission(List.of(), "Vi har haft tolv " + word + "kvällar under våren.")));
        return new SearchRecords(word, alias, partnerUser, agreement);
    }
}
