package se.samverka.testmodules.beta;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.RecordLink;
import se.samverka.platform.api.ui.RecordPicker;

/**
 * Beta links to alpha's notes without a compile dependency on alpha: a picker by type
 * ({@code alpha:note}) and the link it shows, both through the platform's record directory.
 */
@Prototype
@RolesAllowed(Roles.TENANT_ADMIN)
public class BetaLinksView extends VerticalLayout {

    BetaLinksView(RecordDirectory directory) {
        setId("beta-links");
        RecordPicker picker = new RecordPicker(directory, "alpha", "note");
        picker.setId("beta-note");
        picker.setLabel(getTranslation("beta.field.note"));
        Div linked = new Div();
        linked.setId("beta-linked");
        picker.addValueChangeListener(change -> {
            linked.removeAll();
            picker.reference().ifPresent(reference -> linked.add(new RecordLink(directory, reference)));
        });
        add(new H1(getTranslation("beta.links.title")), picker, linked);
    }
}
