package se.samverka.partnerships.ui;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.visit.Direction;
import se.samverka.partnerships.visit.Participant;
import se.samverka.partnerships.visit.Visit;
import se.samverka.partnerships.visit.VisitDetails;
import se.samverka.partnerships.visit.Visits;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.Notices;

import java.util.List;

/** Logs or changes a visit: its phase, direction, dates, place, participants, purpose, report and lessons. */
class VisitDialog extends Dialog {

    VisitDialog(Visits visits, Partnership partnership, List<Phase> phases, Visit existing, Runnable changed) {
        setHeaderTitle(getTranslation(existing == null ? "partnerships.ui.visit.new" : "partnerships.ui.visit.edit"));
        Select<Phase> phase = new Select<>();
        phase.setId("visit-phase");
        phase.setLabel(getTranslation("partnerships.field.phase"));
        phase.setItems(phases);
        phase.setItemLabelGenerator(p -> PhasesTab.phaseName(this, p) + ", " + Formats.period(p.startsOn(), p.endsOn()));
        phase.setValue(phases.get(phases.size() - 1));
        Select<Direction> direction = new Select<>();
        direction.setId("visit-direction");
        direction.setLabel(getTranslation("partnerships.field.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        direction.setValue(Direction.INBOUND);
        DatePicker startsOn = DateFields.date(getTranslation("partnerships.field.starts-on"));
        startsOn.setId("visit-starts-on");
        DatePicker endsOn = DateFields.date(getTranslation("partnerships.field.ends-on"));
        endsOn.setId("visit-ends-on");
        TextField place = new TextField(getTranslation("partnerships.field.place"));
        place.setId("visit-place");
        PersonRows participants = new PersonRows(getTranslation("partnerships.field.participants"), PersonRows.Shape.COUNT,
                "visit-participants");
        TextArea purpose = new TextArea(getTranslation("partnerships.field.purpose"));
        purpose.setId("visit-purpose");
        TextArea report = new TextArea(getTranslation("partnerships.field.visit-report"));
        report.setId("visit-report");
        TextArea lessons = new TextArea(getTranslation("partnerships.field.lessons"));
        lessons.setId("visit-lessons");
        FieldRefusals refusals = new FieldRefusals().bind("phaseId", phase).bind("direction", direction).bind("startsOn", startsOn)
                .bind("endsOn", endsOn).bind("place", place).bind("participants", participants).bind("purpose", purpose)
                .bind("report", report).bind("lessons", lessons);
        if (existing != null) {
            phases.stream().filter(p -> p.id() == existing.phaseId()).findFirst().ifPresent(phase::setValue);
            direction.setValue(existing.direction());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            place.setValue(existing.place());
            participants.setValue(existing.participants().stream()
                    .map(x -> new PersonRows.Row(x.side(), x.function(), null, null, x.count())).toList());
            purpose.setValue(existing.purpose() == null ? "" : existing.purpose());
            report.setValue(existing.report() == null ? "" : existing.report());
            lessons.setValue(existing.lessons() == null ? "" : existing.lessons());
        }
        FormLayout form = new FormLayout(phase, direction, startsOn, endsOn, place, participants, purpose, report, lessons);
        form.setColspan(phase, 2);
        form.setColspan(participants, 2);
        form.setColspan(purpose, 2);
        form.setColspan(report, 2);
        form.setColspan(lessons, 2);
        add(form);
        Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
            VisitDetails details = new VisitDetails(phase.getValue().id(), direction.getValue(), startsOn.getValue(), endsOn.getValue(),
                    place.getValue(), participants.getValue().stream()
                    .map(r -> new Participant(r.side(), r.role(), r.count() == null ? 0 : r.count())).toList(),
                    purpose.getValue(), report.getValue(), lessons.getValue());
            if (refusals.attempt(() -> {
                if (existing == null) {
                    visits.add(partnership.id(), details);
                } else {
                    visits.update(existing.id(), existing.version(), details);
                }
            })) {
                close();
                Notices.done(getTranslation("partnerships.ui.saved"));
                changed.run();
            }
        });
        save.setId("visit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("partnerships.ui.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                phase.focus();
            }
        });
        setWidth("min(56rem, 100vw)");
    }
}
