package se.samverka.groups.reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.groups.TestPortal;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.platform.core.ui.error.NotFoundView;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.groups.TestPortal.REGION;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** Reference groups: organisations around one aim, meetings counted, proposals followed to the steering group. */
class ReferenceGroupsTest {

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(() -> TestPortal.shared().context());

    static ReferenceGroups references() {
        return TestPortal.bean(ReferenceGroups.class);
    }

    static ReferenceGroup barndialogen() {
        return as(officer(REGION), REGION, () -> references().create(new ReferenceGroup.Details(
                "Barn som anhöriga " + TestPortal.alias("r"), "Att barn och unga får information, råd och stöd.",
                "Barndialogen", "Styrgruppen för barn som anhöriga",
                List.of(new Member("Jönköpings kommun", "Elevhälsan"), new Member("Vårsol Samtalscenter", null)))));
    }

    @Test
    void aMeetingCountsInvitedAndAttendingAndAProposalIsFollowedToItsEnd() {
        ReferenceGroup group = barndialogen();
        ReferenceMeeting meeting = as(officer(REGION), REGION, () -> references().addMeeting(group.id(), new ReferenceMeeting.Details(
                LocalDate.of(2012, 11, 13), ReferenceMeeting.Status.HELD, 80, 62, List.of("Region Jönköpings län", " "),
                "Upptaktsmöte: ett 40-tal arbetsområden representerade.")));
        assertThat(meeting.attendingOrganisations()).containsExactly("Region Jönköpings län");
        Proposal proposal = as(officer(REGION), REGION, () -> references().addProposal(group.id(), new Proposal.Details(
                "Information till skolor", null, null, LocalDate.of(2012, 12, 1), null)));
        assertThat(proposal.status()).isEqualTo(Proposal.Status.FORWARDED);
        Proposal done = as(officer(REGION), REGION, () -> references().updateProposal(group.id(), proposal.id(), proposal.version(),
                new Proposal.Details(proposal.title(), null, Proposal.Status.TAKEN_UP, proposal.forwardedOn(), "Tas upp i våren.")));
        assertThat(done.status()).isEqualTo(Proposal.Status.TAKEN_UP);
        ReferenceGroup other = barndialogen();
        assertThatThrownBy(() -> as(officer(REGION), REGION, () -> references().updateMeeting(other.id(), meeting.id(),
                meeting.version(), meeting.details()))).as("a meeting of another group").isInstanceOf(RecordNotFound.class);
        assertThat(as(reader(REGION), REGION, () -> references().meetings(group.id()))).hasSize(1);
        assertThat(as(reader(REGION), REGION, () -> references().find(group.id())).orElseThrow().members())
                .extracting(Member::organisation).containsExactly("Jönköpings kommun", "Vårsol Samtalscenter");
    }

