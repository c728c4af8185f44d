package se.samverka.agreements.ui.followup;

import se.samverka.platform.api.data.Texts;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import se.samverka.agreements.followup.FigureInput;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.IndicatorKind;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportFigure;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.Reports;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's report for one period: a figure per indicator and a text. A returned report opens
 * with what was sent and the officer's comment, to be corrected and sent again.
 */
class ReportDialog extends Dialog {

    private final Map<Indicator, HasValue<?, ?>> fields = new LinkedHashMap<>();

    ReportDialog(Reports reports, PeriodOverview period, List<Indicator> indicators, Runnable changed) {
        setId("report-dialog");
        setHeaderTitle(getTranslation("agreements.ui.report.title", period.period().label()));
        setWidth("min(48rem, 95vw)");
        Optional<ReportDetails> earlier = period.report() == null ? Optional.empty() : reports.find(period.report().id());
        earlier.map(ReportDetails::report).map(r -> r.reviewComment()).filter(c -> !c.isBlank()).ifPresent(comment -> {
            Paragraph returned = new Paragraph(getTranslation("agreements.ui.report.returned-comment", comment));
            returned.setId("report-review-comment");
            add(returned);
        });
        add(new Paragraph(getTranslation("agreements.ui.report.due", Formats.date(period.period().dueOn()))));

        Binder<Void> checks = new Binder<>();
        FormLayout form = new FormLayout();
        for (Indicator indicator : indicators) {
            Optional<ReportFigure> given = earlier.flatMap(d -> d.figures().stream()
                    .filter(f -> f.indicatorId() == indicator.id()).findFirst());
            String required = getTranslation(Texts.REQUIRED, indicator.name());
            if (indicator.kind() == IndicatorKind.NUMBER) {
                IntegerField number = new IntegerField(indicator.name());
                NumberFields.atLeast(number, 0);
                number.setStepButtonsVisible(false);
                number.addClassName("report-figure");
                given.map(ReportFigure::numberValue).ifPresent(v -> number.setValue(v.intValue()));
                checks.forField(number).asRequired(required)
                        .withValidator(v -> v >= 0, getTranslation("agreements.report.number-expected", indicator.name()))
                        .bind(v -> null, (v, x) -> { });
                fields.put(indicator, number);
                form.add(number);
            } else {
                TextArea text = new TextArea(indicator.name());
                text.addClassName("report-figure");
                given.map(ReportFigure::textValue).ifPresent(text::setValue);
                checks.forField(text).asRequired(required).bind(v -> null, (v, x) -> { });
                fields.put(indicator, text);
                form.add(text, 2);
            }
        }
        TextArea text = new TextArea(getTranslation("agreements.field.report-text"));
        text.setId("report-text");
        earlier.map(d -> d.report().text()).ifPresent(text::setValue);
        form.add(text, 2);
        add(form);

        Button submit = new Button(getTranslation("agreements.ui.report.send"), e -> {
            if (!checks.validate().isOk()) {
                return;
            }
            reports.submit(period.period().id(), period.report() == null ? null : period.report().version(),
                    new ReportSubmission(figures(), text.getValue()));
            close();
            Notices.done(getTranslation("agreements.ui.report.sent", period.period().label()));
            changed.run();
        });
        submit.setId("report-send");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("agreements.ui.cancel"), e -> close()), submit);
    }

    private List<FigureInput> figures() {
        List<FigureInput> figures = new ArrayList<>();
        fields.forEach((indicator, field) -> {
            Object value = field.getValue();
            figures.add(indicator.kind() == IndicatorKind.NUMBER
                    ? FigureInput.number(indicator.id(), ((Integer) value).longValue())
                    : FigureInput.text(indicator.id(), (String) value));
        });
        return figures;
    }
}
