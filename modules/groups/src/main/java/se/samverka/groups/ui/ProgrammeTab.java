package se.samverka.groups.ui;

import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.ui.DetailTab;

/** A tab of a programme's view, brought by its feature as a bean. */
public interface ProgrammeTab extends DetailTab<Programme> {
}
