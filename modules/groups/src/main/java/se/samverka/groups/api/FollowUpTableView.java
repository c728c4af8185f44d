package se.samverka.groups.api;

import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.followup.FollowUpTable;

import java.util.List;

/**
 * A programme's follow-up table as it may be published: each cell's text ({@code <5} for a small count,
 * {@code ..} for one hidden so that a small one cannot be recomputed), with the threshold used.
 */
@Serdeable
public record FollowUpTableView(List<String> columns, List<Row> rows, boolean exact, int threshold) {

    /** A row: a figure ({@code enrolled}) or a breakdown's category ({@code genders.GIRL}), a text per column. */
    @Serdeable
    public record Row(String key, List<String> cells) {
    }

    static FollowUpTableView of(FollowUpTable table, ProtectedTable shown, boolean exact) {
        List<Row> rows = table.rows().stream().map(row -> new Row(row.key(),
                table.columns().stream().map(column -> table.text(shown, row, column)).toList())).toList();
        return new FollowUpTableView(table.columns().stream().map(FollowUpTable.Column::key).toList(), rows, exact,
                shown.threshold());
    }
}
