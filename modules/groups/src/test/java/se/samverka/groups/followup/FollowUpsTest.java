package se.samverka.groups.followup;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.AuditTrail;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.groups.TestPortal.REGION;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;

/** The half-yearly follow-up from the partner's draft to the officer's review. */
class FollowUpsTest {

    static final HalfYear SPRING = new HalfYear(2025, 1);
    static PortalUser junis;
    static PortalUser varsol;
    static Programme busa;

    @BeforeAll
    static void aProgrammeRunByJunis() {
        MovableClock.today(LocalDate.of(2025, 7, 10));
        String junisAlias = TestPortal.alias("junis");
        String varsolAlias = TestPortal.alias("varsol");
        junis = partner(junisAlias, ORUST);
        varsol = partner(varsolAlias, ORUST);
        busa = as(officer(ORUST), ORUST, () -> {
            TestPortal.partner(varsolAlias);
            return TestPortal.bean(Programmes.class).create(TestGroups.programme("Klubb BUSA " + junisAlias,
                    TestPortal.partner(junisAlias).id()));
        });
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static FollowUps followUps() {
        return TestPortal.bean(FollowUps.class);
    }

    static Programme newProgramme() {
        return as(officer(ORUST), ORUST, () -> TestPortal.bean(Programmes.class)
                .create(TestGroups.programme("P " + TestPortal.alias("p"), busa.providerPartnerId())));
    }

    @Test
    void thePartnerFillsInAndSubmitsTheOfficerAcceptsAndTheAuditHasCountsNotText() {
        Programme programme = newProgramme();
        FollowUp draft = as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, TestGroups.figures(), "Två grupper."));
        FollowUp submitted = as(junis, ORUST, () -> followUps().submit(draft.id(), draft.version()));
        FollowUp accepted = as(officer(ORUST), ORUST, () -> followUps().accept(submitted.id(), submitted.version()));

        assertThat(accepted.status()).isEqualTo(FollowUpStatus.ACCEPTED);
        assertThat(accepted.submittedBy()).isEqualTo(junis.username());
        assertThat(accepted.reviewedBy()).isEqualTo("officer.orust");
        assertThat(accepted.figures()).isEqualTo(TestGroups.figures());
        assertThat(AuditTrail.of(TestPortal.shared(), FollowUp.RECORD_TYPE, draft.id()).get(0))
                .contains("\"enrolled\":[null,\"14\"]", "\"genders.GIRL\":[null,\"3\"]", "\"comment\":[null,\"…\"]")
                .doesNotContain("Två grupper");
        AuditTrail.assertRecorded(TestPortal.shared(), FollowUp.RECORD_TYPE, draft.id(), ORUST, "officer.orust", "accept", "status");
    }

    @Test
    void aFutureHalfYearOrASecondFollowUpOfOneHalfYearIsRefused() {
        Programme programme = newProgramme();
        assertThatThrownBy(() -> as(junis, ORUST, () -> followUps().start(programme.id(), new HalfYear(2026, 1), Figures.NONE, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("groups.follow-up.future");
                    assertThat(r.field()).contains("period");
                });
        as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, Figures.NONE, null));
        assertThatThrownBy(() -> as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, Figures.NONE, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("groups.follow-up.exists"));
    }

    @Test
    void inconsistentFiguresAndAPersonalNumberAreRefusedAtTheFieldAndNothingIsSaved() {
        Programme programme = newProgramme();
        Figures wrong = new Figures(14, 2, 6, 7, 1, 5, 4, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, wrong, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("remaining"));
        assertThatThrownBy(() -> as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, TestGroups.figures(),
                "Barnet 20120314-2383 slutade")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("comment"));
        assertThat(as(junis, ORUST, () -> followUps().of(programme.id()))).isEmpty();

        FollowUp draft = as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, Figures.NONE, null));
        assertThatThrownBy(() -> as(junis, ORUST, () -> followUps().submit(draft.id(), draft.version())))
                .as("a submission needs every required figure")
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("groups.figures.required"));
    }

    @Test
    void returnedFiguresAreCorrectedAndSentAgainAndTwoEditorsCannotOverwriteEachOther() {
        Programme programme = newProgramme();
        FollowUp draft = as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, TestGroups.figures(), null));
        FollowUp submitted = as(junis, ORUST, () -> followUps().submit(draft.id(), draft.version()));
        assertThatThrownBy(() -> as(officer(ORUST), ORUST, () -> followUps().returnForCorrection(submitted.id(), submitted.version(), " ")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("reviewComment"));
        FollowUp returned = as(officer(ORUST), ORUST, () -> followUps().returnForCorrection(submitted.id(), submitted.version(),
                "Flickor och pojkar blir fler än de inskrivna?"));
        assertThat(returned.status()).isEqualTo(FollowUpStatus.RETURNED);

        Figures corrected = new Figures(14, 2, 6, 8, 1, 5, 4, null, null, null, null, null, null, Map.of("GIRL", 5, "BOY", 9));
        FollowUp fixed = as(junis, ORUST, () -> followUps().update(returned.id(), returned.version(), corrected, null));
        assertThatThrownBy(() -> as(officer(ORUST), ORUST, () -> followUps().update(returned.id(), returned.version(), corrected, null)))
                .isInstanceOfSatisfying(StaleRecord.class, stale -> assertThat(stale.changedBy()).contains(junis.username()));
        assertThat(as(junis, ORUST, () -> followUps().submit(fixed.id(), fixed.version())).status()).isEqualTo(FollowUpStatus.SUBMITTED);
        assertThatThrownBy(() -> as(junis, ORUST, () -> followUps().accept(fixed.id(), fixed.version() + 1)))
                .as("a partner does not review").isInstanceOf(NotPermitted.class);
    }

    @Test
    void anotherOrganisationAndAnotherTenantSeeNothingOfIt() {
        Programme programme = newProgramme();
        FollowUp draft = as(junis, ORUST, () -> followUps().start(programme.id(), SPRING, TestGroups.figures(), null));

        assertThat(as(varsol, ORUST, () -> followUps().find(draft.id()))).isEmpty();
        assertThat(as(varsol, ORUST, () -> followUps().of(programme.id()))).isEmpty();
        assertThatThrownBy(() -> as(varsol, ORUST, () -> followUps().start(programme.id(), new HalfYear(2024, 2), Figures.NONE, null)))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> as(varsol, ORUST, () -> followUps().update(draft.id(), draft.version(), Figures.NONE, null)))
                .isInstanceOf(RecordNotFound.class);
        assertThat(as(officer(REGION), REGION, () -> followUps().find(draft.id()))).isEmpty();
    }
}
