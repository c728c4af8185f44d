package se.samverka.agreements.ui.steering;

import se.samverka.platform.api.ui.DateFields;
import se.samverka.platform.api.data.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeeting;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Adds a meeting or changes one, e.g. records it as held with its minutes, or as cancelled. */
class MeetingDialog extends Dialog {

    private final transient SteeringMeetings meetings;
    private final Select<MeetingStatus> status = new Select<>();
    private final DatePicker date = DateFields.localised(new DatePicker());
    private final TextArea attendees = new TextArea();
    private final TextArea minutes = new TextArea();
    private final TextArea decisions = new TextArea();

    MeetingDialog(SteeringMeetings meetings, long agreementId, @Nullable SteeringMeeting meeting, Runnable changed) {
        this.meetings = meetings;
        setId("meeting-dialog");
        setHeaderTitle(getTranslation(meeting == null ? "agreements.ui.meeting.add" : "agreements.ui.meeting.edit"));
        status.setLabel(getTranslation("agreements.field.meeting-status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("agreements.meeting-status." + s.name()));
        status.setId("meeting-status");
        date.setLabel(getTranslation("agreements.field.meeting-date"));
        date.setId("meeting-date");
        attendees.setLabel(getTranslation("agreements.ui.meeting.attendees"));
        attendees.setHelperText(getTranslation("agreements.ui.meeting.attendees-help"));
        attendees.setId("meeting-attendees");
        minutes.setLabel(getTranslation("agreements.field.minutes"));
        minutes.setId("meeting-minutes");
        decisions.setLabel(getTranslation("agreements.field.meeting-decisions"));
        decisions.setId("meeting-decisions");
        FormLayout form = new FormLayout(status, date, attendees, minutes, decisions);
        form.setColspan(attendees, 2);
        form.setColspan(minutes, 2);
        form.setColspan(decisions, 2);
        add(form);
        FieldRefusals refusals = new FieldRefusals().bind("meetingStatus", status).bind("meetingDate", date).bind("date", date)
                .bind("attendeeFunctions", attendees).bind("attendeeFunction", attendees).bind("minutes", minutes)
                .bind("meetingDecisions", decisions).otherwiseIn(this);
        setWidth("min(48rem, 95vw)");

        Binder<MeetingStatus> checks = new Binder<>();
        checks.forField(status).asRequired(getTranslation(Texts.REQUIRED, getTranslation("agreements.field.meeting-status")))
                .bind(s -> null, (s, v) -> { });
        checks.forField(date).asRequired(getTranslation(Texts.REQUIRED, getTranslation("agreements.field.meeting-date")))
                .withValidator((d, context) -> status.getValue() != MeetingStatus.HELD || !d.isAfter(LocalDate.now())
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("agreements.meeting.held-in-future", d.toString())))
                .bind(s -> null, (s, v) -> { });

        if (meeting != null) {
            status.setValue(meeting.status());
            date.setValue(meeting.meetingDate());
            attendees.setValue(String.join("\n", meeting.attendeeFunctions()));
            minutes.setValue(meeting.minutes() == null ? "" : meeting.minutes());
            decisions.setValue(meeting.decisions() == null ? "" : meeting.decisions());
        } else {
            status.setValue(MeetingStatus.PLANNED);
        }

        Button save = new Button(getTranslation("agreements.ui.save"), e -> {
            if (!checks.validate().isOk()) {
                return;
            }
            // a refusal leaves the dialog open with the input and says why in it, at the field where it has one
            if (!refusals.attempt(() -> {
                if (meeting == null) {
                    meetings.add(agreementId, details());
                } else {
                    meetings.update(meeting.id(), meeting.version(), details());
                }
            })) {
                return;
            }
            close();
            Notices.done(getTranslation("agreements.ui.saved"));
            changed.run();
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("agreements.ui.cancel"), e -> close()), save);
    }

    private MeetingDetails details() {
        List<String> functions = Arrays.stream(attendees.getValue().split("\\R"))
                .map(String::strip).filter(f -> !f.isEmpty()).toList();
        return new MeetingDetails(status.getValue(), date.getValue(), functions, minutes.getValue(), decisions.getValue());
    }
}
