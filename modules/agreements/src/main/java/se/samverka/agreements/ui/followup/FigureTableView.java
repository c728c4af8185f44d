package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import se.samverka.agreements.followup.FigureTable;
import se.samverka.platform.api.ui.Formats;

/**
 * The figures as a plain HTML table, the text equivalent of the charts: a row per indicator (its name the row
 * header), a column per reporting period, and last the reports' status, so that a submitted figure not yet
 * accepted is told apart. Wider than a phone: it scrolls sideways in a region a keyboard can reach and
 * a screen reader names.
 */
final class FigureTableView extends Div {

    static final String TABLE_ID = "figures-table";

    FigureTableView(FigureTable figures) {
        setId("figures-table-region");
        NativeTable table = new NativeTable();
        table.setId(TABLE_ID);
        table.setCaptionText(getTranslation("agreements.ui.figures.caption"));
        table.getCaption().setId("figures-table-caption");
        table.getCaption().getStyle().set("text-align", "start").set("font-weight", "600").set("padding-bottom", "var(--lumo-space-xs)");
        table.getStyle().set("border-collapse", "collapse").set("font-variant-numeric", "tabular-nums");
        NativeTableRow head = table.getHead().addRow();
        head.add(header("col", getTranslation("agreements.ui.figures.indicator")));
        figures.columns().forEach(column -> head.add(header("col", column.period().label())));
        for (FigureTable.Line line : figures.lines()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(header("row", line.indicator().name()));
            figures.columns().forEach(column -> row.add(line.at(column)
                    // by what the figure holds: an indicator's kind may have changed since it was reported
                    .map(figure -> figure.number() != null ? cell(Formats.count(figure.number()), true) : answer(figure.text()))
                    .orElseGet(() -> notReported(line.isNumber()))));
        }
        NativeTableRow status = table.getBody().addRow();
        status.setId("figures-table-status");
        status.add(header("row", getTranslation("agreements.ui.figures.report")));
        figures.columns().forEach(column -> status.add(column.report() == null ? notReported(false)
                : cell(getTranslation("agreements.report-status." + column.report().name()), false)));
        add(table);
        // a table wider than the screen scrolls in its own region, which the keyboard can reach (WCAG 2.1.1, 1.4.10)
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "figures-table-caption");
        getElement().setAttribute("tabindex", "0");
        getStyle().set("overflow-x", "auto").set("max-width", "100%");
    }

    private static NativeTableHeaderCell header(String scope, String text) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(text);
        th.getElement().setAttribute("scope", scope);
        th.getStyle().set("text-align", "start").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        if ("row".equals(scope)) {
            th.getStyle().set("font-weight", "normal").set("min-width", "10rem").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        } else {
            th.getStyle().set("white-space", "nowrap").set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
        }
        return th;
    }

    private static NativeTableCell cell(String text, boolean number) {
        NativeTableCell td = new NativeTableCell(text);
        style(td, number);
        return td;
    }

    /** A text answer wraps instead of stretching the table. */
    private static NativeTableCell answer(String text) {
        NativeTableCell td = cell(text == null ? Formats.NONE : text, false);
        td.getStyle().set("min-width", "12rem");
        return td;
    }

    /** A dash to the eye, "not reported" to a screen reader (a dash alone is read as nothing, or as "dash"). */
    private NativeTableCell notReported(boolean number) {
        Span dash = new Span(Formats.NONE);
        dash.getElement().setAttribute("aria-hidden", "true");
        Span words = new Span(getTranslation("agreements.ui.figures.not-reported"));
        words.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip", "rect(0 0 0 0)").set("white-space", "nowrap");
        NativeTableCell td = new NativeTableCell(dash, words);
        td.addClassName("figure-not-reported");
        style(td, number);
        return td;
    }

    private static void style(Component cell, boolean number) {
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("vertical-align", "top")
                .set("text-align", number ? "end" : "start");
    }
}
