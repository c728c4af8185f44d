package se.samverka.testmodules.beta;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.security.Roles;

/** Not a Micronaut bean on purpose: the platform instantiates plain views too. */
@RolesAllowed(Roles.TENANT_ADMIN)
public class BetaView extends VerticalLayout {

    public BetaView() {
        setId("beta-view");
        add(new H1("Beta"));
    }
}
