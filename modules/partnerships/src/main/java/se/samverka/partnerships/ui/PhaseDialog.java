package se.samverka.partnerships.ui;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.PhaseDetails;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.phase.PhaseStatus;
import se.samverka.partnerships.phase.Phases;
import se.samverka.partnerships.phase.TeamMember;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

/** Adds or changes a phase: kind, period, the application, ICLD's decision and the team. */
class PhaseDialog extends Dialog {

    PhaseDialog(Phases phases, Partnership partnership, Phase existing, Runnable changed) {
        setHeaderTitle(getTranslation(existing == null ? "partnerships.ui.phase.new" : "partnerships.ui.phase.edit"));
        Select<PhaseKind> kind = new Select<>();
        kind.setId("phase-kind");
        kind.setLabel(getTranslation("partnerships.field.phase-kind"));
        kind.setItems(PhaseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(PhaseKind.INCEPTION);
        IntegerField year = new IntegerField(getTranslation("partnerships.field.project-year"));
        year.setId("phase-project-year");
        NumberFields.atLeast(year, 1);
        year.setHelperText(getTranslation("partnerships.ui.phase.project-year-help"));
        DatePicker startsOn = DateFields.date(getTranslation("partnerships.field.starts-on"));
        startsOn.setId("phase-starts-on");
        DatePicker endsOn = DateFields.date(getTranslation("partnerships.field.ends-on"));
        endsOn.setId("phase-ends-on");
        Select<PhaseStatus> status = new Select<>();
        status.setId("phase-status");
        status.setLabel(getTranslation("partnerships.field.phase-status"));
        status.setItems(PhaseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(PhaseStatus.PLANNED);
        DatePicker appliedOn = DateFields.date(getTranslation("partnerships.field.applied-on"));
        appliedOn.setId("phase-applied-on");
        IntegerField granted = new IntegerField(getTranslation("partnerships.field.granted-sek"));
        granted.setId("phase-granted");
        NumberFields.atLeast(granted, 0);
        granted.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        DatePicker decidedOn = DateFields.date(getTranslation("partnerships.field.decided-on"));
        decidedOn.setId("phase-decided-on");
        TextField decisionRef = new TextField(getTranslation("partnerships.field.decision-ref"));
        decisionRef.setId("phase-decision-ref");
        PersonRows team = new PersonRows(getTranslation("partnerships.field.team"), PersonRows.Shape.NAME, "phase-team");
        FieldRefusals refusals = new FieldRefusals().bind("kind", kind).bind("projectYear", year).bind("startsOn", startsOn)
                .bind("endsOn", endsOn).bind("status", status).bind("appliedOn", appliedOn).bind("grantedSek", granted)
                .bind("decidedOn", decidedOn).bind("decisionRef", decisionRef).bind("team", team);
        if (existing != null) {
            PhaseDetails d = existing.details();
            kind.setValue(d.kind());
            year.setValue(d.projectYear());
            startsOn.setValue(d.startsOn());
            endsOn.setValue(d.endsOn());
            status.setValue(d.status());
            appliedOn.setValue(d.appliedOn());
            granted.setValue(d.grantedSek() == null ? null : Math.toIntExact(d.grantedSek()));
            decidedOn.setValue(d.decidedOn());
            decisionRef.setValue(d.decisionRef() == null ? "" : d.decisionRef());
            team.setValue(d.team().stream().map(m -> new PersonRows.Row(m.side(), m.function(), m.name(), null, null)).toList());
        }
        year.setVisible(kind.getValue() == PhaseKind.PROJECT);
        kind.addValueChangeListener(e -> year.setVisible(e.getValue() == PhaseKind.PROJECT));
        FormLayout form = new FormLayout(kind, year, startsOn, endsOn, status, appliedOn, granted, decidedOn, decisionRef, team);
        form.setColspan(team, 2);
        add(form);
        Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
            PhaseDetails details = new PhaseDetails(kind.getValue(), year.getValue(), startsOn.getValue(), endsOn.getValue(),
                    status.getValue(), appliedOn.getValue(), granted.getValue() == null ? null : granted.getValue().longValue(),
                    decidedOn.getValue(), decisionRef.getValue(),
                    team.getValue().stream().map(r -> new TeamMember(r.side(), r.role(), r.text())).toList());
            if (refusals.attempt(() -> {
                if (existing == null) {
                    phases.add(partnership.id(), details);
                } else {
                    phases.update(existing.id(), existing.version(), details);
                }
            })) {
                close();
                Notices.done(getTranslation("partnerships.ui.saved"));
                changed.run();
            }
        });
        save.setId("phase-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("partnerships.ui.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                kind.focus();
            }
        });
        setWidth("min(56rem, 100vw)");
    }
}
