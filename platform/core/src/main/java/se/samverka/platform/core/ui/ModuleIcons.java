package se.samverka.platform.core.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A module's icon by its Vaadin icon name; an unknown name shows a neutral puzzle piece. */
public final class ModuleIcons {

    private ModuleIcons() {
    }

    public static Icon of(String name) {
        try {
            return VaadinIcon.valueOf(name).create();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return VaadinIcon.PUZZLE_PIECE.create();
        }
    }
}
