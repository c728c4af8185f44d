package se.samverka.groups.disclosure;

import java.util.Map;

/**
 * A table of counts ready to leave the case officer's screen: each cell's protection, and what to print
 * for it ({@code <5} for a small count, {@code ..} for one hidden to protect a small one).
 */
public record ProtectedTable(CountTable table, int threshold, Map<CellKey, Protection> protection) {

    public ProtectedTable {
        protection = Map.copyOf(protection);
    }

    public Protection protectionOf(CellKey cell) {
        return protection.getOrDefault(cell, Protection.SHOWN);
    }

    public boolean isHidden(CellKey cell) {
        return protectionOf(cell) != Protection.SHOWN;
    }

    /** The published text of a cell. */
    public String shown(CellKey cell) {
        return switch (protectionOf(cell)) {
            case SHOWN -> Long.toString(table.value(cell));
            case PRIMARY -> "<" + threshold;
            case SECONDARY -> "..";
        };
    }

    public boolean hidesAnything() {
        return protection.values().stream().anyMatch(p -> p != Protection.SHOWN);
    }
}
