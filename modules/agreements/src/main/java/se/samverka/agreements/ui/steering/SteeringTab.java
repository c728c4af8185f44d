package se.samverka.agreements.ui.steering;

import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingShortfall;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeeting;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.agreements.ui.AgreementTab;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.Prose;
import se.samverka.platform.api.ui.RowActions;

/**
 * The steering group: its composition, the warning for each year short of the agreed minimum, and
 * its meetings (planned, held, cancelled) with attendees by function, minutes and decisions. Case
 * officers add, change and cancel meetings once the agreement is decided.
 */
@Singleton
public class SteeringTab implements AgreementTab {

    private final SteeringMeetings meetings;
    private final CurrentUser user;

    SteeringTab(SteeringMeetings meetings, CurrentUser user) {
        this.meetings = meetings;
        this.user = user;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String labelKey() {
        return "agreements.tab.steering";
    }

    @Override
    public String id() {
        return "steering";
    }

    @Override
    public Component create(AgreementDetails agreement, Runnable changed) {
        Div tab = new Div();
        tab.setId("agreement-steering");
        tab.add(new H2(tab.getTranslation("agreements.tab.steering")));
        String composition = agreement.agreement().steeringComposition();
        if (composition != null) {
            tab.add(new H3(tab.getTranslation("agreements.field.steering-composition")), Prose.of(composition));
        }
        tab.add(new Paragraph(tab.getTranslation("agreements.ui.minimum-meetings-text", agreement.agreement().minimumMeetingsPerYear())));
        for (MeetingShortfall shortfall : meetings.shortfalls(agreement.id())) {
            Callout warning = Callout.warning(tab.getTranslation("agreements.meeting.shortfall",
                    String.valueOf(shortfall.year()), shortfall.meetings(), shortfall.minimum()));
            warning.addClassName("meeting-shortfall");
            tab.add(warning);
        }

        boolean changer = user.get().map(u -> u.hasAnyRole(Roles.CHANGERS)).orElse(false)
                && !agreement.agreement().status().isEditable();
        Runnable refresh = changed;
        if (changer) {
            Button add = new Button(tab.getTranslation("agreements.ui.meeting.add"),
                    e -> new MeetingDialog(meetings, agreement.id(), null, refresh).open());
            add.setId("meeting-add");
            tab.add(add);
        }

        Grid<SteeringMeeting> grid = new Grid<>();
        grid.setId("meetings-grid");
        grid.addColumn(m -> Formats.date(m.meetingDate())).setHeader(tab.getTranslation("agreements.field.meeting-date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> statusBadge(tab, m)).setHeader(tab.getTranslation("agreements.field.meeting-status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> String.join(", ", m.attendeeFunctions()))
                .setHeader(tab.getTranslation("agreements.ui.meeting.attendees"));
        if (changer) {
            RowActions.add(grid, tab.getTranslation("agreements.ui.actions"), m -> actions(tab, m, agreement.id(), refresh));
        }
        // minutes and decisions are long: they open under the row
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> {
            Div details = new Div();
            details.add(new H3(tab.getTranslation("agreements.field.minutes")));
            details.add(m.minutes() == null ? new Paragraph(tab.getTranslation("agreements.ui.none")) : Prose.of(m.minutes()));
            details.add(new H3(tab.getTranslation("agreements.field.meeting-decisions")));
            details.add(m.decisions() == null ? new Paragraph(tab.getTranslation("agreements.ui.none")) : Prose.of(m.decisions()));
            return details;
        }));
        grid.setEmptyStateText(tab.getTranslation("agreements.ui.meeting.empty"));
        grid.setItems(meetings.meetings(agreement.id()));
        grid.setAllRowsVisible(true);
        tab.add(grid);
        return tab;
    }

    /** Change a meeting, or cancel it: meetings are kept for the record (as the API does), a cancelled one no longer counts. */
    private HorizontalLayout actions(Div tab, SteeringMeeting meeting, long agreementId, Runnable refresh) {
        Button edit = new Button(tab.getTranslation("agreements.ui.meeting.edit"),
                e -> new MeetingDialog(meetings, agreementId, meeting, refresh).open());
        edit.setAriaLabel(tab.getTranslation("agreements.ui.meeting.edit-of", Formats.date(meeting.meetingDate())));
        edit.addClassName("meeting-edit");
        HorizontalLayout actions = new HorizontalLayout(edit);
        // only a planned meeting can be called off: a held one happened, a cancelled one already is
        if (meeting.status() == MeetingStatus.PLANNED) {
            Button cancel = new Button(tab.getTranslation("agreements.ui.meeting.cancel"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(tab.getTranslation("agreements.ui.meeting.cancel"),
                        tab.getTranslation("agreements.ui.meeting.cancel-confirm", Formats.date(meeting.meetingDate())),
                        tab.getTranslation("agreements.ui.meeting.cancel"), ok -> {
                    MeetingDetails details = meeting.details();
                    meetings.update(meeting.id(), meeting.version(), new MeetingDetails(MeetingStatus.CANCELLED,
                            details.date(), details.attendeeFunctions(), details.minutes(), details.decisions()));
                    Notices.done(tab.getTranslation("agreements.ui.saved"));
                    refresh.run();
                });
                confirm.setCancelable(true);
                confirm.setCancelText(tab.getTranslation("agreements.ui.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cancel.setAriaLabel(tab.getTranslation("agreements.ui.meeting.cancel-of", Formats.date(meeting.meetingDate())));
            cancel.addClassName("meeting-cancel");
            actions.add(cancel);
        }
        return actions;
    }

    private static Span statusBadge(Div tab, SteeringMeeting meeting) {
        return Badge.of(tab.getTranslation("agreements.meeting-status." + meeting.status().name()), switch (meeting.status()) {
            case HELD -> Badge.Tone.SUCCESS;
            case CANCELLED -> Badge.Tone.MUTED;
            case PLANNED -> Badge.Tone.NEUTRAL;
        });
    }
}
