package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import se.samverka.partnerships.report.Narrative;
import se.samverka.partnerships.report.Report;
import se.samverka.partnerships.report.ReportStatus;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.report.ScheduledReport;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

/**
 * A report's narrative: achievements, deviations, challenges, lessons learned. A changer saves the draft or
 * submits it to ICLD (every part written, said at the part that is not); a submitted report is read only.
 */
class ReportDialog extends Dialog {

    ReportDialog(Reports reports, ScheduledReport scheduled, boolean mayChange, Runnable changed) {
        setHeaderTitle(ReportsTab.name(this, scheduled));
        Report existing = scheduled.report();
        // the report as it now is: a save that is followed by a refused submission has moved its version on
        Report[] current = {existing};
        boolean editable = mayChange && (existing == null || existing.status() == ReportStatus.DRAFT);
        Narrative n = existing == null ? Narrative.empty() : existing.narrative();
        TextArea achievements = area("report-achievements", "partnerships.field.achievements", n.achievements(), editable);
        TextArea deviations = area("report-deviations", "partnerships.field.deviations", n.deviations(), editable);
        TextArea challenges = area("report-challenges", "partnerships.field.challenges", n.challenges(), editable);
        TextArea lessons = area("report-lessons", "partnerships.field.lessons", n.lessons(), editable);
        FieldRefusals refusals = new FieldRefusals().bind("achievements", achievements).bind("deviations", deviations)
                .bind("challenges", challenges).bind("lessons", lessons);
        VerticalLayout body = new VerticalLayout(achievements, deviations, challenges, lessons);
        body.setPadding(false);
        add(body);
        if (existing != null) {
            String base = "/api/v1/tenants/" + existing.tenantId() + "/partnerships/" + existing.partnershipId() + "/reports/"
                    + existing.id();
            Anchor pdf = new Anchor(base + "/export.pdf", getTranslation("partnerships.ui.report.pdf"));
            pdf.setId("report-pdf");
            pdf.setRouterIgnore(true);
            pdf.getElement().setAttribute("download", true);
            Anchor excel = new Anchor(base + "/account.xlsx", getTranslation("partnerships.ui.report.excel"));
            excel.setId("report-excel");
            excel.setRouterIgnore(true);
            excel.getElement().setAttribute("download", true);
            Div downloads = new Div(pdf, new com.vaadin.flow.component.html.Span(" · "), excel);
            downloads.setId("report-downloads");
            add(downloads);
        }
        Button close = new Button(getTranslation(editable ? "partnerships.ui.cancel" : "partnerships.ui.close"), e -> close());
        getFooter().add(close);
        if (editable) {
            Button save = new Button(getTranslation("partnerships.ui.report.save-draft"), e -> {
                Narrative text = new Narrative(achievements.getValue(), deviations.getValue(), challenges.getValue(), lessons.getValue());
                if (refusals.attempt(() -> current[0] = save(reports, scheduled, current[0], text))) {
                    close();
                    Notices.done(getTranslation("partnerships.ui.saved"));
                    changed.run();
                }
            });
            save.setId("report-save");
            Button submit = new Button(getTranslation("partnerships.ui.report.submit"), e -> {
                Narrative text = new Narrative(achievements.getValue(), deviations.getValue(), challenges.getValue(), lessons.getValue());
                if (refusals.attempt(() -> {
                    current[0] = save(reports, scheduled, current[0], text);
                    reports.submit(current[0].id(), current[0].version(), null);
                })) {
                    close();
                    Notices.done(getTranslation("partnerships.ui.report.submitted"));
                    changed.run();
                }
            });
            submit.setId("report-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save, submit);
        }
        setWidth("min(56rem, 100vw)");
    }

    private static Report save(Reports reports, ScheduledReport scheduled, Report existing, Narrative text) {
        return existing == null ? reports.start(scheduled.phaseId(), scheduled.kind(), scheduled.accountingYear(), text)
                : reports.write(existing.id(), existing.version(), text);
    }

    private TextArea area(String id, String labelKey, String value, boolean editable) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!editable);
        return area;
    }
}
