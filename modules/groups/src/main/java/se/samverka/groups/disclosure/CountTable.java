package se.samverka.groups.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of counts as it will be published, with the sums a reader can check in it: each {@link Line}
 * says that some cells add up to another (the girls, boys, others and not stated add up to the enrolled;
 * the two half-years add up to the year). Suppression must keep every hidden cell out of reach of them.
 */
public final class CountTable {

    /** {@code total = sum(parts)}: a sum the published table lets anyone compute. */
    public record Line(CellKey total, List<CellKey> parts) {
        public Line {
            parts = List.copyOf(parts);
        }
    }

    private final Map<CellKey, Long> values;
    private final List<Line> lines;

    private CountTable(Map<CellKey, Long> values, List<Line> lines) {
        this.values = values;
        this.lines = lines;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The cells in the order they were added (rows as printed). */
    public Map<CellKey, Long> values() {
        return values;
    }

    public List<Line> lines() {
        return lines;
    }

    public long value(CellKey cell) {
        Long value = values.get(cell);
        if (value == null) {
            throw new IllegalArgumentException("No cell " + cell);
        }
        return value;
    }

    /** Builds a table cell by cell; a line may only name cells the table has. */
    public static final class Builder {
        private final Map<CellKey, Long> values = new LinkedHashMap<>();
        private final List<Line> lines = new ArrayList<>();

        public Builder cell(String row, String column, long value) {
            if (value < 0) {
                throw new IllegalArgumentException("A count is never negative: " + row + "/" + column);
            }
            values.put(new CellKey(row, column), value);
            return this;
        }

        public Builder line(CellKey total, List<CellKey> parts) {
            lines.add(new Line(total, parts));
            return this;
        }

        public CountTable build() {
            for (Line line : lines) {
                if (!values.containsKey(line.total()) || !values.keySet().containsAll(line.parts())) {
                    throw new IllegalArgumentException("A line names a cell the table does not have: " + line);
                }
            }
            return new CountTable(Collections.unmodifiableMap(new LinkedHashMap<>(values)), List.copyOf(lines));
        }
    }
}
