package se.samverka.partnerships.overview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.partnerships.country.EligibleCountry;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.module.DashboardWidget;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.BarChart;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dashboard card "international partnerships": the active partnerships by country and by the phase they are
 * in, as bars, and this year's budget used. Three aggregate queries.
 */
@Singleton
class PartnershipsWidget implements DashboardWidget {

    private final PartnershipFigures figures;
    private final Clock clock;

    PartnershipsWidget(PartnershipFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return PartnershipsModule.ID;
    }

    @Override
    public String id() {
        return "partnerships";
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Internationella partnerskap", "International partnerships");
    }

    @Override
    public Set<String> roles() {
        return Roles.STAFF;
    }

    @Override
    public Component create() {
        Div card = new Div();
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Languages.SWEDISH : ui.getLocale();
        card.setId("partnerships-widget");
        List<PartnershipFigures.Count> byCountry = figures.byCountry();
        if (byCountry.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("partnerships.widget.empty")));
            return card;
        }
        LocalDate today = LocalDate.now(clock);
        long active = byCountry.stream().mapToLong(PartnershipFigures.Count::partnerships).sum();
        card.add(new Paragraph(card.getTranslation("partnerships.widget.active", active)));
        card.add(new H3(card.getTranslation("partnerships.widget.by-country")), new BarChart(
                card.getTranslation("partnerships.widget.by-country"), byCountry.stream().map(c -> new BarChart.Bar(
                        "partnerships-country-" + c.code(), EligibleCountry.name(c.code(), locale), c.partnerships(),
                        String.valueOf(c.partnerships()), PartnershipsModule.ID + "?country=" + c.code() + "&ongoing=true")).toList()));
        List<PartnershipFigures.Count> byPhase = figures.byRunningPhase(today);
        card.add(new H3(card.getTranslation("partnerships.widget.by-phase")));
        if (byPhase.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("partnerships.widget.no-phase")));
        } else {
            card.add(new BarChart(card.getTranslation("partnerships.widget.by-phase"), byPhase.stream().map(c -> new BarChart.Bar(
                    "partnerships-phase-" + c.code(), card.getTranslation(PhaseKind.valueOf(c.code()).labelKey()), c.partnerships(),
                    String.valueOf(c.partnerships()), null)).toList()));
        }
        PartnershipFigures.YearMoney money = figures.money(today.getYear());
        NumberFormat kronor = NumberFormat.getIntegerInstance(locale);
        String year = String.valueOf(today.getYear());
        card.add(new H3(card.getTranslation("partnerships.widget.budget", year)));
        card.add(new BarChart(card.getTranslation("partnerships.widget.budget", year), List.of(
                new BarChart.Bar("partnerships-budget-approved", card.getTranslation("partnerships.widget.approved"),
                        money.budgetSek(), kronor.format(money.budgetSek()) + " kr", null),
                new BarChart.Bar("partnerships-budget-spent", card.getTranslation("partnerships.widget.spent"),
                        money.spentSek(), kronor.format(money.spentSek()) + " kr", null))));
        return card;
    }
}
