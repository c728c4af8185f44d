package se.samverka.agreements.ui.steering;

import se.samverka.platform.api.ui.Callout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeeting;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.core.testing.AccessibleNames;
import se.samverka.agreements.ui.detail.DetailTabs;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;

class SteeringTabTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @Test
    void yearsShortOfMeetingsAreFlaggedAndACaseOfficerRecordsAMeetingNotHeldInTheFuture() {
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(TestAgreements.alias("m")).id()));

        DetailTabs.open(karibu, TestPortal.reader(TENANT_A), TENANT_A, active.id(), "steering");
        // two meetings a year agreed, none held: each year of the period is flagged, in the header and the tab
        assertThat(_find(Div.class, spec -> spec.withClasses("agreement-warning"))).hasSize(3);
        assertThat(_find(Callout.class, spec -> spec.withClasses("meeting-shortfall")).get(0).getText())
                .startsWith("2024: styrgruppen har inga hållna eller kommande möten").contains("minst 2 gånger");
        assertThat(_find(Button.class, spec -> spec.withId("meeting-add"))).isEmpty();

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "steering");
        _click(_get(Button.class, spec -> spec.withId("meeting-add")));
        @SuppressWarnings("unchecked")
        Select<MeetingStatus> status = _get(Select.class, spec -> spec.withId("meeting-status"));
        _setValue(status, MeetingStatus.HELD);
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("meeting-date"));
        LocalDate nextWeek = LocalDate.now().plusWeeks(1);
        _setValue(date, nextWeek);
        _setValue(_get(TextArea.class, spec -> spec.withId("meeting-attendees")), "Socialtjänsten\nSkola\nFöreningen");
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("kan inte redan ha hållits");

        _setValue(status, MeetingStatus.PLANNED);
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));

        @SuppressWarnings("unchecked")
        Grid<SteeringMeeting> meetings = _get(Grid.class, spec -> spec.withId("meetings-grid"));
        assertThat(_size(meetings)).isEqualTo(1);
        SteeringMeeting stored = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(SteeringMeetings.class).meetings(active.id()).get(0));
        assertThat(stored.meetingDate()).isEqualTo(nextWeek);
        assertThat(stored.attendeeFunctions()).containsExactly("Socialtjänsten", "Skola", "Föreningen");

        // cancelled, not deleted: the meeting stays for the record and stops counting
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(meetings, 0, "actions");
        _click(actions.getChildren().filter(c -> c.hasClassName("meeting-cancel")).map(Button.class::cast).findFirst().orElseThrow());
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(SteeringMeetings.class).meetings(active.id()).get(0).status())).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void aHeldMeetingOffersNoCancellationAPlannedOneDoes() {
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(TestAgreements.alias("h")).id()));
        TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> {
            SteeringMeetings steering = TestPortal.bean(SteeringMeetings.class);
            steering.add(active.id(), new MeetingDetails(MeetingStatus.HELD, LocalDate.now().minusMonths(1),
                    java.util.List.of("Skola"), "Protokoll", null));
            steering.add(active.id(), MeetingDetails.planned(LocalDate.now().plusMonths(1), java.util.List.of("Skola")));
        });

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "steering");
        @SuppressWarnings("unchecked")
        Grid<SteeringMeeting> meetings = _get(Grid.class, spec -> spec.withId("meetings-grid"));
        HorizontalLayout held = (HorizontalLayout) _getCellComponent(meetings, 0, "actions");
        assertThat(held.getChildren().filter(c -> c.hasClassName("meeting-cancel"))).isEmpty();
        assertThat(held.getChildren().filter(c -> c.hasClassName("meeting-edit"))).hasSize(1);
        HorizontalLayout planned = (HorizontalLayout) _getCellComponent(meetings, 1, "actions");
        assertThat(planned.getChildren().filter(c -> c.hasClassName("meeting-cancel"))).hasSize(1);
        // voice control reaches each by what it shows ("Ändra möte"), a screen reader hears which meeting
        AccessibleNames.startWithTheVisibleText(held, planned);
        assertThat(planned.getChildren().map(c -> c.getElement().getAttribute("aria-label")))
                .allMatch(label -> label.endsWith(" den " + se.samverka.platform.api.ui.Formats.date(LocalDate.now().plusMonths(1))));
    }
}
