package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid's column of row actions (change, remove, review…) that stays in view however narrow the screen:
 * it is frozen at the end and the other columns scroll under it, so on a phone the buttons are never
 * off-screen beyond a sideways scroll nobody finds. Cells wrap, so long texts make rows taller rather
 * than the grid wider.
 */
public final class RowActions {

    /** The column's key, for tests and for hiding it. */
    public static final String KEY = "actions";

    private RowActions() {
    }

    /** Adds the actions column under its header (a screen reader names each cell's buttons by it). */
    public static <T> Grid.Column<T> add(Grid<T> grid, String header, ValueProvider<T, ? extends Component> actions) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid.addComponentColumn(actions).setKey(KEY).setHeader(header)
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
    }
}
