package se.samverka.testmodules.alpha;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.security.Roles;

/** The test module's view: case officers and readers. */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.READER})
public class AlphaNotesView extends VerticalLayout {

    AlphaNotesView(NoteRepository notes) {
        setId("alpha-notes");
        Grid<Note> grid = new Grid<>();
        grid.addColumn(Note::text).setHeader("Text");
        grid.setItems(notes.findAll());
        add(new H1("Alpha"), grid);
    }
}
