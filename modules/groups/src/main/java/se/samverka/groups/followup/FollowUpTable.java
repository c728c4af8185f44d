package se.samverka.groups.followup;

import se.samverka.groups.disclosure.CellKey;
import se.samverka.groups.disclosure.CountTable;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.term.HalfYear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A programme's follow-up as a table: a row per figure and per breakdown category (with the breakdown's
 * "not given" rest, so each breakdown adds up to its figure), a column per half-year, and a column per year
 * for the figures that add up over a year (new children, requests from other services). The sums a reader
 * can check are declared as lines, so that suppression protects against every one of them. The number of
 * groups running is not about children and is shown as it is.
 */
public final class FollowUpTable {

    /** A row: its message key (a figure, a category) and whether it is a breakdown's row. */
    public record Row(String key, String labelKey, boolean category) {
    }

    /** A column: a half-year, or a year's total of the additive figures. */
    public record Column(String key, HalfYear half, boolean yearTotal) {
    }

    /** Figures whose half-years add up to the year. */
    static final Set<Figure> ADDITIVE = Set.of(Figure.NEW, Figure.REQUESTED, Figure.REGISTRATIONS);
    static final String NOT_GIVEN = "NOT_GIVEN";
    static final String GROUPS_RUNNING_ROW = Figure.GROUPS_RUNNING.field();

    private final List<Row> rows;
    private final List<Column> columns;
    private final CountTable counts;
    private final Map<String, Integer> groupsRunning;

    private FollowUpTable(List<Row> rows, List<Column> columns, CountTable counts, Map<String, Integer> groupsRunning) {
        this.rows = rows;
        this.columns = columns;
        this.counts = counts;
        this.groupsRunning = groupsRunning;
    }

    /** The table of a programme's follow-ups (any order; the ones without figures are left out). */
    public static FollowUpTable of(List<FollowUp> followUps) {
        Map<HalfYear, Figures> byHalf = new TreeMap<>();
        for (FollowUp followUp : followUps) {
            if (followUp.enrolled() != null) {
                byHalf.put(followUp.halfYear(), followUp.figures());
            }
        }
        List<Column> columns = new ArrayList<>();
        Map<Integer, List<HalfYear>> years = new TreeMap<>();
        byHalf.keySet().forEach(h -> years.computeIfAbsent(h.year(), y -> new ArrayList<>()).add(h));
        years.forEach((year, halves) -> {
            halves.forEach(h -> columns.add(new Column(h.key(), h, false)));
            if (halves.size() == 2) {
                columns.add(new Column(Integer.toString(year), halves.get(1), true));
            }
        });
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(GROUPS_RUNNING_ROW, Figure.GROUPS_RUNNING.labelKey(), false));
        for (Figure figure : Figure.values()) {
            if (figure != Figure.GROUPS_RUNNING && byHalf.values().stream().anyMatch(f -> f.value(figure) != null)) {
                rows.add(new Row(figure.field(), figure.labelKey(), false));
            }
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        for (Breakdown breakdown : Breakdown.values()) {
            if (byHalf.values().stream().anyMatch(f -> !f.breakdown(breakdown).isEmpty())) {
                breakdowns.add(breakdown);
                for (String category : breakdown.categories()) {
                    rows.add(new Row(breakdown.field() + "." + category, breakdown.categoryKey(category), true));
                }
                rows.add(new Row(breakdown.field() + "." + NOT_GIVEN, "groups.category.not-given", true));
            }
        }

        CountTable.Builder table = CountTable.builder();
        Map<String, Integer> running = new LinkedHashMap<>();
        for (Map.Entry<HalfYear, Figures> entry : byHalf.entrySet()) {
            String column = entry.getKey().key();
            Figures f = entry.getValue();
            running.put(column, f.groupsRunning());
            for (Figure figure : Figure.values()) {
                if (figure != Figure.GROUPS_RUNNING && rows.stream().anyMatch(r -> r.key().equals(figure.field()))) {
                    table.cell(figure.field(), column, orZero(f.value(figure)));
                }
            }
            table.line(new CellKey(Figure.ENROLLED.field(), column),
                    List.of(new CellKey(Figure.NEW.field(), column), new CellKey(Figure.REMAINING.field(), column)));
            for (Breakdown breakdown : breakdowns) {
                Map<String, Integer> given = f.breakdown(breakdown);
                List<CellKey> parts = new ArrayList<>();
                int sum = 0;
                for (String category : breakdown.categories()) {
                    int count = orZero(given.get(category));
                    sum += count;
                    table.cell(breakdown.field() + "." + category, column, count);
                    parts.add(new CellKey(breakdown.field() + "." + category, column));
                }
                int parent = orZero(f.value(breakdown.parent()));
                table.cell(breakdown.field() + "." + NOT_GIVEN, column, Math.max(0, parent - sum));
                parts.add(new CellKey(breakdown.field() + "." + NOT_GIVEN, column));
                table.line(new CellKey(breakdown.parent().field(), column), parts);
            }
        }
        for (Column column : columns) {
            if (column.yearTotal()) {
                String first = new HalfYear(column.half().year(), 1).key();
                String second = column.half().key();
                for (Figure figure : ADDITIVE) {
                    if (rows.stream().anyMatch(r -> r.key().equals(figure.field()))) {
                        int total = orZero(byHalf.get(new HalfYear(column.half().year(), 1)).value(figure))
                                + orZero(byHalf.get(column.half()).value(figure));
                        table.cell(figure.field(), column.key(), total);
                        table.line(new CellKey(figure.field(), column.key()),
                                List.of(new CellKey(figure.field(), first), new CellKey(figure.field(), second)));
                    }
                }
            }
        }
        return new FollowUpTable(rows, columns, table.build(), running);
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The counts about children, with their sums, for suppression. */
    public CountTable counts() {
        return counts;
    }

    /** Whether the table has a cell at the row and column (a year total only for the additive figures). */
    public boolean has(Row row, Column column) {
        return row.key().equals(GROUPS_RUNNING_ROW) ? !column.yearTotal() && groupsRunning.get(column.key()) != null
                : counts.values().containsKey(new CellKey(row.key(), column.key()));
    }

    /** The number of groups running in a half-year (not about children: never hidden). */
    public Integer groupsRunning(Column column) {
        return groupsRunning.get(column.key());
    }

    /** A cell's text as published: the protected count, the number of groups as it is, nothing where there is no cell. */
    public String text(ProtectedTable shown, Row row, Column column) {
        if (!has(row, column)) {
            return "";
        }
        if (row.key().equals(GROUPS_RUNNING_ROW)) {
            Integer running = groupsRunning(column);
            return running == null ? "–" : running.toString();
        }
        return shown.shown(new CellKey(row.key(), column.key()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
