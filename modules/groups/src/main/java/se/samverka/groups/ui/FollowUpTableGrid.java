package se.samverka.groups.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.followup.FollowUpTable;

/**
 * A programme's follow-up table on screen: a row per figure and category, a column per half-year (and year),
 * each cell as the viewer may see it, with the footnote that explains the hidden ones.
 */
class FollowUpTableGrid extends VerticalLayout {

    FollowUpTableGrid(FollowUpTable table, ProtectedTable shown) {
        setPadding(false);
        setId("follow-up-table");
        Grid<FollowUpTable.Row> grid = new Grid<>();
        grid.addColumn(row -> (row.category() ? "  " : "") + getTranslation(row.labelKey()))
                .setHeader(getTranslation("groups.ui.table.figure")).setFlexGrow(3).setFrozen(true);
        for (FollowUpTable.Column column : table.columns()) {
            grid.addColumn(row -> table.text(shown, row, column))
                    .setHeader(column.yearTotal() ? getTranslation("groups.ui.table.year", column.key())
                            : column.half().term().toString())
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("groups.ui.table.empty"));
        add(grid);
        if (shown.hidesAnything()) {
            Paragraph footnote = new Paragraph(getTranslation("groups.ui.table.footnote", shown.threshold()));
            footnote.setId("follow-up-table-footnote");
            add(footnote);
        }
    }
}
