package se.samverka.groups.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Disclosure control for tables of counts about children, as statistics offices do it:
 * <ol>
 *   <li><b>primary suppression</b>: a count from 1 to threshold − 1 is hidden (0 stays 0: it says no child);</li>
 *   <li><b>secondary suppression</b>: in every sum the table shows ({@link CountTable.Line}), a hidden cell
 *       must not be the only one — else the total minus the others gives it back — so the next-smallest
 *       non-zero cell of the line is hidden too; nor may the hidden cells of a line be so few for their sum
 *       that each must be 1; repeated until no line needs more;</li>
 *   <li>a last <b>exact check</b>: the sums together are a system of equations in the hidden cells; if it
 *       still determines one of them (lines crossing each other can), one more cell of a line through it is
 *       hidden, and the rounds start again.</li>
 * </ol>
 * Hides more than an optimal solver would in rare cases, never less.
 */
public final class Suppression {

    private static final double EPSILON = 1e-9;

    private Suppression() {
    }

    public static ProtectedTable protect(CountTable table, int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("A threshold below 2 protects nothing: " + threshold);
        }
        Map<CellKey, Protection> protection = new HashMap<>();
        table.values().forEach((cell, value) -> {
            if (value > 0 && value < threshold) {
                protection.put(cell, Protection.PRIMARY);
            }
        });
        while (true) {
            boolean changed = secondaryRound(table, protection);
            if (changed) {
                continue;
            }
            Optional<CellKey> determined = determinedCell(table, protection);
            if (determined.isEmpty() || !hideOneMoreBeside(table, protection, determined.get())) {
                break;
            }
        }
        return new ProtectedTable(table, threshold, protection);
    }

    /** One pass over the lines; whether it hid anything. */
    private static boolean secondaryRound(CountTable table, Map<CellKey, Protection> protection) {
        boolean changed = false;
        for (CountTable.Line line : table.lines()) {
            List<CellKey> hidden = cellsOf(line).stream().filter(protection::containsKey).toList();
            if (hidden.isEmpty()) {
                continue;
            }
            if (hidden.size() == 1 || tooFewForTheirSum(table, line, hidden, protection)) {
                changed |= hideSmallestShown(table, protection, line);
            }
        }
        return changed;
    }

    /** With the total shown, the hidden parts add up to a known sum; if it is no more than their number, each is 1. */
    private static boolean tooFewForTheirSum(CountTable table, CountTable.Line line, List<CellKey> hidden,
                                             Map<CellKey, Protection> protection) {
        if (protection.containsKey(line.total())) {
            return false;
        }
        long hiddenSum = table.value(line.total()) - line.parts().stream().filter(p -> !protection.containsKey(p))
                .mapToLong(table::value).sum();
        return hiddenSum <= hidden.size();
    }

    private static boolean hideSmallestShown(CountTable table, Map<CellKey, Protection> protection, CountTable.Line line) {
        // parts before the total, then the smallest count: hiding a total loses the most information
        Optional<CellKey> next = line.parts().stream()
                .filter(c -> !protection.containsKey(c) && table.value(c) > 0)
                .min(Comparator.comparingLong(table::value));
        if (next.isEmpty() && !protection.containsKey(line.total()) && table.value(line.total()) > 0) {
            next = Optional.of(line.total());
        }
        next.ifPresent(cell -> protection.put(cell, Protection.SECONDARY));
        return next.isPresent();
    }

    private static boolean hideOneMoreBeside(CountTable table, Map<CellKey, Protection> protection, CellKey determined) {
        for (CountTable.Line line : table.lines()) {
            if (cellsOf(line).contains(determined) && hideSmallestShown(table, protection, line)) {
                return true;
            }
        }
        return false;
    }

    private static List<CellKey> cellsOf(CountTable.Line line) {
        List<CellKey> cells = new ArrayList<>(line.parts());
        cells.add(line.total());
        return cells;
    }

    /**
     * A hidden cell that the lines determine, if any: with the hidden cells as unknowns, each line is an
     * equation; a cell is determined exactly when its unit vector lies in the row space of the equations,
     * that is, when the reduced row echelon form has a row with that cell alone.
     */
    static Optional<CellKey> determinedCell(CountTable table, Map<CellKey, Protection> protection) {
        List<CellKey> unknowns = table.values().keySet().stream().filter(protection::containsKey).toList();
        if (unknowns.isEmpty()) {
            return Optional.empty();
        }
        Map<CellKey, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (CountTable.Line line : table.lines()) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            for (CellKey part : line.parts()) {
                Integer c = column.get(part);
                if (c != null) {
                    row[c] += 1;
                    any = true;
                }
            }
            Integer t = column.get(line.total());
            if (t != null) {
                row[t] -= 1;
                any = true;
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(new double[0][]);
        int pivotRow = 0;
        for (int c = 0; c < unknowns.size() && pivotRow < m.length; c++) {
            int best = pivotRow;
            for (int r = pivotRow + 1; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][c]) < EPSILON) {
                continue;
            }
            double[] swap = m[pivotRow];
            m[pivotRow] = m[best];
            m[best] = swap;
            double pivot = m[pivotRow][c];
            for (int k = 0; k < unknowns.size(); k++) {
                m[pivotRow][k] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != pivotRow && Math.abs(m[r][c]) > EPSILON) {
                    double factor = m[r][c];
                    for (int k = 0; k < unknowns.size(); k++) {
                        m[r][k] -= factor * m[pivotRow][k];
                    }
                }
            }
            pivotRow++;
        }
        for (int r = 0; r < pivotRow; r++) {
            int nonZero = -1;
            int count = 0;
            for (int k = 0; k < unknowns.size(); k++) {
                if (Math.abs(m[r][k]) > EPSILON) {
                    nonZero = k;
                    count++;
                }
            }
            if (count == 1) {
                return Optional.of(unknowns.get(nonZero));
            }
        }
        return Optional.empty();
    }
}
