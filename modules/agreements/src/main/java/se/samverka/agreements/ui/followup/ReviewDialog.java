package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.Report;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportFigure;
import se.samverka.agreements.followup.Reports;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.Prose;
import se.samverka.platform.api.ui.ScrollRegion;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A submitted report as sent; a case officer accepts it or returns it with a comment saying what to correct. */
class ReviewDialog extends Dialog {

    ReviewDialog(Reports reports, PeriodOverview period, List<Indicator> indicators, boolean review, Runnable changed) {
        setId("review-dialog");
        String title = getTranslation("agreements.ui.report.title", period.period().label());
        setHeaderTitle(title);
        setWidth("min(48rem, 95vw)");
        // the report as sent scrolls in a region of its own that the keyboard reaches: read-only, it has
        // nothing else to take focus, and the footer's buttons do not scroll it (issue 13, bug 11)
        ScrollRegion sent = new ScrollRegion(title, "min(60vh, 36rem)");
        sent.setId("review-report");
        add(sent);
        ReportDetails details = reports.find(period.report().id()).orElseThrow();
        Report report = details.report();
        sent.add(new Paragraph(getTranslation("agreements.ui.report.submitted-by", se.samverka.platform.api.refusal.Refusal.person(report.submittedBy()),
                Formats.dateTime(report.submittedAt()), getTranslation("agreements.report-status." + report.status().name()))));
        Map<Long, ReportFigure> byIndicator = details.figures().stream()
                .collect(Collectors.toMap(ReportFigure::indicatorId, Function.identity()));
        Div figures = new Div();
        figures.setId("review-figures");
        for (Indicator indicator : indicators) {
            ReportFigure figure = byIndicator.get(indicator.id());
            String value = figure == null ? "–" : figure.numberValue() != null ? String.valueOf(figure.numberValue()) : figure.textValue();
            figures.add(new H3(indicator.name()), Prose.of(value));
        }
        sent.add(figures);
        if (report.text() != null) {
            sent.add(new H3(getTranslation("agreements.field.report-text")), Prose.of(report.text()));
        }
        if (report.reviewComment() != null) {
            sent.add(new Paragraph(getTranslation("agreements.ui.report.returned-comment", report.reviewComment())));
        }

        Button close = new Button(getTranslation("agreements.ui.close"), e -> close());
        if (!review) {
            getFooter().add(close);
            return;
        }
        TextArea comment = new TextArea(getTranslation("agreements.field.review-comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setHelperText(getTranslation("agreements.ui.report.comment-help"));
        add(comment);
        Button accept = new Button(getTranslation("agreements.ui.report.accept"), e -> act(() ->
                reports.accept(report.id(), report.version()), "agreements.ui.report.accepted", changed));
        accept.setId("review-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation("agreements.ui.report.return"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("agreements.report.return-needs-comment"));
                comment.setInvalid(true);
                comment.focus();
                return;
            }
            act(() -> reports.returnForCorrection(report.id(), report.version(), comment.getValue()),
                    "agreements.ui.report.returned", changed);
        });
        giveBack.setId("review-return");
        getFooter().add(close, giveBack, accept);
    }

    private void act(Runnable review, String doneKey, Runnable changed) {
        review.run();
        close();
        Notices.done(getTranslation(doneKey));
        changed.run();
    }
}
