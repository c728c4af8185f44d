package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import se.samverka.partnerships.budget.CeilingFigure;
import se.samverka.partnerships.budget.Ceilings;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ICLD's budget ceilings as the tenant keeps them, by phase kind and region: the staff read them, the tenant
 * administrator changes them when ICLD does (all figures saved together). A budget over its ceiling is warned
 * about on the phase, never refused.
 */
class CeilingsDialog extends Dialog {

    private final Map<CeilingFigure, IntegerField> fields = new LinkedHashMap<>();

    CeilingsDialog(Ceilings ceilings) {
        setId("ceilings-dialog");
        setHeaderTitle(getTranslation("partnerships.ui.ceilings.title"));
        boolean maySet = ceilings.maySet();
        add(new Paragraph(getTranslation(maySet ? "partnerships.ui.ceilings.intro-admin" : "partnerships.ui.ceilings.intro")));
        FieldRefusals refusals = new FieldRefusals();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (CeilingFigure figure : ceilings.figures()) {
            String id = "ceiling-" + figure.phaseKind().name().toLowerCase() + "-" + figure.region().name().toLowerCase();
            IntegerField field = new IntegerField(getTranslation("partnerships.ui.ceilings.field",
                    getTranslation(figure.phaseKind().labelKey()), getTranslation(figure.region().labelKey())));
            field.setId(id);
            NumberFields.atLeast(field, 0);
            field.setValue(Math.toIntExact(Math.min(figure.amountSek(), Integer.MAX_VALUE)));
            field.setSuffixComponent(new Span("kr"));
            field.setHelperText(getTranslation(figure.phaseKind() == PhaseKind.INCEPTION
                    ? "partnerships.ui.ceilings.per-phase" : "partnerships.ui.ceilings.per-year")
                    + (figure.setByTenant() ? "" : " · " + getTranslation("partnerships.ui.ceilings.starting-figure")));
            field.setReadOnly(!maySet);
            refusals.bind(figure.phaseKind().name() + "." + figure.region().name(), field);
            fields.put(figure, field);
            form.add(field);
        }
        add(form);
        Button close = new Button(getTranslation(maySet ? "partnerships.ui.cancel" : "partnerships.ui.close"), e -> close());
        close.setId("ceilings-close");
        getFooter().add(close);
        if (maySet) {
            Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
                if (refusals.attempt(() -> ceilings.setAll(wanted()))) {
                    close();
                    Notices.done(getTranslation("partnerships.ui.saved"));
                }
            });
            save.setId("ceilings-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save);
        }
        setWidth("min(44rem, 100vw)");
    }

    /** The figures as typed; an emptied field is refused at it before anything is saved. */
    private List<CeilingFigure> wanted() {
        List<CeilingFigure> wanted = new ArrayList<>();
        fields.forEach((figure, field) -> {
            if (field.getValue() == null) {
                throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.amount-sek"))
                        .at(figure.phaseKind().name() + "." + figure.region().name());
            }
            wanted.add(new CeilingFigure(figure.phaseKind(), figure.region(), field.getValue(), figure.setByTenant()));
        });
        return wanted;
    }
}
