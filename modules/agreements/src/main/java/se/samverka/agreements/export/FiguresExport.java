package se.samverka.agreements.export;

import jakarta.inject.Singleton;
import se.samverka.agreements.followup.FigureTable;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.kit.export.TableColumn;
import se.samverka.platform.kit.export.TableExport;

import java.util.ArrayList;
import java.util.List;

/**
 * An agreement's figures over time as the follow-up tab's table, for the kit's CSV and Excel writer: a row per
 * indicator and a column per reporting period (a count as a number, a text answer as text, empty where nothing
 * was reported), and last the row of the reports' status.
 */
@Singleton
class FiguresExport {

    /** One row of the file: its header cell and a value per period, in the periods' order. */
    record Row(String name, List<Object> values) {
    }

    TableExport<Row> table(FigureTable figures, LocalTexts labels) {
        List<TableColumn<Row>> columns = new ArrayList<>();
        columns.add(TableColumn.text(labels.get("agreements.ui.figures.indicator"), 40, Row::name));
        for (int i = 0; i < figures.columns().size(); i++) {
            int period = i;
            columns.add(TableColumn.figure(figures.columns().get(i).period().label(), 14, row -> row.values().get(period)));
        }
        return new TableExport<>(labels.get("agreements.export.figures-sheet"), columns);
    }

    List<Row> rows(FigureTable figures, LocalTexts labels) {
        List<Row> rows = new ArrayList<>();
        for (FigureTable.Line line : figures.lines()) {
            rows.add(new Row(line.indicator().name(), figures.columns().stream()
                    .map(column -> line.at(column).map(FigureTable.Figure::value).orElse(null)).toList()));
        }
        rows.add(new Row(labels.get("agreements.ui.figures.report"), figures.columns().stream()
                .map(column -> column.report() == null ? null : (Object) labels.get("agreements.report-status." + column.report().name()))
                .toList()));
        return rows;
    }
}
