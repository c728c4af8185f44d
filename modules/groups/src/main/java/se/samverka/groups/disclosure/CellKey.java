package se.samverka.groups.disclosure;

/** A cell of a table of counts: its row (a figure or a category) and column (a half-year, a total). */
public record CellKey(String row, String column) {

    @Override
    public String toString() {
        return row + "/" + column;
    }
}
