package se.samverka.platform.kit.export;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * One column of a {@link TableExport}: its header (already translated) and how a row gives its value,
 * typed so that both files get it right: text (neutralised against spreadsheet formulas), a date (ISO in
 * CSV, a real date in Excel), whole kronor (a number in both) or a figure (a count as a number, or a word where
 * a table gives one instead: a text answer, a protected "<5").
 *
 * @param <R> the row
 */
public final class TableColumn<R> {

    /** What kind of value the column holds. */
    public enum Kind { TEXT, DATE, SEK, FIGURE }

    private final String header;
    private final Kind kind;
    private final Function<R, ?> value;
    private final int width;

    private TableColumn(String header, Kind kind, Function<R, ?> value, int width) {
        this.header = header;
        this.kind = kind;
        this.value = value;
        this.width = width;
    }

    /** @param width the column's width in Excel, in characters */
    public static <R> TableColumn<R> text(String header, int width, Function<R, String> value) {
        return new TableColumn<>(header, Kind.TEXT, value, width);
    }

    public static <R> TableColumn<R> date(String header, Function<R, LocalDate> value) {
        return new TableColumn<>(header, Kind.DATE, value, 13);
    }

    public static <R> TableColumn<R> sek(String header, Function<R, Long> value) {
        return new TableColumn<>(header, Kind.SEK, value, 16);
    }

    /**
     * A cell that is a count in one row and a word in another (a table of indicators by period, say):
     * a {@link Number} is written as a number, anything else as text.
     */
    public static <R> TableColumn<R> figure(String header, int width, Function<R, Object> value) {
        return new TableColumn<>(header, Kind.FIGURE, value, width);
    }

    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    public int width() {
        return width;
    }

    Object valueOf(R row) {
        return value.apply(row);
    }
}
