package se.samverka.agreements.ui.detail;

import se.samverka.platform.api.ui.Prose;
import se.samverka.platform.api.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTexts;
import se.samverka.agreements.ui.AgreementTab;

/** The agreement's texts in the order of the agreement document, then its arrangements and decision. */
@Singleton
public class OverviewTab implements AgreementTab {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "agreements.tab.overview";
    }

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public Component create(AgreementDetails details, Runnable changed) {
        Div overview = new Div();
        overview.setId("agreement-overview");
        Agreement a = details.agreement();
        AgreementTexts t = a.texts();
        section(overview, "agreements.field.form", overview.getTranslation("agreements.form." + a.form().name()));
        section(overview, "agreements.field.background", t.background());
        section(overview, "agreements.field.purpose", t.purpose());
        section(overview, "agreements.field.target-group", t.targetGroup());
        section(overview, "agreements.field.activities", t.activities());
        section(overview, "agreements.field.value-base", t.valueBase());
        section(overview, "agreements.field.overall-goals", t.overallGoals());
        section(overview, "agreements.field.strategies", t.strategies());
        section(overview, "agreements.field.organisation", t.organisation());
        section(overview, "agreements.field.steering-composition", joined(a.steeringComposition(),
                overview.getTranslation("agreements.ui.minimum-meetings-text", a.minimumMeetingsPerYear())));
        section(overview, "agreements.field.follow-up-clause", joined(a.followUpClause(),
                overview.getTranslation("agreements.ui.reporting-text",
                        overview.getTranslation("agreements.reporting-frequency." + a.reportingFrequency().name()),
                        a.reportDueDays())));
        section(overview, "agreements.field.renegotiation-clause", t.renegotiationClause());
        section(overview, "agreements.field.termination-clause", t.terminationClause());
        section(overview, "agreements.field.dispute-clause", t.disputeClause());
        section(overview, "agreements.ui.renewal", overview.getTranslation("agreements.ui.renewal-text",
                a.renewalNoticeMonths(), Formats.date(a.renewalTalksStart())));
        section(overview, "agreements.ui.decision", a.decision()
                .map(d -> overview.getTranslation("agreements.ui.decision-text", d.body(), Formats.date(d.date()), d.registryNumber()))
                .orElse(null));
        return overview;
    }

    private static String joined(String text, String addition) {
        return text == null || text.isBlank() ? addition : text + "\n\n" + addition;
    }

    /** A heading and its text; a text not yet written says so rather than leaving a bare heading. */
    private static void section(Div overview, String labelKey, String text) {
        overview.add(new H2(overview.getTranslation(labelKey)));
        if (text == null || text.isBlank()) {
            Paragraph empty = new Paragraph(overview.getTranslation("agreements.ui.not-written"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            overview.add(empty);
        } else {
            overview.add(Prose.of(text));
        }
    }
}
