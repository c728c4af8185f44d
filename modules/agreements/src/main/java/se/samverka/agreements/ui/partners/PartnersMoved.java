package se.samverka.agreements.ui.partners;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.security.Roles;

/**
 * The partner register's old address ({@code agreements/partners}, the module's until December 2026):
 * bookmarks and links lead to the platform's register ({@code partners}), shared by every module.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
public class PartnersMoved extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "agreements/partners";
    static final String REGISTER = "partners";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(REGISTER);
    }
}
