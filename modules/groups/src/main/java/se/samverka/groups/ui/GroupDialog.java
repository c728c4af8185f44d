package se.samverka.groups.ui;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.samverka.groups.group.GroupDetails;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.Leader;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans or changes a group: a term (VT 2025) or dates for a continuous start, venue, weekday and time,
 * sessions, capacity, and its leaders by function, each with or without the training.
 */
class GroupDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField term = new TextField();
    private final DatePicker startsOn = DateFields.localised(new DatePicker());
    private final DatePicker endsOn = DateFields.localised(new DatePicker());
    private final TextField venue = new TextField();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final TimePicker startTime = new TimePicker();
    private final IntegerField sessions = new IntegerField();
    private final IntegerField minutes = new IntegerField();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField ageFrom = new IntegerField();
    private final IntegerField ageTo = new IntegerField();
    private final VerticalLayout leaders = new VerticalLayout();
    private final List<HorizontalLayout> leaderRows = new ArrayList<>();
    private final FieldRefusals refusals = new FieldRefusals();

    GroupDialog(Groups groups, Programme programme, SupportGroup existing, Runnable changed) {
        setHeaderTitle(getTranslation(existing == null ? "groups.ui.group.new" : "groups.ui.group.edit"));
        field(name, "group-name", "groups.field.group-name");
        name.setRequiredIndicatorVisible(true);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
        field(term, "group-term", "groups.ui.term");
        term.setHelperText(getTranslation("groups.ui.term.help"));
        startsOn.setId("group-starts-on");
        startsOn.setLabel(getTranslation("groups.ui.starts-on"));
        endsOn.setId("group-ends-on");
        endsOn.setLabel(getTranslation("groups.ui.ends-on"));
        field(venue, "group-venue", "groups.field.venue");
        weekday.setId("group-weekday");
        weekday.setLabel(getTranslation("groups.ui.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setEmptySelectionAllowed(true);
        weekday.setItemLabelGenerator(d -> d == null ? "" : d.getDisplayName(TextStyle.FULL, getLocale()));
        startTime.setId("group-start-time");
        startTime.setLabel(getTranslation("groups.ui.start-time"));
        number(sessions, "group-sessions", "groups.ui.sessions");
        number(minutes, "group-minutes", "groups.ui.minutes");
        number(capacity, "group-capacity", "groups.ui.capacity");
        number(ageFrom, "group-age-from", "groups.ui.age-from");
        number(ageTo, "group-age-to", "groups.ui.age-to");
        refusals.bind("name", name).bind("term", term).bind("startsOn", startsOn).bind("endsOn", endsOn).bind("venue", venue)
                .bind("sessionCount", sessions).bind("sessionMinutes", minutes).bind("capacity", capacity)
                .bind("ageFrom", ageFrom).bind("ageTo", ageTo);
        leaders.setPadding(false);
        leaders.setId("group-leaders");
        Button addLeader = new Button(getTranslation("groups.ui.leader.add"), e -> addLeader(new Leader("", false)));
        addLeader.setId("group-leader-add");
        if (existing != null) {
            GroupDetails d = existing.details();
            name.setValue(d.name());
            term.setValue(d.term() == null ? "" : d.term());
            startsOn.setValue(d.startsOn());
            endsOn.setValue(d.endsOn());
            venue.setValue(d.venue() == null ? "" : d.venue());
            weekday.setValue(d.weekday());
            startTime.setValue(d.startTime());
            sessions.setValue(d.sessionCount());
            minutes.setValue(d.sessionMinutes());
            capacity.setValue(d.capacity());
            ageFrom.setValue(d.ageFrom());
            ageTo.setValue(d.ageTo());
            d.leaders().forEach(this::addLeader);
        } else {
            addLeader(new Leader("", true));
        }
        FormLayout form = new FormLayout(name, term, startsOn, endsOn, venue, weekday, startTime, sessions, minutes, capacity,
                ageFrom, ageTo);
        add(form, new H3(getTranslation("groups.ui.leaders")), leaders, addLeader);

        Button save = new Button(getTranslation("groups.ui.save"), e -> {
            GroupDetails details = new GroupDetails(name.getValue(), term.getValue(), startsOn.getValue(), endsOn.getValue(),
                    venue.getValue(), weekday.getValue(), startTime.getValue(), sessions.getValue(), minutes.getValue(),
                    capacity.getValue(), ageFrom.getValue(), ageTo.getValue(), leaderValues());
            if (refusals.attempt(() -> {
                if (existing == null) {
                    groups.add(programme.id(), details);
                } else {
                    groups.update(existing.id(), existing.version(), details);
                }
            })) {
                close();
                Notices.done(getTranslation("groups.ui.saved"));
                changed.run();
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> close()), save);
        setWidth("min(56rem, 100vw)");
    }

    private void addLeader(Leader leader) {
        TextField function = new TextField(getTranslation("groups.field.leader-function"));
        function.setValue(leader.function());
        function.setHelperText(getTranslation("groups.ui.leader.help"));
        function.addClassName("group-leader-function");
        Checkbox trained = new Checkbox(getTranslation("groups.ui.leader.trained"), leader.trained());
        trained.addClassName("group-leader-trained");
        HorizontalLayout row = new HorizontalLayout(function, trained);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button remove = new Button(getTranslation("groups.ui.leader.remove"), e -> {
            leaders.remove(row);
            leaderRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        leaderRows.add(row);
        leaders.add(row);
    }

    private List<Leader> leaderValues() {
        return leaderRows.stream().map(row -> new Leader(((TextField) row.getComponentAt(0)).getValue(),
                ((Checkbox) row.getComponentAt(1)).getValue())).toList();
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private void number(IntegerField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        NumberFields.atLeast(field, 0);
    }
}
