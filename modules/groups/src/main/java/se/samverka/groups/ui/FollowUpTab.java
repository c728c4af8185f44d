package se.samverka.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUpStatus;
import se.samverka.groups.followup.FollowUpTable;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RowActions;
import se.samverka.platform.api.ui.Notices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme's half-yearly follow-up: the table of figures (exact for the tenant's officers, protected for
 * everyone else), the half-years with where each stands, what is due or overdue, and what the user may do:
 * the organisation that runs the programme reports, an officer accepts or returns.
 */
@Singleton
class FollowUpTab implements ProgrammeTab {

    private final FollowUps followUps;
    private final Disclosure disclosure;
    private final CurrentUser user;
    private final CurrentTenant tenant;
    private final Clock clock;

    FollowUpTab(FollowUps followUps, Disclosure disclosure, CurrentUser user, CurrentTenant tenant, Clock clock) {
        this.followUps = followUps;
        this.disclosure = disclosure;
        this.user = user;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String labelKey() {
        return "groups.ui.tab.follow-up";
    }

    @Override
    public String id() {
        return "follow-up";
    }

    @Override
    public Component create(Programme programme, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("programme-follow-up");
        tab.add(new H2(tab.getTranslation("groups.ui.tab.follow-up")));
        List<FollowUp> all = followUps.of(programme.id());
        LocalDate today = LocalDate.now(clock);
        HalfYear last = HalfYear.of(today).previous();
        boolean reporter = followUps.mayReport(programme);
        // as the reminders count it: a draft or a returned follow-up is still to be sent
        if (all.stream().noneMatch(f -> f.halfYear().equals(last) && !f.status().isOpen())) {
            String text = tab.getTranslation(last.isOverdueOn(today) ? "groups.ui.follow-up.overdue" : "groups.ui.follow-up.due",
                    last.term().toString(), Formats.date(last.due()));
            tab.add(last.isOverdueOn(today) ? Callout.error(text) : Callout.info(text));
        }
        List<HalfYear> open = FiguresDialog.open(all, today);
        if (reporter && !open.isEmpty()) {
            Button report = new Button(tab.getTranslation("groups.ui.follow-up.new", ""),
                    e -> new FiguresDialog(followUps, programme, null, open, changed).open());
            report.setId("follow-up-new");
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(report);
        }

        Grid<FollowUp> grid = new Grid<>();
        grid.setId("follow-ups-grid");
        grid.addColumn(f -> f.halfYear().term().toString()).setHeader(tab.getTranslation("groups.ui.follow-up.period"));
        grid.addComponentColumn(f -> Badge.of(tab.getTranslation(f.status().labelKey()), tone(f.status())))
                .setHeader(tab.getTranslation("groups.ui.status"));
        grid.addColumn(f -> f.submittedAt() == null ? "–" : Formats.dateTime(f.submittedAt()))
                .setHeader(tab.getTranslation("groups.ui.follow-up.submitted-at"));
        grid.addColumn(f -> f.reviewComment() == null ? "" : f.reviewComment())
                .setHeader(tab.getTranslation("groups.field.review-comment")).setFlexGrow(2);
        if (reporter) {
            RowActions.add(grid, tab.getTranslation("groups.ui.actions"), f -> actions(tab, programme, f, changed));
        }
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(tab.getTranslation("groups.ui.follow-ups.empty"));
        tab.add(grid);

        tab.add(new H3(tab.getTranslation("groups.ui.table.title")));
        FollowUpTable table = FollowUpTable.of(all);
        if (table.columns().isEmpty()) {
            tab.add(new Paragraph(tab.getTranslation("groups.ui.table.empty")));
        } else {
            tab.add(new FollowUpTableGrid(table, disclosure.onScreen(table.counts())), downloads(tab, programme));
        }
        return tab;
    }

    /** CSV, Excel and PDF of the table, protected; an officer may ask for exact figures for internal use (audited). */
    private Component downloads(Component tab, Programme programme) {
        String base = "/api/v1/tenants/" + tenant.require() + "/groups/programmes/" + programme.id() + "/follow-ups/export.";
        HorizontalLayout links = new HorizontalLayout();
        links.setId("follow-up-downloads");
        links.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        links.add(new Span(tab.getTranslation("groups.ui.export.title") + ":"));
        List<Anchor> anchors = new ArrayList<>();
        for (String format : List.of("csv", "xlsx", "pdf")) {
            Anchor link = new Anchor(base + format, tab.getTranslation("groups.ui.export." + format));
            link.setId("follow-up-export-" + format);
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("router-ignore", true);
            anchors.add(link);
            links.add(link);
        }
        if (disclosure.seesExactOnScreen()) {
            Checkbox exact = new Checkbox(tab.getTranslation("groups.ui.export.exact"));
            exact.setId("follow-up-export-exact");
            exact.setTooltipText(tab.getTranslation("groups.ui.export.exact-help"));
            exact.addValueChangeListener(e -> anchors.forEach(a -> {
                String href = a.getHref().replace("?exact=true", "");
                a.setHref(e.getValue() ? href + "?exact=true" : href);
            }));
            links.add(exact);
        }
        return links;
    }

    private Component actions(Component tab, Programme programme, FollowUp f, Runnable changed) {
        HorizontalLayout actions = new HorizontalLayout();
        String period = f.halfYear().term().toString();
        if (f.status().isOpen()) {
            Button edit = new Button(tab.getTranslation("groups.ui.edit"),
                    e -> new FiguresDialog(followUps, programme, f, List.of(), changed).open());
            edit.setId("follow-up-" + f.halfYear().key() + "-edit");
            edit.setAriaLabel(tab.getTranslation("groups.ui.follow-up.edit", period));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
        }
        if (f.status() == FollowUpStatus.SUBMITTED && user.isChanger()) {
            Button accept = new Button(tab.getTranslation("groups.ui.follow-up.accept"), e -> {
                followUps.accept(f.id(), f.version());
                Notices.done(tab.getTranslation("groups.ui.follow-up.accepted", period));
                changed.run();
            });
            accept.setId("follow-up-" + f.halfYear().key() + "-accept");
            accept.setAriaLabel(tab.getTranslation("groups.ui.follow-up.accept-of", period));
            Button giveBack = new Button(tab.getTranslation("groups.ui.follow-up.return"),
                    e -> new ReturnDialog(followUps, f, changed).open());
            giveBack.setId("follow-up-" + f.halfYear().key() + "-return");
            giveBack.setAriaLabel(tab.getTranslation("groups.ui.follow-up.return-of", period));
            giveBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(accept, giveBack);
        }
        return actions;
    }

    static Badge.Tone tone(FollowUpStatus status) {
        return switch (status) {
            case DRAFT -> Badge.Tone.MUTED;
            case SUBMITTED -> Badge.Tone.NEUTRAL;
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case RETURNED -> Badge.Tone.ERROR;
        };
    }
}