    @Test
    void badInputIsRefusedAtItsField() {
        ReferenceGroup group = barndialogen();
        as(officer(REGION), REGION, () -> {
            assertThatThrownBy(() -> references().addMeeting(group.id(), new ReferenceMeeting.Details(LocalDate.of(2012, 11, 13),
                    ReferenceMeeting.Status.HELD, 10, 12, List.of(), null)))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("attending"));
            assertThatThrownBy(() -> references().addMeeting(group.id(), new ReferenceMeeting.Details(LocalDate.now().plusDays(30),
                    ReferenceMeeting.Status.HELD, null, null, List.of(), null)))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("date"));
            assertThatThrownBy(() -> references().addMeeting(group.id(), new ReferenceMeeting.Details(LocalDate.of(2012, 11, 13),
                    ReferenceMeeting.Status.HELD, null, null, List.of(), "Eleven 20120314-2383 berättade")))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("minutes"));
            assertThatThrownBy(() -> references().create(group.details()))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("name"));
        });
    }

    @Test
    void partnersAndOtherTenantsSeeNoneAndReadersChangeNothing() {
        ReferenceGroup group = barndialogen();
        assertThat(as(partner(TestPortal.alias("varsol"), REGION), REGION, () -> references().all())).isEmpty();
        assertThat(as(officer(ORUST), ORUST, () -> references().find(group.id()))).isEmpty();
        assertThatThrownBy(() -> as(officer(ORUST), ORUST, () -> references().addMeeting(group.id(), new ReferenceMeeting.Details(
                LocalDate.of(2012, 11, 13), ReferenceMeeting.Status.PLANNED, null, null, List.of(), null))))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> as(reader(REGION), REGION, () -> references().update(group.id(), group.version(), group.details())))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void anOfficerAddsAMeetingInTheDialogAndATooLargeAttendanceIsRefusedAtItsField() {
        ReferenceGroup group = barndialogen();
        karibu.show(officer(REGION), REGION, "groups/reference-groups/" + group.id());
        _click(_get(Button.class, spec -> spec.withId("reference-meeting-new")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("reference-meeting-date")), LocalDate.of(2013, 3, 5));
        @SuppressWarnings("unchecked")
        Select<ReferenceMeeting.Status> status = _get(Select.class, spec -> spec.withId("reference-meeting-status"));
        _setValue(status, ReferenceMeeting.Status.HELD);
        _setValue(_get(IntegerField.class, spec -> spec.withId("reference-meeting-invited")), 40);
        _setValue(_get(IntegerField.class, spec -> spec.withId("reference-meeting-attending")), 45);
        _click(_get(Button.class, spec -> spec.withId("reference-meeting-save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("reference-meeting-attending")).isInvalid()).isTrue();

        _setValue(_get(IntegerField.class, spec -> spec.withId("reference-meeting-attending")), 31);
        _click(_get(Button.class, spec -> spec.withId("reference-meeting-save")));
        assertThat(as(reader(REGION), REGION, () -> references().meetings(group.id())))
                .extracting(ReferenceMeeting::attending).containsExactly(31);
    }

    @Test
    void anOfficerCreatesAReferenceGroupInTheDialogWithOneMemberOrganisationPerLine() {
        karibu.show(officer(REGION), REGION, "groups/reference-groups");
        _click(_get(Button.class, spec -> spec.withId("reference-groups-new")));
        _click(_get(Button.class, spec -> spec.withId("reference-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("reference-name")).isInvalid()).as("a name is needed").isTrue();

        String name = "Barn som anhöriga " + TestPortal.alias("r");
        _setValue(_get(TextField.class, spec -> spec.withId("reference-name")), name);
        _setValue(_get(TextArea.class, spec -> spec.withId("reference-members")),
                "Region Jönköpings län – barnsamordnare\nBris\n\nJönköpings kommun – socialtjänsten");
        _click(_get(Button.class, spec -> spec.withId("reference-save")));

        assertThat(_get(H1.class, spec -> spec.withId("reference-title")).getText()).isEqualTo(name);
        ReferenceGroup created = as(reader(REGION), REGION, () -> references().all().stream()
                .filter(g -> g.name().equals(name)).findFirst().orElseThrow());
        assertThat(created.members()).containsExactly(new Member("Region Jönköpings län", "barnsamordnare"),
                new Member("Bris", null), new Member("Jönköpings kommun", "socialtjänsten"));
    }

    @Test
    void theViewsShowTheGroupAndAPathUnderGroupsIsNotTakenForAProgramme() {
        ReferenceGroup group = barndialogen();
        karibu.show(reader(REGION), REGION, "groups/reference-groups");
        _get(Grid.class, spec -> spec.withId("reference-groups-grid"));
        karibu.show(reader(REGION), REGION, "groups/reference-groups/" + group.id());
        assertThat(_get(H1.class, spec -> spec.withId("reference-title")).getText()).isEqualTo(group.name());
        karibu.show(partner(TestPortal.alias("p"), REGION), REGION, "groups/reference-groups/" + group.id());
        _assertNone(H1.class, spec -> spec.withId("reference-title"));
        karibu.show(reader(REGION), REGION, "groups/reference-groups/abc");
        _get(NotFoundView.class);
    }
}
