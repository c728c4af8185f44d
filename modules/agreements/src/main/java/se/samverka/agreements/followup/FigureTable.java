package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agreement's indicator figures across its reporting periods: a line per indicator (in the agreement's
 * order), a column per period (oldest first) with its report's status. A period has a figure only when its
 * report is submitted or accepted; otherwise the indicator was not reported for it (yet).
 */
public record FigureTable(List<Column> columns, List<Line> lines) {

    public static final FigureTable EMPTY = new FigureTable(List.of(), List.of());

    /** A reporting period and the status of its report, if there is one. */
    public record Column(ReportingPeriod period, @Nullable ReportStatus report) {
    }

    /** One figure: a count or a text, as the indicator's kind says. */
    public record Figure(@Nullable Long number, @Nullable String text) {

        /** The count as a {@link Long}, else the text: what a spreadsheet cell holds. */
        public Object value() {
            return number != null ? number : text;
        }
    }

    /** One indicator's figures, by period id. */
    public record Line(Indicator indicator, Map<Long, Figure> byPeriod) {

        public Optional<Figure> at(Column column) {
            return Optional.ofNullable(byPeriod.get(column.period().id()));
        }

        public boolean isNumber() {
            return indicator.kind() == IndicatorKind.NUMBER;
        }
    }

    /** Nothing to show: no indicator, or no period yet. */
    public boolean isEmpty() {
        return columns.isEmpty() || lines.isEmpty();
    }
}
