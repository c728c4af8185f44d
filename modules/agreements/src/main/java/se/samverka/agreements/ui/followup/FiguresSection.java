package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import jakarta.inject.Singleton;
import se.samverka.agreements.followup.FigureTable;
import se.samverka.agreements.followup.FiguresOverTime;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.Formats;

import java.util.List;
import java.util.Optional;

/**
 * "Värden över tid" on the follow-up tab (issue 13, must-have 5): the indicators' figures across all periods as a
 * table, a small line chart per number indicator that has figures, and links to the same table as CSV and Excel.
 * Nothing while the agreement has no indicators or no periods (the grids above say so).
 */
@Singleton
public class FiguresSection {

    private final FiguresOverTime figures;
    private final CurrentTenant tenant;

    FiguresSection(FiguresOverTime figures, CurrentTenant tenant) {
        this.figures = figures;
        this.tenant = tenant;
    }

    /** The section for the agreement, or nothing to add. */
    public Optional<Component> create(long agreementId) {
        FigureTable table = figures.of(agreementId);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("figures-over-time");
        section.add(new H2(section.getTranslation("agreements.ui.figures")));
        Paragraph intro = new Paragraph(section.getTranslation("agreements.ui.figures.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        section.add(intro, downloads(section, agreementId), new FigureTableView(table));
        FlexLayout charts = new FlexLayout();
        charts.setId("figures-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-l)");
        table.lines().stream().filter(FigureTable.Line::isNumber).forEach(line -> chart(section, table, line).ifPresent(charts::add));
        if (charts.getComponentCount() > 0) {
            section.add(charts);
        }
        return Optional.of(section);
    }

    /** The export links; the file's labels in the portal's language, which may differ from the browser's. */
    private Div downloads(Div section, long agreementId) {
        String base = "/api/v1/tenants/" + tenant.require() + "/agreements/" + agreementId + "/figures";
        String lang = "?lang=" + ("en".equals(UI.getCurrent().getLocale().getLanguage()) ? "en" : "sv");
        Div links = new Div(download(base + ".csv" + lang, "figures-export-csv", section.getTranslation("agreements.ui.figures.csv")),
                download(base + ".xlsx" + lang, "figures-export-xlsx", section.getTranslation("agreements.ui.figures.xlsx")));
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        return links;
    }

    private static Anchor download(String href, String id, String text) {
        Anchor link = new Anchor(href, text);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true); // a file, not a view of the portal
        return link;
    }

    /** A chart when the indicator has at least one figure: an empty chart says nothing the table does not. */
    private static Optional<Component> chart(Div section, FigureTable table, FigureTable.Line line) {
        List<FigureChart.Point> points = table.columns().stream().map(column -> new FigureChart.Point(column.period().label(),
                line.at(column).map(FigureTable.Figure::number).orElse(null))).toList();
        List<FigureChart.Point> reported = points.stream().filter(p -> p.value() != null).toList();
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        FigureChart.Point first = reported.get(0);
        FigureChart.Point latest = reported.get(reported.size() - 1);
        long highest = reported.stream().mapToLong(FigureChart.Point::value).max().orElseThrow();
        String range = section.getTranslation("agreements.ui.figures.chart-range", Formats.count(first.value()), first.label(),
                Formats.count(latest.value()), latest.label(), Formats.count(highest));
        String summary = section.getTranslation("agreements.ui.figures.chart-label", line.indicator().name(),
                String.valueOf(reported.size()), String.valueOf(points.size()), range);
        Div figure = new Div(new H3(line.indicator().name()),
                FigureChart.of("figures-chart-" + line.indicator().id(), summary, points));
        figure.addClassName("figure-chart-card");
        figure.getStyle().set("flex", "1 1 18rem").set("min-width", "0").set("max-width", "32rem");
        return Optional.of(figure);
    }
}
