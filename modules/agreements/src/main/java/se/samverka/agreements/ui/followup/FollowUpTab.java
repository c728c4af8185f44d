package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.PeriodStanding;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.ui.AgreementTab;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.ContributionList;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RowActions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Follow-up: the indicators the partner reports on, and each reporting period with its due date and
 * where it stands (an overdue report stands out). A partner user submits the report of a period;
 * a case officer reviews it (accept, or return with a comment) and defines the indicators. Then the figures
 * across all periods as a table and charts ({@link FiguresSection}). Below them, what
 * other modules report into the agreement (the accepted figures of the support groups run under it).
 */
@Singleton
public class FollowUpTab implements AgreementTab {

    private final Indicators indicators;
    private final ReportingPeriods periods;
    private final Reports reports;
    private final RecordDirectory records;
    private final CurrentUser user;
    private final Clock clock;
    private final FiguresSection figures;

    FollowUpTab(Indicators indicators, ReportingPeriods periods, Reports reports, RecordDirectory records, CurrentUser user,
                Clock clock, FiguresSection figures) {
        this.figures = figures;
        this.indicators = indicators;
        this.periods = periods;
        this.reports = reports;
        this.records = records;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "agreements.tab.follow-up";
    }

    @Override
    public String id() {
        return "follow-up";
    }

