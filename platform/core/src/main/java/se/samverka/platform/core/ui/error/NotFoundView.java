package se.samverka.platform.core.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import se.samverka.platform.core.ui.DashboardView;
import se.samverka.platform.core.ui.MainLayout;

/**
 * A translated "page not found": also what another tenant's record or a disabled module looks like. In the
 * shell (header, the user's name, logout, navigation), so the user has a way on.
 */
@Prototype
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        setId("not-found");
        removeAll();
        add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                new RouterLink(getTranslation("error.home"), DashboardView.class));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " – Samverka";
    }
}
