package se.samverka.platform.core.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import se.samverka.platform.core.ui.DashboardView;
import se.samverka.platform.core.ui.MainLayout;

/** A translated "access denied" for a signed-in user whose roles do not open the view, in the shell so the way on stays. */
@Prototype
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        setId("access-denied");
        removeAll();
        add(new H1(getTranslation("error.denied.title")), new Paragraph(getTranslation("error.denied.text")),
                new RouterLink(getTranslation("error.home"), DashboardView.class));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title") + " – Samverka";
    }
}