    @Override
    public Component create(AgreementDetails agreement, Runnable changed) {
        Div tab = new Div();
        tab.setId("agreement-follow-up");
        PortalUser me = user.get().orElse(null);
        boolean changer = me != null && me.hasAnyRole(Roles.CHANGERS);
        boolean partner = me != null && me.hasRole(Roles.PARTNER);
        List<Indicator> defined = indicators.of(agreement.id());

        tab.add(new H2(tab.getTranslation("agreements.ui.indicators")));
        Grid<Indicator> indicatorGrid = new Grid<>();
        indicatorGrid.setId("indicators-grid");
        indicatorGrid.addColumn(Indicator::name).setHeader(tab.getTranslation("agreements.field.indicator-name"));
        indicatorGrid.addColumn(i -> tab.getTranslation("agreements.indicator-kind." + i.kind().name()))
                .setHeader(tab.getTranslation("agreements.field.indicator-kind")).setAutoWidth(true).setFlexGrow(0);
        boolean open = !agreement.agreement().status().isClosed();
        // reports are made for active agreements, and after the end for the last periods
        AgreementStatus status = agreement.agreement().status();
        boolean reportingOpen = status == AgreementStatus.ACTIVE || status == AgreementStatus.ENDED;
        if (changer && open) {
            RowActions.add(indicatorGrid, tab.getTranslation("agreements.ui.actions"), i -> {
                Button edit = new Button(tab.getTranslation("agreements.ui.indicator.edit"),
                        e -> new IndicatorDialog(indicators, agreement.id(), i, changed).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(tab.getTranslation("agreements.ui.indicator.edit-of", i.name()));
                Button remove = new Button(tab.getTranslation("agreements.ui.remove"), e -> {
                    indicators.remove(i.id(), i.version());
                    changed.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(tab.getTranslation("agreements.ui.indicator.remove-of", i.name()));
                remove.addClassName("indicator-remove");
                HorizontalLayout actions = new HorizontalLayout(edit, remove);
                actions.setAlignItems(FlexComponent.Alignment.BASELINE);
                if (indicators.inUse(i.id())) {
                    // reported figures keep the indicator: say so beside the button a keyboard cannot reach
                    remove.setEnabled(false);
                    Span why = new Span(tab.getTranslation("agreements.ui.indicator.in-use"));
                    why.setId("indicator-in-use-" + i.id());
                    why.addClassName("indicator-in-use");
                    why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
                    remove.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
                    actions.add(why);
                }
                return actions;
            });
            Button add = new Button(tab.getTranslation("agreements.ui.indicator.add"),
                    e -> new IndicatorDialog(indicators, agreement.id(), null, changed).open());
            add.setId("indicator-add");
            tab.add(add);
        }
        indicatorGrid.setEmptyStateText(tab.getTranslation("agreements.ui.indicator.empty"));
        indicatorGrid.setItems(defined);
        indicatorGrid.setAllRowsVisible(true);
        tab.add(indicatorGrid);

        tab.add(new H2(tab.getTranslation("agreements.ui.periods")));
        List<PeriodOverview> overview = periods.overview(agreement.id());
        long overdue = overview.stream().filter(p -> p.standing().isOverdue()).count();
        if (overdue > 0) {
            Callout warning = Callout.warning(tab.getTranslation("agreements.ui.periods.overdue", overdue));
            warning.setId("reports-overdue");
            tab.add(warning);
        }
        Grid<PeriodOverview> grid = new Grid<>();
        grid.setId("periods-grid");
        // the label and the dates under headers of their own (issue 13, bug 9: both said "Period")
        grid.addColumn(p -> p.period().label()).setKey("period").setHeader(tab.getTranslation("agreements.ui.period-label")).setAutoWidth(true);
        grid.addColumn(p -> Formats.period(p.period().startsOn(), p.period().endsOn())).setKey("dates")
                .setHeader(tab.getTranslation("agreements.ui.period-dates")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.period().dueOn())).setKey("due").setHeader(tab.getTranslation("agreements.ui.due-on")).setAutoWidth(true);
        grid.addComponentColumn(p -> standing(tab, p.standing())).setKey("standing")
                .setHeader(tab.getTranslation("agreements.ui.standing")).setAutoWidth(true);
        RowActions.add(grid, tab.getTranslation("agreements.ui.actions"), p -> {
            HorizontalLayout actions = new HorizontalLayout();
            LocalDate today = LocalDate.now(clock);
            boolean started = !today.isBefore(p.period().startsOn());
            boolean reportable = p.report() == null || p.report().status() != ReportStatus.ACCEPTED;
            if (partner && started && reportable && reportingOpen) {
                Button submit = new Button(tab.getTranslation(p.report() == null ? "agreements.ui.report.submit" : "agreements.ui.report.resubmit"),
                        e -> new ReportDialog(reports, p, defined, changed).open());
                submit.addClassName("report-submit");
                // the accessible name starts with the visible text, so voice control finds the button by what it shows
                submit.setAriaLabel(tab.getTranslation(p.report() == null ? "agreements.ui.report.submit-of"
                        : "agreements.ui.report.resubmit-of", p.period().label()));
                actions.add(submit);
            }
            if (p.report() != null) {
                boolean review = changer && p.report().status() == ReportStatus.SUBMITTED;
                Button show = new Button(tab.getTranslation(review ? "agreements.ui.report.review" : "agreements.ui.report.show"),
                        e -> new ReviewDialog(reports, p, defined, review, changed).open());
                show.addClassName(review ? "report-review" : "report-show");
                show.setAriaLabel(tab.getTranslation(review ? "agreements.ui.report.review-of" : "agreements.ui.report.show-of",
                        p.period().label()));
                actions.add(show);
            }
            return actions;
        });
        grid.setEmptyStateText(tab.getTranslation("agreements.ui.periods.empty"));
        grid.setItems(overview);
        grid.setAllRowsVisible(true);
        tab.add(grid);
        figures.create(agreement.id()).ifPresent(tab::add);
        // what other modules report into this agreement: the accepted figures of the groups run under it
        ContributionList reported = new ContributionList(records.contributionsTo(
                RecordReference.of(AgreementsModule.ID, AgreementsModule.AGREEMENT_TYPE, agreement.id())));
        reported.setId("agreement-contributions");
        tab.add(reported);
        return tab;
    }

    /** Overdue in the error colour with its word, so that colour is never the only sign. */
    private static Span standing(Div tab, PeriodStanding standing) {
        Span badge = Badge.of(tab.getTranslation("agreements.period-standing." + standing.name()), switch (standing) {
            case OVERDUE -> Badge.Tone.ALARM;
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case RETURNED -> Badge.Tone.ERROR;
            case SUBMITTED, DUE -> Badge.Tone.NEUTRAL;
            case UPCOMING -> Badge.Tone.MUTED;
        });
        badge.addClassName("period-standing");
        return badge;
    }
}
